/// An iCalendar object (RFC 5545): what `.ics` files hold. Plain values; `CalendarFile.text`
/// writes them.
public struct CalendarFile: Sendable, Hashable {
    /// PRODID: who wrote the file.
    public var productID: String
    /// X-WR-CALNAME, the name calendar programs show for a subscription.
    public var name: String?
    public var timeZones: [CalendarTimeZone]
    public var events: [CalendarEvent]

    public init(productID: String, name: String? = nil, timeZones: [CalendarTimeZone] = [], events: [CalendarEvent]) {
        self.productID = productID
        self.name = name
        self.timeZones = timeZones
        self.events = events
    }
}

/// One VEVENT.
public struct CalendarEvent: Sendable, Hashable {
    /// The same for an event in every build and every language, so that a subscriber's calendar
    /// updates the event instead of adding a copy.
    public var uid: String
    /// DTSTAMP, in UTC.
    public var stamp: CalendarTime
    public var start: CalendarTime
    /// DTEND: exclusive (the day after an all-day event's last day).
    public var end: CalendarTime?
    public var summary: String
    public var description: String?
    public var location: String?
    public var url: String?
    public var categories: [String]

    public init(uid: String, stamp: CalendarTime, start: CalendarTime, end: CalendarTime?, summary: String,
                description: String? = nil, location: String? = nil, url: String? = nil, categories: [String] = []) {
        self.uid = uid
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.categories = categories
    }
}

/// A DATE or DATE-TIME value: a whole day, an instant in UTC, or a local time in a named zone
/// (whose VTIMEZONE the file carries).
public enum CalendarTime: Sendable, Hashable {
    case date(CalendarDay)
    case utc(secondsSince1970: Int64)
    case local(LocalDateTime, zone: String)
}

public struct CalendarDay: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "20211215"
    var text: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }
}

/// A wall-clock date and time, without a zone.
public struct LocalDateTime: Sendable, Hashable {
    public var day: CalendarDay
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(day: CalendarDay, hour: Int, minute: Int, second: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock time at an instant where the offset from UTC is `offset` seconds.
    public init(secondsSince1970: Int64, offset: Int) {
        let local = secondsSince1970 + Int64(offset)
        let days = Int((local >= 0 ? local : local - 86_399) / 86_400)
        let secondsOfDay = Int(local - Int64(days) * 86_400)
        self.init(day: CalendarDay(daysSince1970: days), hour: secondsOfDay / 3600, minute: secondsOfDay % 3600 / 60, second: secondsOfDay % 60)
    }

    /// "20211215T090000"
    var text: String { day.text + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2) }
}

extension CalendarDay {
    /// The civil date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

/// A VTIMEZONE: the offsets a zone observes over the span of the file's events.
public struct CalendarTimeZone: Sendable, Hashable {
    public struct Observance: Sendable, Hashable {
        /// When the offset starts, as the wall-clock time just before it (RFC 5545 3.6.5).
        public var start: LocalDateTime
        public var offsetFrom: Int
        public var offsetTo: Int
        public var isDaylight: Bool

        public init(start: LocalDateTime, offsetFrom: Int, offsetTo: Int, isDaylight: Bool) {
            self.start = start
            self.offsetFrom = offsetFrom
            self.offsetTo = offsetTo
            self.isDaylight = isDaylight
        }
    }

    public var id: String
    public var observances: [Observance]

    public init(id: String, observances: [Observance]) {
        self.id = id
        self.observances = observances
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
