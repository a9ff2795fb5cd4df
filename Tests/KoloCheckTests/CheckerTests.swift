import Foundation
import KoloCheck
import KoloDiagnostics
import Testing

@Suite struct CheckerTests {
    /// Findings for the hub site with extra or replaced files.
    func findings(_ extra: String, drafts: Bool = false) async throws -> [String] {
        let site = try CheckFixture(hubSite + "\n" + extra)
        defer { site.cleanUp() }
        return await site.findings(drafts: drafts)
    }

    func expectFindings(_ extra: String, drafts: Bool = false, _ expected: [String],
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let found = try await findings(extra, drafts: drafts)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    @Test func aSoundSiteIsClean() async throws {
        try await expectFindings("", [])
    }

    @Test func theExampleSiteIsClean() async {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let report = await Checker.run(.init(source: repository.path, now: CheckFixture.now))
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.pagesChecked > 40)
    }

    @Test func aSitePathThatNothingWritesIsAnError() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        Intro.

        See [the team](/en/team/) and [the report](/files/report.pdf).
        """, [
            "content/en/about.md:6:16: error: link to /en/team/ goes nowhere: no page or file of the site has that address",
            "content/en/about.md:6:44: error: link to /files/report.pdf goes nowhere: no page has that address and there is no static/files/report.pdf",
        ])
    }

    @Test func aLinkToAMissingSourceFileIsAnError() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        See [the lab](projects/fusion-lab.md) and [the other lab](projects/other-lab.md).
        """, [
            "content/en/about.md:4:59: error: link to projects/other-lab.md goes nowhere: there is no content/en/projects/other-lab.md",
        ])
    }

    @Test func aLinkToAFileOnlyInAnotherLanguageLeadsToIt() async throws {
        // The translator linked members/forum-16.md as the original did; only en has it, and the build
        // links the English page, so there is nothing to report.
        try await expectFindings("""
        -- content/mk/about.md --
        ---
        title: За нас
        ---
        [Членка](members/forum-16.md)
        """, [])
    }

    @Test func aLinkToADraftIsBrokenOnThePublishedSiteOnly() async throws {
        let files = """
        -- content/en/news/2016-08-01-draft.md --
        ---
        title: Coming soon
        date: 2016-08-01
        draft: true
        ---
        -- content/en/about.md --
        ---
        title: About
        ---
        Soon: [a draft](news/2016-08-01-draft.md).
        """
        try await expectFindings(files, [
            "content/en/about.md:4:17: error: link to news/2016-08-01-draft.md goes nowhere on the published site: content/en/news/2016-08-01-draft.md is a draft (draft: true)",
        ])
        try await expectFindings(files, drafts: true, [])
    }

    @Test func aLinkToAnItemDatedInTheFutureNamesTheDate() async throws {
        try await expectFindings("""
        -- content/en/news/2030-01-01-later.md --
        ---
        title: Later
        date: 2030-01-01
        ---
        -- content/en/about.md --
        ---
        title: About
        ---
        [Later](news/2030-01-01-later.md)
        """, [
            "content/en/about.md:4:9: error: link to news/2030-01-01-later.md goes nowhere on the published site: content/en/news/2030-01-01-later.md is dated 2030-01-01, in the future",
        ])
    }

    @Test func aMissingAnchorOnTheSamePageSuggestsTheNearestHeading() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        Jump to [our goals](#gaols) or [the end](#nowhere).

        ## Goals
        """, [
            "content/en/about.md:4:21: error: link to #gaols: this page has no heading with the id \"gaols\" (did you mean \"goals\"?)",
            "content/en/about.md:4:42: error: link to #nowhere: this page has no heading with the id \"nowhere\"",
        ])
    }

    @Test func aMissingAnchorOnAnotherPageNamesItsFile() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        [Goals](projects/fusion-lab.md#aims) and [next](/en/news/fusion-lab/#later).
        """, [
            "content/en/about.md:4:9: error: link to projects/fusion-lab.md#aims: content/en/projects/fusion-lab.md has no heading with the id \"aims\"",
            "content/en/about.md:4:49: error: link to /en/news/fusion-lab/#later: content/en/news/2016-07-22-fusion-lab.md has no heading with the id \"later\"",
        ])
    }

    @Test func aMissingImageIsAnErrorAndNamesTheStaticFile() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        ![Office](/images/office.jpg)
        """, [
            "content/en/about.md:4:11: error: image /images/office.jpg is missing: no page has that address and there is no static/images/office.jpg",
        ])
    }

    @Test func relativeLinksAreResolvedAgainstThePage() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        [News](../news/) and [team](team/).
        """, [
            "content/en/about.md:4:29: error: link to team/ (/en/about/team/) goes nowhere: no page or file of the site has that address",
        ])
    }

    @Test func aSitePathWithTheBasePathGetsAHint() async throws {
        let site = try CheckFixture(hubSite.replacing("baseURL: https://example.org/", with: "baseURL: https://example.org/hub/") + """

        -- content/en/about.md --
        ---
        title: About
        ---
        [News](/hub/en/news/)
        """)
        defer { site.cleanUp() }
        #expect(await site.findings() == [
            "content/en/about.md:4:8: error: link to /hub/en/news/ goes nowhere: write site paths without the base URL's path /hub/ (/en/news/)",
        ])
    }

    @Test func scriptLinksAreReportedAsRemoved() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        [Click](javascript:alert(1)) and [mail](mailto:hub@example.org).
        """, [
            "content/en/about.md:4:9: warning: link to javascript:alert(1) is removed from the page: javascript: links can run script in a reader's browser (markdown.unsafe is off)",
        ])
    }

    @Test func buildErrorsComeWithTheWarningsFoundSoFar() async throws {
        try await expectFindings("""
        -- content/en/news/2017-01-01-second.md --
        ---
        title: Second
        date: 22/07/2016
        ---
        -- content/nl/about.md --
        ---
        title: Over ons
        ---
        """, [
            "content/en/news/2017-01-01-second.md:3:7: error: 'date' is not a date: \"22/07/2016\" (write it as 2016-07-22, or 2016-07-22T10:00:00+02:00 with a time)",
            "content/nl:1:1: warning: folder \"nl\" is not one of the site's languages (en, mk); its files are not built",
        ])
    }

    @Test func uiStringsWithNoTextAnywhereAreWarnings() async throws {
        try await expectFindings("""
        -- templates/page.mustache --
        <!DOCTYPE html><title>{{page.title}}</title><p>{{t.donateNow}}</p>{{{page.content}}}
        -- i18n/mk.yaml --
        donateNow: Донирајте
        """, [
            "i18n/en.yaml:1:1: warning: the templates use UI string that en (the default language) does not define, so pages show nothing there: donateNow",
        ])
    }
}
