extension CalendarFile {
    /// The file as RFC 5545 text: CRLF line ends, content lines folded at 75 octets, TEXT values
    /// escaped. The same values always give the same bytes.
    public var text: String {
        var writer = ContentLineWriter()
        writer.line("BEGIN", "VCALENDAR")
        writer.line("VERSION", "2.0")
        writer.line("PRODID", productID)
        writer.line("CALSCALE", "GREGORIAN")
        writer.line("METHOD", "PUBLISH")
        if let name { writer.line("X-WR-CALNAME", text: name) }
        for zone in timeZones { writer.timeZone(zone) }
        for event in events { writer.event(event) }
        writer.line("END", "VCALENDAR")
        return writer.output
    }
}

/// Writes content lines (RFC 5545 3.1).
struct ContentLineWriter {
    private(set) var output = ""

    /// `NAME;PARAM=value:value`, folded.
    mutating func line(_ name: String, parameters: [(String, String)] = [], _ value: String) {
        var line = name
        for (key, parameter) in parameters { line += ";" + key + "=" + Self.parameterValue(parameter) }
        output += Self.fold(line + ":" + value)
    }

    mutating func line(_ name: String, text: String) {
        line(name, Self.escape(text))
    }

    mutating func line(_ name: String, _ time: CalendarTime) {
        switch time {
        case .date(let day): line(name, parameters: [("VALUE", "DATE")], day.text)
        case .utc(let seconds): line(name, LocalDateTime(secondsSince1970: seconds, offset: 0).text + "Z")
        case .local(let local, let zone): line(name, parameters: [("TZID", zone)], local.text)
        }
    }

    mutating func event(_ event: CalendarEvent) {
        line("BEGIN", "VEVENT")
        line("UID", text: event.uid)
        line("DTSTAMP", event.stamp)
        line("DTSTART", event.start)
        if let end = event.end { line("DTEND", end) }
        line("SUMMARY", text: event.summary)
        if let description = event.description, !description.isEmpty { line("DESCRIPTION", text: description) }
        if let location = event.location, !location.isEmpty { line("LOCATION", text: location) }
        if let url = event.url { line("URL", url) }
        if !event.categories.isEmpty { line("CATEGORIES", event.categories.map(Self.escape).joined(separator: ",")) }
        line("END", "VEVENT")
    }

    mutating func timeZone(_ zone: CalendarTimeZone) {
        line("BEGIN", "VTIMEZONE")
        line("TZID", zone.id)
        for observance in zone.observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            line("BEGIN", kind)
            line("DTSTART", observance.start.text)
            line("TZOFFSETFROM", Self.offset(observance.offsetFrom))
            line("TZOFFSETTO", Self.offset(observance.offsetTo))
            line("END", kind)
        }
        line("END", "VTIMEZONE")
    }

    /// TEXT (3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters,
    /// which the grammar does not allow, dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { break }
                result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }

    /// A parameter value, quoted when it holds a character the grammar reserves; quotes and control
    /// characters, which no parameter value may hold, dropped.
    static func parameterValue(_ value: String) -> String {
        let clean = String(value.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"" + clean + "\"" : clean
    }

    /// "+0100", "-0330"
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        let base = sign + pad(value / 3600, 2) + pad(value % 3600 / 60, 2)
        return value % 60 == 0 ? base : base + pad(value % 60, 2)
    }

    /// A content line split into lines of at most 75 octets, each continuation starting with a
    /// space, never inside a UTF-8 character; every line ends with CRLF.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if current + size > limit {
                result += "\r\n "
                current = 1
                limit = 75
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result + "\r\n"
    }
}
