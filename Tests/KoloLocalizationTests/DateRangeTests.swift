import KoloContent
import Testing
@testable import KoloLocalization

/// Events' dates as CLDR interval formats, and zone offsets, straight from ICU.
struct DateRangeTests {
    func event(_ start: String, _ end: String?, zone: String = "Europe/Skopje") -> EventDetails {
        let timeZone = SiteTimeZone(identifier: zone)!
        return EventDetails(start: ContentDate.parse(start, defaultOffset: timeZone.offset), end: end.flatMap { ContentDate.parse($0, defaultOffset: timeZone.offset) },
                            timeZone: zone, hasOwnTimeZone: true, location: nil, online: nil, registration: nil, writtenStart: start, writtenEnd: end)
    }

    @Test(arguments: [
        ("mk-MK", "15\u{2009}–\u{2009}17 декември 2021"),
        ("bg-BG", "15 – 17 декември 2021\u{202F}г."),
        ("pl-PL", "15–17 grudnia 2021"),
        ("en-GB", "15–17 December 2021"),
        ("en", "December 15\u{2009}–\u{2009}17, 2021"),
    ])
    func daysOfOneMonth(_ locale: String, _ expected: String) {
        #expect(DateRangeFormat(locale: locale).format(event("2021-12-15", "2021-12-17"), siteTimeZone: "Europe/Skopje") == expected)
    }

    @Test func aWholeDayIsTheDayWrittenInAnyZone() {
        // Noon UTC of the written day: never the day before in Honolulu or the day after in Auckland.
        for zone in ["Pacific/Honolulu", "Pacific/Auckland", "UTC"] {
            #expect(DateRangeFormat(locale: "en-GB").format(event("2021-12-31", nil, zone: zone), siteTimeZone: zone) == "31 December 2021")
        }
        #expect(DateRangeFormat(locale: "pl-PL").format(event("2021-12-31", "2022-01-02"), siteTimeZone: "Europe/Skopje")
                == "31 grudnia 2021\u{2009}–\u{2009}2 stycznia 2022")
    }

    @Test func timesNameTheirZoneOnlyWhenItIsNotTheSites() {
        let lyon = event("2021-12-15T09:00", "2021-12-15T17:00", zone: "Europe/Paris")
        #expect(DateRangeFormat(locale: "pl-PL").format(lyon, siteTimeZone: "Europe/Paris") == "15 grudnia 2021, 09:00–17:00")
        #expect(DateRangeFormat(locale: "pl-PL").format(lyon, siteTimeZone: "Europe/Skopje") == "15 grudnia 2021, 09:00–17:00 CET")
        #expect(DateRangeFormat(locale: "mk-MK").format(lyon, siteTimeZone: "Europe/Skopje") == "15 декември 2021, 09:00 – 17:00 CET")
    }

    @Test func zoneOffsetsAndTheirChanges() throws {
        #expect(ZoneRules.isKnown("Europe/Skopje") && !ZoneRules.isKnown("Europe/Lyon"))
        // 2025-03-30T01:00Z: Skopje moves from +01:00 to +02:00.
        let change: Int64 = 1_743_296_400
        #expect(ZoneRules.offset("Europe/Skopje", at: change - 1)?.seconds == 3600)
        #expect(ZoneRules.offset("Europe/Skopje", at: change)?.seconds == 7200)
        let observances = ZoneRules.observances("Europe/Skopje", from: change - 86_400, to: change + 86_400)
        #expect(observances.map(\.start).contains(change))
        let spring = try #require(observances.first { $0.start == change })
        #expect(spring.offsetFrom == 3600 && spring.offsetTo == 7200 && spring.isDaylight)
        // A zone without summer time: one observance.
        let tokyo = ZoneRules.observances("Asia/Tokyo", from: change, to: change + 86_400)
        #expect(tokyo.count == 1 && tokyo[0].offsetTo == 32_400)
    }
}
