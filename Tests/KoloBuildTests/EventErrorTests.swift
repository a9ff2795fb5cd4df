import KoloFixtures
import Foundation
import Testing

/// Bad event input: each an error at the file, line and column, and nothing written.
struct EventErrorTests {
    func errors(_ event: String, siteZone: String? = "Europe/Skopje") async throws -> [String] {
        let site = try FixtureSite("""
        -- site.yaml --
        title: Hub
        baseURL: https://example.org/
        \(siteZone.map { "timeZone: \($0)" } ?? "")
        languages:
          - {code: en, name: English, locale: en-GB}
        -- content/en/members/arobase.md --
        ---
        title: Arobase
        ---
        -- content/en/events/bad.md --
        ---
        \(event)
        ---
        """)
        defer { site.cleanUp() }
        let errors = await site.buildErrors()
        #expect(site.exists("en/events/bad/index.html") == errors.isEmpty)
        return errors
    }

    @Test func endBeforeStart() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-17\nend: 2021-12-15") == [
            "content/en/events/bad.md:4:6: error: 'end' (2021-12-15) is before 'start' (2021-12-17)",
        ])
        #expect(try await errors("title: Bad\nstart: 2021-12-17T10:00\nend: 2021-12-17T09:00") == [
            "content/en/events/bad.md:4:6: error: 'end' (2021-12-17T09:00) is before 'start' (2021-12-17T10:00)",
        ])
    }

    @Test func aDayAndATimeDoNotMix() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-17\nend: 2021-12-18T09:00") == [
            "content/en/events/bad.md:4:6: error: 'start' and 'end' must both be days (an all-day event) or both have a time: 'start' is \"2021-12-17\", 'end' is \"2021-12-18T09:00\"",
        ])
    }

    @Test func missingStartAndItsMisspelling() async throws {
        #expect(try await errors("title: Bad") == [
            "content/en/events/bad.md:1:1: error: an event needs 'start' (for example start: 2021-12-15, or start: 2021-12-15T09:00)",
        ])
        #expect(try await errors("title: Bad\nstrat: 2021-12-15") == [
            "content/en/events/bad.md:3:1: error: an event needs 'start' (is 'strat' a misspelling of it?)",
        ])
    }

    @Test func unknownTimeZone() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-15T09:00\ntimeZone: Europe/Lyon") == [
            "content/en/events/bad.md:4:11: error: 'timeZone' \"Europe/Lyon\" is not a time zone name such as Europe/Paris, Europe/Skopje or UTC",
        ])
    }

    @Test func aTimeWithoutAnyZone() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-15T09:00", siteZone: nil) == [
            "content/en/events/bad.md:3:8: error: 'start' has a time but no time zone, and site.yaml names none: add 'timeZone: Europe/Paris' (the event's zone) or 'timeZone' in site.yaml",
        ])
        // A whole day, an offset or the event's own zone is enough.
        #expect(try await errors("title: Good\nstart: 2021-12-15", siteZone: nil) == [])
        #expect(try await errors("title: Good\nstart: 2021-12-15T09:00+01:00", siteZone: nil) == [])
        #expect(try await errors("title: Good\nstart: 2021-12-15T09:00\ntimeZone: Europe/Paris", siteZone: nil) == [])
    }

    @Test func scriptSchemesInAddresses() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-15\nonline: \" JavaScript:alert(1)\"\nregistration: vbscript:x") == [
            "content/en/events/bad.md:4:9: error: 'online' is a javascript: address, which could run script in a reader's browser; write the https:// address",
            "content/en/events/bad.md:5:15: error: 'registration' is a vbscript: address, which could run script in a reader's browser; write the https:// address",
        ])
    }

    @Test func unknownOrganiser() async throws {
        #expect(try await errors("title: Bad\nstart: 2021-12-15\norganisers: [arobase, nobody]") == [
            "content/en/events/bad.md:4:23: error: 'organisers' names member \"nobody\", but there is no such member: expected a file content/<language>/members/nobody.md or an item with translationKey \"nobody\"",
        ])
    }
}
