import Foundation
import KoloFixtures
import Testing

/// Events built with a fixed "now" (2025-01-01T00:00Z) and read back.
struct EventEndToEndTests {
    func titles(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"card-title\"").dropFirst().compactMap { part in
            part.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</a>").first
        }
    }

    func when(_ html: String) -> String? {
        html.components(separatedBy: "<p class=\"event-when\"><time datetime=\"").dropFirst().first?
            .components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</time>").first
    }

    @Test func upcomingSoonestFirstThenPastNewestFirst() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        // Cross year is under way at "now": still upcoming.
        #expect(titles(try site.read("en/events/index.html")) == ["Cross year", "One day", "Online meeting", "Cross month", "Timed in Paris", "Timed here"])
        #expect(titles(try site.read("en/events/past/index.html")) == ["Training in Lyon"])
        #expect(try site.read("en/events/index.html").contains("href=\"/en/events/past/\""))
        // The home page shows the next three.
        let home = try site.read("en/index.html").components(separatedBy: "id=\"home-events\"").dropFirst().first ?? ""
        #expect(titles(home.components(separatedBy: "</section>")[0]) == ["Cross year", "One day", "Online meeting"])
        // A day later the cross-year event (ending 2 January, Skopje time) is still on; after the 2nd it is past.
        try await site.build(now: FixtureSite.now + 2 * 86_400 + 86_400 / 2)
        #expect(titles(try site.read("en/events/past/index.html")) == ["Cross year", "Training in Lyon"])
    }

    @Test func dateRangesAreCLDRIntervalsInEachLanguage() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        // ICU's CLDR data is the authority: these are its strings, thin and narrow spaces included.
        let expected: [(String, String)] = [
            ("en/events/lyon/index.html", "15–17 December 2021"),
            ("pl/events/lyon/index.html", "15–17 grudnia 2021"),
            ("mk/events/lyon/index.html", "15\u{2009}–\u{2009}17 декември 2021"),
            ("bg/events/lyon/index.html", "15 – 17 декември 2021\u{202F}г."),
            ("en/events/cross-month/index.html", "30 January\u{2009}–\u{2009}2 February 2025"),
            ("pl/events/cross-month/index.html", "30 stycznia\u{2009}–\u{2009}2 lutego 2025"),
            ("en/events/cross-year/index.html", "30 December 2024\u{2009}–\u{2009}2 January 2025"),
            ("mk/events/cross-year/index.html", "30 декември 2024\u{2009}–\u{2009}2 јануари 2025"),
            ("en/events/day/index.html", "10 January 2025"),
            ("bg/events/day/index.html", "10 януари 2025\u{202F}г."),
            // In the site's zone: no zone shown.
            ("en/events/timed/index.html", "5 March 2025, 10:00–12:30"),
            ("pl/events/timed/index.html", "5 marca 2025, 10:00–12:30"),
            // In another zone: its times, and its name.
            ("en/events/paris/index.html", "10 February 2025 at 09:00 CET\u{2009}–\u{2009}11 February 2025 at 17:00 CET"),
            ("en/events/online/index.html", "20 January 2025 at 18:00"),
        ]
        for (path, range) in expected {
            let written = when(try site.read(path))
            #expect(written == range, "\(path): \(String(reflecting: written))")
        }
        let lyon = try site.read("en/events/lyon/index.html")
        #expect(lyon.contains("<time datetime=\"2021-12-15\">") && lyon.contains("<time datetime=\"2021-12-17\"></time>"))
        #expect(try site.read("en/events/timed/index.html").contains("<time datetime=\"2025-03-05T10:00:00+01:00\">"))
    }

    @Test func registrationOnlyBeforeTheEventAndScriptHooks() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        let day = try site.read("en/events/day/index.html")
        #expect(day.contains("href=\"https://example.org/register-day\""))
        #expect(day.contains("data-event-ends=\"2025-01-10T23:00:00Z\""))
        #expect(day.contains("class=\"event-past-note\" role=\"status\" hidden"))
        let lyon = try site.read("en/events/lyon/index.html")
        #expect(!lyon.contains("register-lyon"))
        #expect(lyon.contains("class=\"event-past-note\" role=\"status\">"))
        #expect(lyon.contains("<link rel=\"alternate\" type=\"text/calendar\""))
        #expect(lyon.contains("href=\"/en/events/lyon.ics\""))
        // The event names its organiser and project; their pages list it back.
        #expect(lyon.contains("href=\"/en/members/arobase/\"") && lyon.contains("href=\"/en/projects/collab/\""))
        #expect(try site.read("en/members/arobase/index.html").contains("href=\"/en/events/lyon/\""))
        #expect(try site.read("en/projects/collab/index.html").contains("href=\"/en/events/lyon/\""))
    }

    @Test func jsonLDDescribesTheEvent() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        func jsonLD(_ path: String) throws -> [String: Any] {
            let html = try site.read(path)
            let json = try #require(html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        }
        let lyon = try jsonLD("pl/events/lyon/index.html")
        #expect(lyon["@type"] as? String == "Event")
        #expect(lyon["startDate"] as? String == "2021-12-15" && lyon["endDate"] as? String == "2021-12-17")
        #expect(lyon["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        let place = try #require(lyon["location"] as? [String: Any])
        #expect(place["@type"] as? String == "Place" && place["name"] as? String == "Arobase")
        #expect((place["address"] as? [String: Any])?["addressCountry"] as? String == "FR")
        #expect((lyon["organizer"] as? [[String: Any]])?.first?["name"] as? String == "Arobase")
        #expect(lyon["inLanguage"] as? String == "pl")
        #expect(lyon["offers"] == nil)
        let online = try jsonLD("en/events/online/index.html")
        #expect(online["eventAttendanceMode"] as? String == "https://schema.org/OnlineEventAttendanceMode")
        #expect((online["location"] as? [String: Any])?["@type"] as? String == "VirtualLocation")
        #expect((online["location"] as? [String: Any])?["url"] as? String == "https://meet.example.org/kolo")
        let timed = try jsonLD("en/events/paris/index.html")
        #expect(timed["startDate"] as? String == "2025-02-10T09:00:00+01:00")
    }

    @Test func calendarFiles() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        let calendar = try site.read("en/events.ics")
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        // Upcoming events, and not the Lyon training, which ended more than 90 days before "now".
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 6)
        #expect(!calendar.contains("Lyon"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:20250130\r\nDTEND;VALUE=DATE:20250203\r\n"))
        #expect(calendar.contains("DTSTART;TZID=Europe/Paris:20250210T090000\r\nDTEND;TZID=Europe/Paris:20250211T170000\r\n"))
        #expect(calendar.contains("DTSTART;TZID=Europe/Skopje:20250305T100000\r\n"))
        #expect(calendar.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"))
        // The same UID in every language; DTSTAMP from the content, not the clock.
        let english = try site.read("en/events/lyon.ics")
        let macedonian = try site.read("mk/events/lyon.ics")
        func uid(_ text: String) -> String? { text.components(separatedBy: "\r\nUID:").dropFirst().first?.components(separatedBy: "\r\n").first }
        #expect(uid(english) != nil && uid(english) == uid(macedonian))
        #expect(english.contains("DTSTAMP:20211214T230000Z\r\n"))
        #expect(macedonian.contains("LOCATION:Аробаз\\, Lyon\\, Франција\r\n"))
        for line in macedonian.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }

    @Test func expiredItemsAreLeftOutUnlessAskedFor() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        try await site.build()
        #expect(!site.exists("en/news/call/index.html"))
        #expect(!(try site.read("en/news/index.html")).contains("Call for applications"))
        #expect(!(try site.read("sitemap.xml")).contains("/news/call/"))
        #expect(!(try site.read("en/atom.xml")).contains("Call for applications"))
        try await site.build(expired: true)
        #expect(site.exists("en/news/call/index.html"))
        // Before its expiry date it is published.
        try await site.build(now: 1_732_000_000)
        #expect(site.exists("en/news/call/index.html"))
    }
}
