import KoloFixtures
import Foundation
import Testing

@Suite(.serialized)
struct BuildEndToEndTests {
    @Test func buildsEveryPageAtItsURL() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        for path in ["index.html", "404.html", "robots.txt", "sitemap.xml", "mk/index.html", "en/index.html",
                     "en/news/fusion-lab/index.html", "mk/news/fusion-lab/index.html", "en/news/second/index.html",
                     "en/projects/fusion-lab/index.html", "mk/projects/fusion-lab/index.html", "en/members/forum-16/index.html",
                     "en/about/index.html", "en/news/index.html", "en/news/page/2/index.html", "en/news/page/1/index.html",
                     "en/tags/index.html", "en/tags/social-enterprise/index.html", "mk/tags/social-enterprise/index.html",
                     "en/atom.xml", "mk/atom.xml", "en/404.html", "mk/404.html", "en/projects/index.html", "en/members/index.html"] {
            #expect(site.exists(path), "missing \(path)")
        }
        #expect(!site.exists("en/news/draft/index.html"))
        #expect(!site.exists("en/news/future/index.html"))
        // untranslated: hide (the default): no fallback pages.
        #expect(!site.exists("mk/about/index.html"))
    }

    @Test func headCarriesLanguageCanonicalAndAlternates() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("mk/news/fusion-lab/index.html")
        #expect(page.contains("<html lang=\"mk\" dir=\"ltr\""))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/hub/mk/news/fusion-lab/\">"))
        #expect(page.contains("hreflang=\"en\" href=\"https://example.org/hub/en/news/fusion-lab/\""))
        #expect(page.contains("hreflang=\"x-default\" href=\"https://example.org/hub/en/news/fusion-lab/\""))
        #expect(page.contains("application/atom+xml"))
        #expect(page.contains("https://example.org/hub/mk/atom.xml"))
        // Shared links: the locales of the translations, never the page's own; the page's description.
        #expect(page.contains("<meta property=\"og:locale\" content=\"mk_MK\">\n<meta property=\"og:locale:alternate\" content=\"en_GB\">\n"))
        #expect(!page.contains("<meta property=\"og:locale:alternate\" content=\"mk_MK\">"))
        #expect(try site.read("en/news/second/index.html").contains("<meta property=\"og:description\" content=\"The second one.\">"))
        #expect(!(try site.read("en/about/index.html")).contains("og:locale:alternate"), "a page with no translation has no alternates")
    }

    @Test func titlesAreEscapedAndBodiesLocalised() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let english = try site.read("en/news/fusion-lab/index.html")
        #expect(!english.contains("<script>alert(1)</script>"))
        #expect(english.contains("Fusion Lab opens &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(english.contains("opens a “lab”"))
        #expect(english.contains("<h2 id=\"goals\">Goals</h2>"))
        let macedonian = try site.read("mk/news/fusion-lab/index.html")
        #expect(macedonian.contains("отвора „лабораторија“"))
    }

    @Test func linksToSourceFilesBecomePermalinksInThePagesLanguage() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        #expect(try site.read("en/news/fusion-lab/index.html").contains("<a href=\"/hub/en/projects/fusion-lab/#goals\">the project</a>"))
        #expect(try site.read("en/news/fusion-lab/index.html").contains("<a href=\"/hub/en/\">home</a>"))
        #expect(try site.read("mk/news/fusion-lab/index.html").contains("<a href=\"/hub/mk/projects/fusion-lab/\">проектот</a>"))
    }

    @Test func referencesAndBacklinksResolveInTheReadersLanguage() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        // The mk news item names the project (mk exists) and inherits nothing else; the member exists only in en.
        let macedonian = try site.read("mk/news/fusion-lab/index.html")
        #expect(macedonian.contains("/hub/mk/projects/fusion-lab/"))
        // The project page lists the news that names it, and its partner.
        let project = try site.read("en/projects/fusion-lab/index.html")
        #expect(project.contains("/hub/en/news/fusion-lab/"))
        #expect(project.contains("/hub/en/members/forum-16/"))
        #expect(project.contains("European Union"))
        let member = try site.read("en/members/forum-16/index.html")
        #expect(member.contains("/hub/en/projects/fusion-lab/"))
        #expect(member.contains("/hub/en/news/fusion-lab/"))
    }

    @Test func translationsInheritLanguageNeutralFacts() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        // The mk news item has no date of its own: it takes the original's, formatted in Macedonian.
        #expect(try site.read("mk/news/fusion-lab/index.html").contains("2016-07-22"))
        // The mk project writes no status: it takes "active" from the original, labelled in Macedonian.
        #expect(try site.read("mk/projects/fusion-lab/index.html").contains("badge-active\">Активен</span>"))
    }

    @Test func listsPaginateNewestFirst() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let first = try site.read("en/news/index.html")
        let third = try #require(first.range(of: "Third item"))
        let second = try #require(first.range(of: "Second item"))
        #expect(third.lowerBound < second.lowerBound)
        #expect(!first.contains("Fusion Lab opens"))
        #expect(first.contains("All the news"))
        #expect(try site.read("en/news/page/2/index.html").contains("Fusion Lab opens"))
        #expect(try site.read("en/news/page/1/index.html").contains("url=/hub/en/news/"))
    }

    @Test func tagsAreOneTermAcrossLanguagesWithLocalLabels() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let macedonian = try site.read("mk/tags/social-enterprise/index.html")
        #expect(macedonian.contains("Социјално претприемништво"))
        #expect(macedonian.contains("hreflang=\"en\" href=\"https://example.org/hub/en/tags/social-enterprise/\""))
        #expect(try site.read("en/tags/index.html").contains("Social enterprise"))
    }

    @Test func switcherGoesToTheNearestPageWhenThereIsNoTranslation() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let second = try site.read("en/news/second/index.html")
        // No mk version: the mk entry goes to the mk news list, not to the mk home.
        #expect(second.contains("href=\"/hub/mk/news/\""))
        let fusion = try site.read("en/news/fusion-lab/index.html")
        #expect(fusion.contains("href=\"/hub/mk/news/fusion-lab/\""))
    }

    @Test func feedAndSitemapAreComplete() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let feed = try site.read("en/atom.xml")
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<id>https://example.org/hub/en/news/fusion-lab/</id>"))
        #expect(feed.contains("<updated>2018-03-01T00:00:00+01:00</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 4)
        #expect(!feed.contains("Draft item"))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/hub/en/news/fusion-lab/</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"mk\" href=\"https://example.org/hub/mk/news/fusion-lab/\"/>"))
        #expect(sitemap.contains("hreflang=\"x-default\""))
        #expect(!sitemap.contains("draft"))
        #expect(try site.read("robots.txt").contains("Sitemap: https://example.org/hub/sitemap.xml"))
        let chooser = try site.read("index.html")
        #expect(chooser.contains("/hub/mk/") && chooser.contains("Македонски"))
    }

    @Test func draftsAndFutureItemsOnRequest() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build(drafts: true, future: true)
        #expect(site.exists("en/news/draft/index.html"))
        #expect(site.exists("en/news/future/index.html"))
    }

    @Test func baseURLOverrideChangesEveryLink() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build(baseURL: "http://127.0.0.1:1313/")
        let page = try site.read("en/news/fusion-lab/index.html")
        #expect(page.contains("href=\"/en/projects/fusion-lab/#goals\""))
        #expect(!page.contains("/hub/"))
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let first = try site.allFiles()
        try await site.build()
        #expect(try site.allFiles() == first)
        #expect(first.count > 30)
    }
}
