import KoloSite
import Testing
@testable import KoloTemplates

/// `.ics` files from event pages through the site layer: one per event and one per language.
struct EventCalendarTests {
    static let files = [
        "en/events/meeting.md": """
        ---
        title: General meeting; all "members"
        start: 2025-06-10T18:00
        end: 2025-06-10T20:30
        timeZone: Europe/Skopje
        location: Hall 2
        city: Bitola
        online: https://meet.example.org/x
        description: Yearly, with votes
        tags: [Assembly]
        ---
        Agenda.
        """,
        "en/events/camp.md": "---\ntitle: Camp\nstart: 2025-07-01\nend: 2025-07-03\n---\nCamp.",
        "mk/events/meeting.md": "---\ntitle: Собрание\n---\nДневен ред.",
    ]

    func fixture() throws -> TemplateFixture {
        try TemplateFixture(Self.files, strings: ["en": ["events": "Events"]])
    }

    /// The lines of an .ics text, unfolded (RFC 5545 folds long lines with CRLF and a space).
    func lines(_ text: String) -> [String] {
        text.replacing("\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test func anEventsFileHasItsTimesInItsZoneAndItsDetails() throws {
        let fixture = try fixture()
        let ics = try fixture.render("/en/events/meeting.ics")
        #expect(ics.contains("\r\n"), "iCalendar lines end in CRLF")
        let lines = lines(ics)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("DTSTART;TZID=Europe/Skopje:20250610T180000"))
        #expect(lines.contains("DTEND;TZID=Europe/Skopje:20250610T203000"))
        #expect(lines.contains("BEGIN:VTIMEZONE"))
        #expect(lines.contains("TZID:Europe/Skopje"))
        #expect(lines.contains(#"SUMMARY:General meeting\; all "members""#))
        #expect(lines.contains("LOCATION:Hall 2\\, Bitola"))
        #expect(lines.contains("DESCRIPTION:Yearly\\, with votes\\n\\nhttps://meet.example.org/x"))
        #expect(lines.contains("URL:https://example.org/hub/en/events/meeting/"))
        #expect(lines.contains("CATEGORIES:Assembly"))
        // The same UID in every language and on every host port: the translation group's key at the site's host.
        let uid = try #require(lines.first { $0.hasPrefix("UID:") })
        #expect(uid.hasSuffix("@example.org"))
        let macedonian = self.lines(try fixture.render("/mk/events/meeting.ics"))
        #expect(macedonian.contains(uid))
        #expect(macedonian.contains("SUMMARY:Собрание"))
        #expect(macedonian.contains("DTSTART;TZID=Europe/Skopje:20250610T180000"), "the translation inherits the time")
    }

    @Test func aWholeDayEventEndsTheDayAfterItsLastDay() throws {
        let lines = lines(try fixture().render("/en/events/camp.ics"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20250701"))
        #expect(lines.contains("DTEND;VALUE=DATE:20250704"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
    }

    @Test func aLanguagesCalendarHoldsItsEventsAndIsNamedAfterTheSite() throws {
        let fixture = try fixture()
        let calendar = try #require(try fixture.site.outputs().first { if case .calendar("en") = $0.kind { true } else { false } })
        let lines = lines(String(decoding: fixture.renderer.bytes(for: calendar), as: UTF8.self))
        #expect(lines.contains("X-WR-CALNAME:Hub & Friends · Events"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("SUMMARY:Camp"))
    }
}
