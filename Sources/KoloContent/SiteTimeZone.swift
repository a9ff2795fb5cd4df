internal import CKoloICU

/// The site's time zone, for dates written without an offset. Its rules come from the system ICU,
/// the one the event calendars use, rather than from Foundation's copy of ICU (loading that second
/// copy's data for one zone cost every build 6 MiB of memory).
public struct SiteTimeZone: Sendable {
    /// The IANA name as written ("Europe/Skopje", "UTC").
    public let identifier: String

    public init?(identifier: String) {
        guard kolo_zone_is_known(identifier) == 1 else { return nil }
        self.identifier = identifier
    }

    public static let utc = SiteTimeZone(identifier: "UTC")!

    /// The zone's offset from UTC, in seconds, at a local date and time.
    public func offset(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Int {
        if identifier == "UTC" || identifier == "GMT" { return 0 }
        let days = ContentDate.daysSince1970(year: year, month: month, day: day)
        let localSeconds = Double(days * 86_400 + hour * 3600 + minute * 60)
        // Ask at the local time read as UTC, then correct once: right except within an hour of a change.
        let guess = secondsFromUTC(at: localSeconds)
        return secondsFromUTC(at: localSeconds - Double(guess))
    }

    private func secondsFromUTC(at seconds: Double) -> Int {
        var offset: Int32 = 0
        var daylight: Int32 = 0
        // A known zone always has an offset; 0 (UTC) is the answer if ICU ever fails.
        guard kolo_zone_offset(identifier, seconds * 1000, &offset, &daylight) == 0 else { return 0 }
        return Int(offset)
    }
}
