import KoloContent
import Testing
@testable import KoloSite

/// How Markdown link destinations become links: source files to permalinks in the language showing
/// the page, site paths under the base path, everything else as written.
struct LinkRewriterTests {
    static let files = [
        "en/news/2020-01-01-a.md": "---\ntitle: A\ndate: 2020-01-01\n---\nSee [lab](../projects/lab.md).",
        "mk/news/2020-01-01-a.md": "---\ntitle: А\n---\nВиди [лаб](../projects/lab.md).",
        "en/projects/lab.md": "---\ntitle: Lab\nstatus: active\n---\nLab.",
        "mk/projects/lab.md": "---\ntitle: Лаб\n---\nЛаб.",
        "en/projects/solo.md": "---\ntitle: Solo\nstatus: active\n---\nOnly in English.",
    ]

    func site(baseURL: String = "https://example.org/", untranslated: String = "hide") throws -> Site {
        try SiteFixture.resolve(Self.files, config: SiteFixture.config.replacing("https://example.org/", with: baseURL)
                                    + "\nuntranslated: \(untranslated)")
    }

    func page(_ site: Site, _ id: String) throws -> Page {
        try #require(site.pages.first { $0.id == id })
    }

    @Test func aSourceFileLinkLeadsToThatItemInTheLanguageShowingThePage() throws {
        let site = try site()
        let rewriter = LinkRewriter(site: site)
        let english = try page(site, "en/news/2020-01-01-a")
        let macedonian = try page(site, "mk/news/2020-01-01-a")
        #expect(rewriter.rewrite("../projects/lab.md", from: english, shownIn: "en") == "/en/projects/lab/")
        #expect(rewriter.rewrite("../projects/lab.md#team", from: macedonian, shownIn: "mk") == "/mk/projects/lab/#team")
    }

    @Test func anUntranslatedTargetIsTheOriginalsPageOrItsFallback() throws {
        let hidden = try site()
        let macedonian = try page(hidden, "mk/news/2020-01-01-a")
        #expect(LinkRewriter(site: hidden).rewrite("../projects/solo.md", from: macedonian, shownIn: "mk") == "/en/projects/solo/")
        let fallback = try site(untranslated: "fallback")
        #expect(LinkRewriter(site: fallback).rewrite("../projects/solo.md", from: try page(fallback, "mk/news/2020-01-01-a"), shownIn: "mk")
                == "/mk/projects/solo/")
    }

    @Test func sitePathsTakeTheBasePathAndEverythingElseStaysAsWritten() throws {
        let hub = try site(baseURL: "https://example.org/hub/")
        let english = try page(hub, "en/news/2020-01-01-a")
        let rewriter = LinkRewriter(site: hub)
        #expect(rewriter.rewrite("/en/news/", from: english, shownIn: "en") == "/hub/en/news/")
        #expect(rewriter.rewrite("../projects/lab.md", from: english, shownIn: "en") == "/hub/en/projects/lab/")
        for untouched in ["https://example.com/x.md", "mailto:a@example.org", "#top", "//cdn.example.org/x", "../../../outside.md",
                          "../projects/missing.md", "notes.pdf"] {
            #expect(rewriter.rewrite(untouched, from: english, shownIn: "en") == nil, "\(untouched)")
        }
        #expect(LinkRewriter(site: try site()).rewrite("/en/news/", from: english, shownIn: "en") == nil)
    }

    @Test func sourcePathsResolveDotSegmentsAndStopAtContent() throws {
        let english = try page(try site(), "en/news/2020-01-01-a")
        #expect(LinkRewriter.pageID(ofSourcePath: "./../projects/./lab.md", from: english) == "en/projects/lab")
        #expect(LinkRewriter.pageID(ofSourcePath: "../../mk/projects/lab.md", from: english) == "mk/projects/lab")
        #expect(LinkRewriter.pageID(ofSourcePath: "../../../etc/passwd.md", from: english) == nil)
        #expect(LinkRewriter.hasScheme("mailto:x") && LinkRewriter.hasScheme("https://x") && !LinkRewriter.hasScheme("a/b:c"))
    }
}
