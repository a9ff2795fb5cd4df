/// A date from front matter: the instant, and the calendar day and time as the editor wrote them
/// (so "2016-07-22" stays the 22nd whatever the build machine's time zone).
public struct ContentDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64
    /// Offset from UTC the date was written in (or the site's time zone's, for dates without one).
    public var utcOffsetSeconds: Int
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var hasTime: Bool

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// "2016-07-22"
    public var isoDay: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// RFC 3339 with the written offset: "2016-07-22T00:00:00+02:00".
    public var rfc3339: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let offset = abs(utcOffsetSeconds)
        let zone = utcOffsetSeconds == 0 ? "Z" : "\(sign)\(pad(offset / 3600, 2)):\(pad(offset % 3600 / 60, 2))"
        return "\(isoDay)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))\(zone)"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension ContentDate {
    /// Parses `2016-07-22`, `2016-07-22T10:00`, `2016-07-22 10:00:00`, `2016-07-22T10:00:00.5+01:00`, `…Z`.
    /// - Parameter defaultOffset: the site time zone's offset (seconds) for a date written without one,
    ///   as a function of the local date and time (time zones change offset with summer time).
    public static func parse(_ text: String, defaultOffset: (_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int) -> ContentDate? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
              scanner.skip("-"), let day = scanner.number(digits: 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, hasTime = false
        var offset: Int?
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2),
                  h < 24, m < 60 else { return nil }
            hour = h; minute = m; hasTime = true
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2), s < 61 else { return nil }
                second = min(s, 59)
                if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
            }
            scanner.skipSpaces()
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(digits: 2), oh <= 18 else { return nil }
                _ = scanner.skip(":")
                let om = scanner.number(digits: 2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        let utcOffset = offset ?? defaultOffset(year, month, day, hour, minute)
        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(utcOffset)
        return ContentDate(secondsSince1970: seconds, utcOffsetSeconds: utcOffset, year: year, month: month, day: day,
                           hour: hour, minute: minute, second: second, hasTime: hasTime)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    mutating func skipDigits() {
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    }
}

extension ContentDate {
    /// The instant as a UTC date and time ("2021-12-17T16:00:00Z" in `rfc3339`).
    public static func utc(secondsSince1970 seconds: Int64) -> ContentDate {
        let days = Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return ContentDate(secondsSince1970: seconds, utcOffsetSeconds: 0, year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
                           day: dayOfYear - (153 * mp + 2) / 5 + 1, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60, hasTime: true)
    }
}
