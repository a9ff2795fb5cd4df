import Foundation

/// The site's time zone, for dates written without an offset.
public struct SiteTimeZone: Sendable {
    let zone: TimeZone
    /// The IANA name as written ("Europe/Skopje", "UTC"; Foundation would call UTC "GMT").
    public let identifier: String

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
        self.identifier = identifier
    }

    public static let utc = SiteTimeZone(identifier: "UTC")!

    /// The zone's offset from UTC, in seconds, at a local date and time.
    public func offset(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Int {
        if zone.identifier == "UTC" || zone.identifier == "GMT" { return 0 }
        let days = ContentDate.daysSince1970(year: year, month: month, day: day)
        let localSeconds = Double(days * 86_400 + hour * 3600 + minute * 60)
        // Ask at the local time read as UTC, then correct once: right except within an hour of a change.
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - Double(guess)))
    }
}
