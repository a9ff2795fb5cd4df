import KoloContent
import Testing
@testable import KoloSite

/// Which pages a site holds, how translations join, and what a translation takes from its original.
struct VisibilityAndTranslationTests {
    static let files = [
        "en/news/draft.md": "---\ntitle: Draft\ndate: 2024-01-01\ndraft: true\n---\nD.",
        "en/news/future.md": "---\ntitle: Future\ndate: 2030-01-01\n---\nF.",
        "en/news/expired.md": "---\ntitle: Expired\ndate: 2024-01-01\nexpiryDate: 2024-06-01\n---\nE.",
        "mk/news/expired.md": "---\ntitle: Истечено\n---\nИ.",
        "en/news/current.md": "---\ntitle: Current\ndate: 2024-05-01\n---\nC.",
    ]

    @Test func draftsFutureAndExpiredItemsAreLeftOutUnlessAskedFor() throws {
        let site = try SiteFixture.resolve(Self.files)
        #expect(site.titles("news", in: "en") == ["Current"])
        // The translation of an expired item expires with it (it inherits expiryDate).
        #expect(site.index("mk/news/expired") == nil)
        let all = try SiteFixture.resolve(Self.files, options: SiteOptions(includeDrafts: true, includeFuture: true, includeExpired: true,
                                                                           now: SiteFixture.now))
        #expect(all.titles("news", in: "en") == ["Future", "Current", "Draft", "Expired"], "newest first, then by title")
        #expect(all.titles("news", in: "mk") == ["Истечено"])
    }

    @Test func aReferenceToAHiddenItemIsNotMistakenForATypo() throws {
        var files = Self.files
        files["en/projects/lab.md"] = "---\ntitle: Lab\n---\nLab."
        files["en/projects/secret.md"] = "---\ntitle: Secret\ndraft: true\n---\nS."
        files["en/news/current.md"] = "---\ntitle: Current\ndate: 2024-05-01\nprojects: [lab, secret]\n---\nC."
        let site = try SiteFixture.resolve(files)
        let current = try #require(site.index("en/news/current"))
        let lab = try #require(site.index("en/projects/lab"))
        #expect(site.references[current]["projects"] == [site.groupOfPage[lab]])
        files["en/news/current.md"] = "---\ntitle: Current\ndate: 2024-05-01\nprojects: [lab, sceret]\n---\nC."
        #expect(SiteFixture.errors(files).contains { $0.hasPrefix("content/en/news/current.md:") && $0.contains("sceret") })
    }

    @Test func translationsJoinBySamePathOrByTranslationKey() throws {
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nA.",
            "mk/news/a.md": "---\ntitle: А\n---\nА.",
            "en/projects/lab.md": "---\ntitle: Lab\ntranslationKey: lab\n---\nL.",
            "mk/projects/laboratorija.md": "---\ntitle: Лабораторија\ntranslationKey: lab\n---\nЛ.",
            "mk/projects/other.md": "---\ntitle: Друго\n---\nД.",
        ])
        let group = { (id: String) in site.index(id).map { site.groupOfPage[$0] } }
        #expect(group("en/news/a") == group("mk/news/a"))
        #expect(group("en/projects/lab") == group("mk/projects/laboratorija"))
        #expect(group("mk/projects/other") != group("en/projects/lab"))
        let lab = try #require(group("en/projects/lab"))
        #expect(site.groups[lab].key == "lab")
        #expect(site.groups[lab].section == "projects")
        #expect(site.groups[lab].pages.keys.sorted() == ["en", "mk"])
    }

    @Test func aSectionIndexGroupHasItsSectionsPlainName() throws {
        let site = try SiteFixture.resolve([
            "en/news/_index.md": "---\ntitle: News\n---\nAll the news.",
            "mk/news/_index.md": "---\ntitle: Вести\n---\nСите вести.",
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nA.",
        ])
        let index = try #require(site.index("en/news/_index"))
        let group = site.groups[site.groupOfPage[index]]
        #expect(group.section == "news")
        #expect(group.pages.count == 2)
        #expect(site.language("mk")?.sectionIndexes["news"] == site.index("mk/news/_index"))
        #expect(site.groups[site.groupOfPage[try #require(site.index("en/news/a"))]].section == "news")
    }

    @Test func twoVersionsOfOneLanguageInAGroupAreAnErrorNamingBoth() {
        let errors = SiteFixture.errors([
            "mk/projects/a.md": "---\ntitle: А\ntranslationKey: lab\n---\nА.",
            "mk/projects/b.md": "---\ntitle: Б\ntranslationKey: lab\n---\nБ.",
        ])
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("content/mk/projects/b.md:1:1: error: ") == true, "\(errors)")
        #expect(errors.first?.contains("content/mk/projects/a.md are both the mk version of \"lab\"") == true)
    }

    @Test func aTranslationTakesWhatItLeavesOutFromTheOriginalAndKeepsWhatItWrites() throws {
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\nimage: /images/a.jpg\nimageAlt: A tree\ntags: [youth]\n---\nA.",
            "mk/news/a.md": "---\ntitle: А\nimageAlt: Дрво\n---\nА.",
            "en/news/b.md": "---\ntitle: B\ndate: 2024-02-01\nimage: /images/b.jpg\n---\nB.",
            "mk/news/b.md": "---\ntitle: Б\ndate: 2024-02-03\nimage: /images/b-mk.jpg\n---\nБ.",
        ])
        let a = site.pages[try #require(site.index("mk/news/a"))]
        #expect(a.date?.isoDay == "2024-01-01")
        #expect(a.image == "/images/a.jpg")
        #expect(a.imageAlt == "Дрво", "its own words stay")
        #expect(a.tags.map(\.value) == ["youth"])
        let b = site.pages[try #require(site.index("mk/news/b"))]
        #expect(b.date?.isoDay == "2024-02-03")
        #expect(b.image == "/images/b-mk.jpg")
    }

    @Test func theOriginalIsTheDefaultLanguagesVersionElseTheFirstInSiteOrder() throws {
        let site = try SiteFixture.resolve([
            "mk/news/a.md": "---\ntitle: А\ndate: 2024-03-01\n---\nА.",
            "bg/news/a.md": "---\ntitle: А bg\ndate: 2024-04-01\n---\nА.",
            "pl/news/a.md": "---\ntitle: A pl\n---\nA.",
        ], config: "baseURL: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - {code: en, name: English}\n  - {code: bg, name: Български}\n  - {code: mk, name: Македонски}\n  - {code: pl, name: Polski}")
        #expect(site.pages[try #require(site.index("pl/news/a"))].date?.isoDay == "2024-04-01", "bg comes before mk in site.yaml")
    }
}
