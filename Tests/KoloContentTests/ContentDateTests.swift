import Testing
@testable import KoloContent

struct ContentDateTests {
    func parse(_ text: String, offset: Int = 0) -> ContentDate? {
        ContentDate.parse(text) { _, _, _, _, _ in offset }
    }

    @Test func dayOnlyUsesTheSiteOffset() throws {
        let date = try #require(parse("2016-07-22", offset: 7200))
        #expect(date.isoDay == "2016-07-22")
        #expect(date.secondsSince1970 == 1_469_138_400)
        #expect(date.rfc3339 == "2016-07-22T00:00:00+02:00")
        #expect(!date.hasTime)
    }

    @Test func fullTimestampsKeepTheirOffset() throws {
        let date = try #require(parse("2021-12-17T10:30:15+01:00", offset: 7200))
        #expect(date.secondsSince1970 == 1_639_733_415)
        #expect(date.rfc3339 == "2021-12-17T10:30:15+01:00")
        #expect(try #require(parse("2021-12-17T09:30:15Z")).secondsSince1970 == 1_639_733_415)
        #expect(try #require(parse("2021-12-17 09:30")).hour == 9)
        #expect(try #require(parse("2021-12-17T09:30:15.123-05:30")).utcOffsetSeconds == -(5 * 3600 + 1800))
    }

    @Test(arguments: ["22/07/2016", "2016-13-01", "2016-02-30", "2016-07-22T25:00", "2016-07", "yesterday", "2016-07-22x", ""])
    func invalidDatesAreRejected(_ text: String) {
        #expect(parse(text) == nil)
    }

    @Test func leapDays() {
        #expect(parse("2024-02-29") != nil)
        #expect(parse("2023-02-29") == nil)
        #expect(parse("2000-02-29") != nil)
        #expect(parse("1900-02-29") == nil)
    }

    @Test func siteTimeZoneFollowsSummerTime() throws {
        let zone = try #require(SiteTimeZone(identifier: "Europe/Skopje"))
        #expect(zone.offset(year: 2016, month: 7, day: 22, hour: 0, minute: 0) == 7200)
        #expect(zone.offset(year: 2016, month: 1, day: 22, hour: 0, minute: 0) == 3600)
    }
}
