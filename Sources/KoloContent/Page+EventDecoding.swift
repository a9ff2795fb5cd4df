import KoloDiagnostics
import KoloText

extension Page {
    /// Front matter keys that only events give a meaning to.
    static let eventKeys: Set<String> = ["start", "end", "timeZone", "location", "online", "registration", "organisers"]

    /// Reads an event's `start`, `end`, `timeZone`, place and addresses. What depends on other
    /// pages (a `start` a translation inherits, `end` before `start`) is checked once the site is
    /// resolved, as news' `date` is.
    static func eventDetails(_ reader: inout YAMLReader, context: PageDecodingContext) -> EventDetails {
        var zone = context.timeZone
        var hasOwnZone = false
        if let name = reader.string("timeZone") {
            if let own = SiteTimeZone(identifier: name) {
                zone = own
                hasOwnZone = true
            } else {
                reader.diagnostics.error(.frontMatter, at: reader.location("timeZone"),
                                         "'timeZone' \"\(name)\" is not a time zone name such as Europe/Paris, Europe/Skopje or UTC")
            }
        }
        func moment(_ key: String) -> (date: ContentDate?, written: String?) {
            guard let text = reader.string(key) else { return (nil, nil) }
            guard let date = ContentDate.parse(text, defaultOffset: zone.offset) else {
                reader.diagnostics.error(.frontMatter, at: reader.location(key),
                                         "'\(key)' is not a date: \"\(text)\" (write 2021-12-15 for a whole day, or 2021-12-15T09:00 for a time)")
                return (nil, text)
            }
            if date.hasTime && !hasOwnZone && !context.siteTimeZoneIsWritten && !ContentDate.hasWrittenOffset(text) {
                reader.diagnostics.error(.frontMatter, at: reader.location(key),
                                         "'\(key)' has a time but no time zone, and site.yaml names none: add 'timeZone: Europe/Paris' (the event's zone) or 'timeZone' in site.yaml")
            }
            return (date, text)
        }
        let start = moment("start")
        let end = moment("end")
        return EventDetails(start: start.date, end: end.date, timeZone: zone.identifier, hasOwnTimeZone: hasOwnZone,
                            location: reader.string("location"), online: safeAddress(&reader, "online"),
                            registration: safeAddress(&reader, "registration"), writtenStart: start.written, writtenEnd: end.written)
    }

    /// An address a reader will follow: one that could run script in their browser is an error,
    /// whatever the site's Markdown settings, as nobody needs one to join a meeting.
    private static func safeAddress(_ reader: inout YAMLReader, _ key: String) -> String? {
        guard let url = reader.string(key) else { return nil }
        if let scheme = URLSafety.dangerousScheme(url, isImage: false) {
            reader.diagnostics.error(.frontMatter, at: reader.location(key),
                                     "'\(key)' is a \(scheme): address, which could run script in a reader's browser; write the https:// address")
            return nil
        }
        return url
    }
}

extension ContentDate {
    /// True when a date-time is written with its offset from UTC ("…T09:00+01:00", "…T09:00Z").
    public static func hasWrittenOffset(_ text: String) -> Bool {
        text.utf8.dropFirst(10).contains { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "z") }
    }
}
