import Testing
@testable import KoloCalendar

struct CalendarFileTests {
    func lines(_ text: String) -> [Substring] { text.split(separator: "\r\n", omittingEmptySubsequences: false) }

    /// RFC 5545 3.1: unfolding removes every CRLF followed by a space.
    func unfold(_ text: String) -> String { text.replacing("\r\n ", with: "") }

    @Test func linesEndWithCRLFAndNoBareLineFeed() {
        let file = CalendarFile(productID: "-//Kolo//EN", events: [
            CalendarEvent(uid: "a@x", stamp: .utc(secondsSince1970: 0), start: .date(CalendarDay(year: 2021, month: 12, day: 15)),
                          end: .date(CalendarDay(year: 2021, month: 12, day: 18)), summary: "Line one\nline two"),
        ])
        let text = file.text
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacing("\r\n", with: "").contains("\n"))
        #expect(text.contains("SUMMARY:Line one\\nline two\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20211215\r\n"))
        #expect(text.contains("DTEND;VALUE=DATE:20211218\r\n"))
        #expect(text.contains("DTSTAMP:19700101T000000Z\r\n"))
    }

    @Test func textValuesAreEscaped() {
        #expect(ContentLineWriter.escape("a,b;c\\d\r\ne\u{7}") == "a\\,b\\;c\\\\d\\ne")
        #expect(ContentLineWriter.parameterValue("Europe/Paris") == "Europe/Paris")
        #expect(ContentLineWriter.parameterValue("a:b\"") == "\"a:b\"")
    }

    @Test(arguments: [
        String(repeating: "Иновативни соработки — обука во Лион за социјални претпријатија ", count: 3),
        String(repeating: "Warsztaty żółć źdźbło gęś — ósmy cykl spotkań w Białymstoku ", count: 3),
        String(repeating: "a", count: 200) + "😀" + String(repeating: "é", count: 80),
    ])
    func longLinesFoldWithinSeventyFiveOctetsAndUnfoldToTheSameText(_ title: String) {
        let folded = ContentLineWriter.fold("SUMMARY:" + title)
        let physical = lines(folded).dropLast()
        #expect(physical.count > 1)
        for line in physical {
            #expect(line.utf8.count <= 75)
            // Each physical line is valid UTF-8 on its own: no character was cut.
            #expect(String(validatingUTF8: Array(line.utf8).map { CChar(bitPattern: $0) } + [0]) != nil)
        }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(unfold(folded) == "SUMMARY:" + title + "\r\n")
    }

    @Test func localTimesNameTheirZoneAndTheZoneIsDescribed() {
        let start = LocalDateTime(day: CalendarDay(year: 2021, month: 12, day: 15), hour: 9, minute: 0, second: 0)
        let zone = CalendarTimeZone(id: "Europe/Paris", observances: [
            .init(start: LocalDateTime(secondsSince1970: 1_635_642_000, offset: 7200), offsetFrom: 7200, offsetTo: 3600, isDaylight: false),
        ])
        let text = CalendarFile(productID: "-//Kolo//EN", timeZones: [zone], events: [
            CalendarEvent(uid: "u", stamp: .utc(secondsSince1970: 1_639_555_200), start: .local(start, zone: "Europe/Paris"), end: nil, summary: "S"),
        ]).text
        #expect(text.contains("DTSTART;TZID=Europe/Paris:20211215T090000\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nDTSTART:20211031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"))
        #expect(ContentLineWriter.offset(-12_600) == "-0330")
    }

    @Test func civilDatesFromDayCounts() {
        #expect(CalendarDay(daysSince1970: 0) == CalendarDay(year: 1970, month: 1, day: 1))
        #expect(CalendarDay(daysSince1970: 18_976) == CalendarDay(year: 2021, month: 12, day: 15))
        #expect(CalendarDay(daysSince1970: -1) == CalendarDay(year: 1969, month: 12, day: 31))
        #expect(LocalDateTime(secondsSince1970: -1, offset: 0).text == "19691231T235959")
    }
}
