import KoloDiagnostics

/// When and where an event happens, as its front matter says: `start`, `end`, `timeZone`,
/// `location`, `online` and `registration` (the city and country are the page's, as for members).
public struct EventDetails: Sendable, Hashable {
    /// The first day, or the first day and time, read in `timeZone` unless written with an offset.
    public var start: ContentDate?
    /// The last day (inclusive) of an all-day event, or the end time of a timed one.
    public var end: ContentDate?
    /// The zone the event's times are in: its own `timeZone:`, else the site's.
    public var timeZone: String
    /// True when the event names its own zone (a translation that leaves it out takes the original's).
    public var hasOwnTimeZone: Bool
    public var location: String?
    /// The address of an online event (or of the online part of one held in a place too).
    public var online: String?
    public var registration: String?
    /// `start` and `end` as written, so that a translation that inherits the original's zone reads
    /// its own dates again in that zone.
    public var writtenStart: String?
    public var writtenEnd: String?

    public init(start: ContentDate?, end: ContentDate?, timeZone: String, hasOwnTimeZone: Bool, location: String?,
                online: String?, registration: String?, writtenStart: String?, writtenEnd: String?) {
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.hasOwnTimeZone = hasOwnTimeZone
        self.location = location
        self.online = online
        self.registration = registration
        self.writtenStart = writtenStart
        self.writtenEnd = writtenEnd
    }

    /// A date without a time means the whole day (and `end` then names the last day).
    public var isAllDay: Bool { !(start?.hasTime ?? false) }

    /// True when the event happens only online: an address and no place.
    public var isOnlineOnly: Bool { online != nil && location == nil }

    /// The instant after which the event is past: its end, or the end of its last (or only) day in
    /// the event's zone.
    public var endsAt: Int64 {
        guard let start else { return .min }
        if let end, end.hasTime { return end.secondsSince1970 }
        let lastDay = end ?? start
        return Self.startOfDay(after: lastDay, in: timeZone)
    }

    /// The first instant of the day after `date`'s day, in `zone`: the exclusive end of an all-day
    /// event (iCalendar's DTEND) and the moment an event without an end stops being upcoming.
    public static func startOfDay(after date: ContentDate, in zone: String) -> Int64 {
        let next = ContentDate.dayAfter(year: date.year, month: date.month, day: date.day)
        let timeZone = SiteTimeZone(identifier: zone) ?? .utc
        let offset = timeZone.offset(year: next.year, month: next.month, day: next.day, hour: 0, minute: 0)
        return Int64(ContentDate.daysSince1970(year: next.year, month: next.month, day: next.day)) * 86_400 - Int64(offset)
    }
}

extension ContentDate {
    /// The calendar day after a day: `(2021, 12, 31)` → `(2022, 1, 1)`.
    public static func dayAfter(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int) {
        if day < daysIn(month: month, year: year) { return (year, month, day + 1) }
        return month == 12 ? (year + 1, 1, 1) : (year, month + 1, 1)
    }
}
