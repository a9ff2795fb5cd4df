internal import CKoloICU
import KoloContent
import Synchronization

/// Writes an event's dates the way a language writes a range, from CLDR's interval formats through
/// ICU: "15–17 grudnia 2021", "15 декември 2021 – 4 јануари 2022", "15 December 2021, 10:00–18:00 CET".
/// One per language; ICU's formatters are kept for reuse, one at a time per thread.
public final class DateRangeFormat: Sendable {
    let locale: String
    /// Idle formatters by skeleton and zone. ICU's interval formatter must not be used by two
    /// threads at once: a worker takes one out, formats, and puts it back.
    private let idle = Mutex<[String: [UInt]]>([:])

    public init(locale: String) {
        self.locale = locale
    }

    deinit {
        idle.withLock { pools in
            for pointer in pools.values.joined() { kolo_interval_format_close(UnsafeMutableRawPointer(bitPattern: pointer)) }
        }
    }

    /// The event's days, or days and times, in this language. Times are shown in the event's zone,
    /// with the zone's name when it is not the site's.
    public func format(_ event: EventDetails, siteTimeZone: String) -> String? {
        guard let start = event.start else { return nil }
        let end = event.end ?? start
        if !start.hasTime || !end.hasTime {
            // Whole days: noon UTC of each day, formatted in UTC, names the written days whatever the zone.
            return format(from: Self.noon(start), to: Self.noon(end), skeleton: "yMMMMd", zone: "UTC")
        }
        let skeleton = event.timeZone == siteTimeZone ? "yMMMMdjm" : "yMMMMdjmz"
        return format(from: Double(start.secondsSince1970) * 1000, to: Double(end.secondsSince1970) * 1000, skeleton: skeleton, zone: event.timeZone)
    }

    /// An interval with a CLDR skeleton in a zone; nil when ICU cannot format it.
    public func format(from: Double, to: Double, skeleton: String, zone: String) -> String? {
        let key = skeleton + " " + zone
        let pointer = idle.withLock { $0[key]?.popLast() }
            ?? kolo_interval_format_open(locale, skeleton, zone).map { UInt(bitPattern: $0) }
        guard let pointer else { return nil }
        let text = ICUText.read(capacity: 1024) { kolo_interval_format(UnsafeMutableRawPointer(bitPattern: pointer), from, to, $0, $1) }
        idle.withLock { $0[key, default: []].append(pointer) }
        return text
    }

    static func noon(_ date: ContentDate) -> Double {
        Double(ContentDate.daysSince1970(year: date.year, month: date.month, day: date.day) * 86_400 + 43_200) * 1000
    }
}
