import KoloFixtures
import Foundation
import KoloBuild
import Testing

@Suite(.serialized)
struct LocalisationEndToEndTests {
    @Test func untranslatedPagesFallBackWithNoticeAndCanonical() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        try await site.build()
        // The Polish news item exists only in pl; mk shows it at mk's URL, in Polish, with a notice.
        let fallback = try site.read("mk/news/grant/index.html")
        #expect(fallback.contains("<link rel=\"canonical\" href=\"https://example.org/aktualnosci/grant/\">"))
        #expect(fallback.contains("Wiedza → współpraca → rozwój"))
        #expect(fallback.contains("Polski"))
        #expect(fallback.contains("noindex"))
        #expect(!fallback.contains("hreflang=\"mk\" href=\"https://example.org/mk/news/grant/\""))
        // References on a fallback page go to this language's pages first.
        #expect(fallback.contains("href=\"/mk/members/bialystok/\""))
        // The original does not list the fallback as a translation.
        let original = try site.read("aktualnosci/grant/index.html")
        #expect(!original.contains("<link rel=\"alternate\" hreflang=\"mk\""))
        // Fallbacks appear in lists but never in the sitemap.
        #expect(try site.read("mk/news/index.html").contains("/mk/news/grant/"))
        let sitemap = try site.read("sitemap.xml")
        #expect(!sitemap.contains("https://example.org/mk/news/grant/"))
        #expect(sitemap.contains("<loc>https://example.org/aktualnosci/grant/</loc>"))
    }

    @Test func defaultLanguageAtTheRootAndTranslatedSections() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        try await site.build()
        #expect(site.exists("index.html"))
        #expect(try site.read("index.html").contains("<html lang=\"pl\""))
        #expect(site.exists("aktualnosci/index.html"))
        #expect(site.exists("ar/akhbar/grant/index.html"))
        #expect(site.exists("mk/news/lab/index.html"))
        #expect(site.exists("aktualnosci/lab/index.html"))
        #expect(try site.read("atom.xml").contains("<id>https://example.org/aktualnosci/grant/</id>"))
    }

    @Test func rightToLeftLanguagesSayso() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        try await site.build()
        #expect(try site.read("ar/index.html").contains("<html lang=\"ar\" dir=\"rtl\""))
        #expect(try site.read("mk/index.html").contains("<html lang=\"mk\" dir=\"ltr\""))
    }

    @Test func polishListsFollowThePolishAlphabetAndPlurals() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        try await site.build()
        let directory = try site.read("members/index.html")
        let order = ["Lubelska Fundacja", "Łódzkie Stowarzyszenie", "Sądecka Grupa", "Śląskie Forum"].map { directory.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(try site.read("index.html").contains("4 organizacje"))
        #expect(try site.read("aktualnosci/grant/index.html").contains("Projekt „Wiedza” dostał"))
    }

    @Test func aPluralMissingAFormIsAWarningNamingFileAndKey() async throws {
        let site = try FixtureSite(fallbackSite)
        defer { site.cleanUp() }
        let report = try await site.build()
        let warning = try #require(report.warnings.first { $0.message.contains("membersCount") })
        #expect(warning.description.replacing(site.root.path + "/", with: "") == "i18n/pl.yaml:1:1: warning: plural string 'membersCount' lacks the form 'many' that pl needs")
    }
}

@Suite(.serialized)
struct SlugStyleEndToEndTests {
    static let site = """
    -- site.yaml --
    title: Hub
    baseURL: https://example.org/
    slugs: SLUGS
    languages:
      - code: mk
        name: Македонски
        locale: mk-MK
      - code: bg
        name: Български
        locale: bg-BG
    -- content/mk/news/x.md --
    ---
    title: Прва
    slug: Лабораторија за фузија
    date: 2020-01-01
    tags: [Граѓанско општество]
    ---
    -- content/bg/news/y.md --
    ---
    title: Втора
    slug: Синергия на мрежата
    date: 2020-01-01
    tags: [Ъгъл]
    ---
    """

    @Test func asciiSlugsTransliterateByLanguage() async throws {
        let site = try FixtureSite(Self.site.replacing("SLUGS", with: "ascii"))
        defer { site.cleanUp() }
        try await site.build()
        #expect(site.exists("mk/news/laboratorija-za-fuzija/index.html"))
        #expect(site.exists("bg/news/sinergia-na-mrezhata/index.html"))
        #expect(site.exists("mk/tags/gragjansko-opshtestvo/index.html"))
        #expect(site.exists("bg/tags/agal/index.html"))
    }

    @Test func unicodeSlugsKeepTheScript() async throws {
        let site = try FixtureSite(Self.site.replacing("SLUGS", with: "unicode"))
        defer { site.cleanUp() }
        try await site.build()
        #expect(site.exists("mk/news/лабораторија-за-фузија/index.html"))
        #expect(site.exists("bg/tags/ъгъл/index.html"))
    }
}
