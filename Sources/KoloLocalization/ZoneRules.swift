internal import CKoloICU

/// A time zone's changes of offset from ICU's zone data, for iCalendar's VTIMEZONE: a calendar
/// program that does not know the zone's name still shows the event at the right hour.
public enum ZoneRules {
    /// One offset in force from `start` (seconds since 1970).
    public struct Observance: Sendable, Hashable {
        public var start: Int64
        public var offsetFrom: Int
        public var offsetTo: Int
        public var isDaylight: Bool
    }

    public static func isKnown(_ zone: String) -> Bool {
        kolo_zone_is_known(zone) == 1
    }

    /// The zone's offset (seconds from UTC) at an instant, and whether it is summer time.
    public static func offset(_ zone: String, at seconds: Int64) -> (seconds: Int, isDaylight: Bool)? {
        var offset: Int32 = 0
        var daylight: Int32 = 0
        guard kolo_zone_offset(zone, Double(seconds) * 1000, &offset, &daylight) == 0 else { return nil }
        return (Int(offset), daylight != 0)
    }

    /// The observances that cover `from`…`to`: the one in force at `from` and every change up to the
    /// first after `to`. A zone that never changes gives one observance from 1970.
    public static func observances(_ zone: String, from: Int64, to: Int64) -> [Observance] {
        var transition: Double = 0
        var changes: [Int64] = []
        if kolo_zone_transition(zone, Double(from) * 1000, 0, &transition) == 1 { changes.append(Int64(transition / 1000)) }
        var cursor = Double(from) * 1000
        while changes.count < 400, kolo_zone_transition(zone, cursor, 1, &transition) == 1 {
            changes.append(Int64(transition / 1000))
            if Int64(transition / 1000) > to { break }
            cursor = transition
        }
        let observed = changes.compactMap { start -> Observance? in
            guard let before = offset(zone, at: start - 1), let after = offset(zone, at: start) else { return nil }
            return Observance(start: start, offsetFrom: before.seconds, offsetTo: after.seconds, isDaylight: after.isDaylight)
        }
        if !observed.isEmpty { return observed }
        guard let fixed = offset(zone, at: from) else { return [] }
        return [Observance(start: 0, offsetFrom: fixed.seconds, offsetTo: fixed.seconds, isDaylight: false)]
    }
}
