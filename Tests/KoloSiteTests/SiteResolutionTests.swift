import KoloContent
import Testing
@testable import KoloSite

/// The site model built from in-memory pages: translations, references, outputs and what each output
/// depends on (the hook incremental rebuilds use).
struct SiteResolutionTests {
    func site(_ files: [String: String], untranslated: String = "hide") throws -> Site {
        try SiteFixture.resolve(files, config: SiteFixture.config + "\nuntranslated: \(untranslated)")
    }

    let files = [
        "en/news/2020-01-01-a.md": "---\ntitle: A\ndate: 2020-01-01\nprojects: [lab]\n---\nA.",
        "mk/news/2020-01-01-a.md": "---\ntitle: А\n---\nА.",
        "en/news/2020-02-01-b.md": "---\ntitle: B\ndate: 2020-02-01\n---\nB.",
        "en/projects/lab.md": "---\ntitle: Lab\nstatus: active\n---\nLab.",
    ]

    func index(_ site: Site, _ id: String) throws -> Int {
        try #require(site.pages.firstIndex { $0.id == id })
    }

    @Test func translationsJoinAndInherit() throws {
        let site = try site(files)
        let english = try index(site, "en/news/2020-01-01-a")
        let macedonian = try index(site, "mk/news/2020-01-01-a")
        #expect(site.groupOfPage[english] == site.groupOfPage[macedonian])
        #expect(site.pages[macedonian].date?.isoDay == "2020-01-01")
        #expect(site.references[macedonian]["projects"] == [site.groupOfPage[try index(site, "en/projects/lab")]])
    }

    @Test func aProjectPageDependsOnTheNewsThatNamesIt() throws {
        let site = try site(files)
        let outputs = try site.outputs()
        let project = try #require(outputs.first { $0.path == "/en/projects/lab/" })
        let news = try index(site, "en/news/2020-01-01-a")
        let unrelated = try index(site, "en/news/2020-02-01-b")
        #expect(project.dependencies.contains(news))
        #expect(project.dependencies.contains(try index(site, "mk/news/2020-01-01-a")))
        #expect(!project.dependencies.contains(unrelated))
        let newsPage = try #require(outputs.first { $0.path == "/en/news/a/" })
        #expect(newsPage.dependencies.contains(try index(site, "en/projects/lab")))
    }

    @Test func fallbackPagesExistOnlyWhenAsked() throws {
        let hidden = try site(files)
        #expect(hidden.paths.values.filter { $0.hasPrefix("/mk/") }.sorted() == ["/mk/news/a/"])
        let shown = try site(files, untranslated: "fallback")
        #expect(shown.paths.values.filter { $0.hasPrefix("/mk/") }.sorted() == ["/mk/news/a/", "/mk/news/b/", "/mk/projects/lab/"])
        let fallback = try #require(shown.paths.first { $0.value == "/mk/news/b/" }?.key)
        #expect(fallback.isFallback)
        #expect(shown.pages[fallback.page].language == "en")
    }

    @Test func listsSortNewestFirstAndPaginate() throws {
        let site = try site(files)
        let news = try #require(site.language("en")?.sections["news"])
        #expect(news.map { site.pages[$0.page].title } == ["B", "A"])
    }
}
