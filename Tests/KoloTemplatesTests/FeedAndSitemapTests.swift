import KoloSite
import Testing
@testable import KoloTemplates

/// The outputs Kolo writes itself rather than through a theme's templates: Atom feeds, the sitemap,
/// robots.txt and redirect pages.
struct FeedAndSitemapTests {
    static let files = [
        "en/news/older.md": "---\ntitle: Older news\ndate: 2024-01-10\ntags: [Youth]\n---\nOld.",
        "en/news/newer.md": "---\ntitle: \"Fish & <chips> \\\"today\\\"\"\ndate: 2024-03-05T09:30:00+01:00\nlastmod: 2024-04-01\nauthor: Ana & Co\ndescription: Less < more\ntags: [Youth, Sea & Sky]\n---\nNew.",
        "mk/news/newer.md": "---\ntitle: Нова вест\n---\nНово.",
        "en/about.md": "---\ntitle: About\n---\nAbout.",
        "mk/contact.md": "---\ntitle: Контакт\n---\nКонтакт.",
    ]

    func fixture() throws -> TemplateFixture {
        try TemplateFixture(Self.files, bodies: ["en/news/newer": "<p>Body & <em>more</em></p>"])
    }

    @Test func atomFeedListsALanguagesNewsNewestFirstWithContentDates() throws {
        let feed = try fixture().render("/en/atom.xml")
        #expect(feed.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">"#))
        #expect(feed.contains("<title>Hub &amp; Friends</title>"))
        #expect(feed.contains(#"<link rel="self" type="application/atom+xml" href="https://example.org/hub/en/atom.xml"/>"#))
        // The feed's `updated` is the newest content date (here a lastmod), never the clock.
        #expect(feed.contains("<updated>2024-04-01T00:00:00+02:00</updated>\n  <author>"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        #expect(entries.count == 2, "only the English news, not the Macedonian item or the plain page")
        let newer = try #require(entries.first)
        #expect(newer.contains("<title>Fish &amp; &lt;chips&gt; &quot;today&quot;</title>"))
        #expect(newer.contains("<id>https://example.org/hub/en/news/newer/</id>"))
        #expect(newer.contains("<published>2024-03-05T09:30:00+01:00</published>"))
        #expect(newer.contains("<updated>2024-04-01T00:00:00+02:00</updated>"))
        #expect(newer.contains("<author><name>Ana &amp; Co</name></author>"))
        #expect(newer.contains(#"<category term="Sea &amp; Sky"/>"#))
        #expect(newer.contains("<summary>Less &lt; more</summary>"))
        #expect(newer.contains(#"<content type="html">&lt;p&gt;Body &amp; &lt;em&gt;more&lt;/em&gt;&lt;/p&gt;</content>"#))
        let older = try #require(entries.last)
        #expect(older.contains("<title>Older news</title>"))
        // Without lastmod an entry was last updated when it was published.
        #expect(older.contains("<published>2024-01-10T00:00:00+01:00</published>\n    <updated>2024-01-10T00:00:00+01:00</updated>"))
        #expect(!older.contains("<author>"))
    }

    @Test func aLanguagesFeedUsesItsOwnItemsAndDatesInheritedFromTheOriginal() throws {
        let feed = try fixture().render("/mk/atom.xml")
        #expect(feed.contains(#"xml:lang="mk""#))
        #expect(feed.contains("<title>Нова вест</title>"))
        #expect(feed.contains("<published>2024-03-05T09:30:00+01:00</published>"))
        #expect(feed.components(separatedBy: "<entry>").count == 2)
    }

    @Test func sitemapNamesEveryTranslationAndTheDefaultLanguageAsXDefault() throws {
        let sitemap = try fixture().render("/sitemap.xml")
        let entries = sitemap.components(separatedBy: "<url>").dropFirst()
        let newer = try #require(entries.first { $0.contains("<loc>https://example.org/hub/mk/news/newer/</loc>") })
        // lastmod is not inherited (the translation changes on its own days): without its own, its date, inherited.
        #expect(newer.contains("<lastmod>2024-03-05T09:30:00+01:00</lastmod>"))
        #expect(newer.contains(#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/hub/en/news/newer/"/>"#))
        #expect(newer.contains(#"<xhtml:link rel="alternate" hreflang="mk" href="https://example.org/hub/mk/news/newer/"/>"#))
        #expect(newer.contains(#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/hub/en/news/newer/"/>"#))
        #expect(!newer.contains(#"hreflang="ar""#), "there is no Arabic version")
        // A page in one language only has no alternates at all.
        let contact = try #require(entries.first { $0.contains("<loc>https://example.org/hub/mk/contact/</loc>") })
        #expect(!contact.contains("xhtml:link"))
        // Homes point readers of no listed language to the chooser at the root.
        let home = try #require(entries.first { $0.contains("<loc>https://example.org/hub/en/</loc>") })
        #expect(home.contains(#"hreflang="ar" href="https://example.org/hub/ar/""#))
        #expect(home.contains(#"hreflang="x-default" href="https://example.org/hub/""#))
        // Sorted by path, so two builds write the same bytes.
        let locs = entries.compactMap { $0.components(separatedBy: "<loc>").dropFirst().first?.components(separatedBy: "</loc>").first }
        #expect(locs == locs.sorted())
    }

    @Test func robotsPointsToTheSitemapUnderTheBasePath() throws {
        #expect(try fixture().render("/robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://example.org/hub/sitemap.xml\n")
    }

    @Test func aRedirectIsEscapedAndInTheLanguageOfItsTarget() throws {
        let site = try fixture().site
        let page = Redirect.render(to: "/mk/news/\"<x>&/", site: site)
        #expect(page.contains(#"<html lang="mk">"#))
        #expect(page.contains(#"<meta http-equiv="refresh" content="0; url=/hub/mk/news/&quot;&lt;x&gt;&amp;/">"#))
        #expect(page.contains(#"<link rel="canonical" href="https://example.org/hub/mk/news/&quot;&lt;x&gt;&amp;/">"#))
        #expect(!page.contains("<x>"))
        #expect(Redirect.render(to: "/somewhere/", site: site).contains(#"<html lang="en">"#), "a path of no language: the default one")
    }
}
