import Foundation
import KoloCheck
import KoloFixtures
import Testing

/// `kolo i18n`'s report: which items lack which translations, and which UI strings each language lacks.
struct TranslationReportTests {
    @Test func translationReportInTableAndJSON() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        let report = try await TranslationReport.make(source: site.root.path)
        let grant = try #require(report.groups.first { $0.key == "news/2017-04-24-grant" })
        #expect(grant.present == ["pl"])
        #expect(grant.missing == ["mk", "ar"])
        #expect(grant.section == "news")
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        let groups = try #require(json?["groups"] as? [[String: Any]])
        #expect(groups.contains { ($0["key"] as? String) == "members/bialystok" && ($0["present"] as? [String]) == ["pl", "mk"] })
        let strings = try #require(json?["strings"] as? [String: [String: [String]]])
        #expect(strings["ar"]?["missing"]?.isEmpty == false) // the theme has no Arabic strings
        #expect(strings["pl"]?["missing"] == [])
        #expect(report.table().contains("news/2017-04-24-grant"))
        #expect(!report.isComplete)
    }
}
