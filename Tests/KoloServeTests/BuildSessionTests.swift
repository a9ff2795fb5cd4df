import KoloFixtures
import Foundation
import KoloBuild
import KoloDiagnostics
import Testing

/// Incremental rebuilds: after every kind of change the preview folder must hold exactly what a
/// fresh full build writes, and a change must re-render only the outputs that show it.
@Suite(.serialized)
struct BuildSessionTests {
    @Test func everyRebuildEqualsAFullBuild() async throws {
        var harness = try SessionHarness(twoLanguageSite + "\n" + """
        -- static/images/logo.svg --
        <svg/>
        """)
        defer { harness.cleanUp() }
        let site = harness.site
        var report = try await harness.rebuild()
        #expect(report.scope == .everything)
        try await harness.expectSameAsFullBuild("the first build")

        // A body: only the Markdown changed.
        try site.write("""
        -- content/en/news/2017-01-05-second.md --
        ---
        title: Second item
        date: 2017-01-05T10:00:00+01:00
        description: The second one.
        ---
        Body two, edited. See [the lab](../projects/fusion-lab.md).
        """)
        report = try await harness.rebuild(["content/en/news/2017-01-05-second.md"])
        #expect(report.scope == .bodies)
        #expect(!report.resolved)
        #expect(report.rendered.contains("en/news/second/index.html"))
        try await harness.expectSameAsFullBuild("a body edit")

        // A title: the lists, tags, feed and backlinks showing it change; the shape does not.
        try site.write("""
        -- content/en/news/2016-07-22-fusion-lab.md --
        ---
        title: Fusion Lab opens its doors
        date: 2016-07-22
        tags: [social-enterprise]
        projects: [fusion-lab]
        members: [forum-16]
        ---
        FORUM 16 opens a "lab". See [the project](../projects/fusion-lab.md#goals) and [home](/en/).
        """)
        report = try await harness.rebuild(["content/en/news/2016-07-22-fusion-lab.md"])
        #expect(report.scope == .pages)
        #expect(report.rendered.contains("en/projects/fusion-lab/index.html"), "the project page lists the news item")
        #expect(!report.rendered.contains("en/about/index.html"))
        try await harness.expectSameAsFullBuild("a title edit")

        // An original's language-neutral fact, which its translation inherits.
        try site.write("""
        -- content/en/projects/fusion-lab.md --
        ---
        title: Fusion Lab
        status: completed
        startDate: 2016-07-01
        funder: European Union
        partners: [forum-16]
        ---
        The lab.
        """)
        try await harness.rebuild(["content/en/projects/fusion-lab.md"])
        try await harness.expectSameAsFullBuild("an inherited fact")

        // A new item, written the way editors' tools save: a temporary file renamed into place.
        try site.write("""
        -- content/en/news/.2019-05-01-new.md.swp --
        ---
        title: New item
        date: 2019-05-01
        tags: [youth]
        aliases: [/old/new-item/]
        ---
        New body.
        """)
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/en/news/.2019-05-01-new.md.swp"),
                                         to: site.root.appendingPathComponent("content/en/news/2019-05-01-new.md"))
        report = try await harness.rebuild(["content/en/news/.2019-05-01-new.md.swp", "content/en/news/2019-05-01-new.md"])
        #expect(report.scope == .site)
        #expect(try harness.previewFiles()["en/news/new/index.html"] != nil)
        try await harness.expectSameAsFullBuild("an addition")

        // A rename: the old URL's files go away.
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/en/news/2019-05-01-new.md"),
                                         to: site.root.appendingPathComponent("content/en/news/2019-05-01-renamed.md"))
        report = try await harness.rebuild(["content/en/news/2019-05-01-new.md", "content/en/news/2019-05-01-renamed.md"])
        #expect(report.deleted.contains("en/news/new/index.html"))
        try await harness.expectSameAsFullBuild("a rename")

        // A deletion, and a translation that goes with it.
        try site.remove("content/mk/news/2016-07-22-fusion-lab.md")
        try await harness.rebuild(["content/mk/news/2016-07-22-fusion-lab.md"])
        try await harness.expectSameAsFullBuild("a deletion")

        // A folder of new files (the first events: their lists and calendars too), added as one move.
        try site.write("""
        -- incoming/events/summer-camp.md --
        ---
        title: Summer camp
        start: 2025-07-01
        end: 2025-07-10
        ---
        Camp.
        """)
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("incoming/events"),
                                         to: site.root.appendingPathComponent("content/en/events"))
        try await harness.rebuild(["content/en/events"])
        try await harness.expectSameAsFullBuild("a new folder")

        // A template of the site's own, overriding the theme's news card.
        try site.write("""
        -- templates/cards/news.mustache --
        <article class="my-card"><{{heading}}><a href="{{url}}">{{title}}</a></{{heading}}></article>
        """)
        report = try await harness.rebuild(["templates/cards/news.mustache"])
        #expect(report.scope == .site)
        #expect(report.rendered.contains("en/news/index.html"))
        #expect(!report.rendered.contains("en/tags/index.html"), "the tag index prints no cards")
        #expect(!report.rendered.contains("en/404.html"), "the 404 page prints no cards")
        try await harness.expectSameAsFullBuild("a template override")

        // UI strings of one language.
        try site.write("""
        -- i18n/mk.yaml --
        tags:
          social-enterprise: Социјално претприемништво
        readMore: Прочитај повеќе
        news: Новости
        """)
        report = try await harness.rebuild(["i18n/mk.yaml"])
        // The feed, the calendars and the sitemap are rendered again after any site-wide change (they are cheap).
        #expect(report.rendered.allSatisfy { !$0.hasPrefix("en/") || $0 == "en/atom.xml" || $0.hasSuffix(".ics") }, "English pages do not use Macedonian strings: \(report.rendered)")
        #expect(report.rendered.contains("mk/index.html"))
        try await harness.expectSameAsFullBuild("a strings file")

        // Static files: changed, added, removed.
        try site.write("""
        -- static/images/logo.svg --
        <svg viewBox="0 0 1 1"/>
        -- static/css/extra.css --
        body { color: red }
        """)
        report = try await harness.rebuild(["static/images/logo.svg", "static/css/extra.css"])
        #expect(Set(report.written) == ["images/logo.svg", "css/extra.css"])
        try site.remove("static/images/logo.svg")
        report = try await harness.rebuild(["static/images/logo.svg"])
        #expect(report.deleted == ["images/logo.svg"])
        try await harness.expectSameAsFullBuild("static files")

        // The site's static folder going away, then coming back (the theme lists it only when it exists).
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("static"))
        try await harness.rebuild(["static"])
        try await harness.expectSameAsFullBuild("no static folder")
        try site.write("""
        -- static/css/kolo.css --
        body { color: blue }
        """)
        report = try await harness.rebuild(["static"])
        #expect(report.written == ["css/kolo.css"])
        try await harness.expectSameAsFullBuild("a new static folder")

        // The config: a smaller page size re-paginates every list.
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yaml"), encoding: .utf8)
        try config.replacing("paginate: 2", with: "paginate: 1").write(to: site.root.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        try await harness.rebuild(["site.yaml"])
        try await harness.expectSameAsFullBuild("a config change")

        // A draft turned into a published item, and a touch that changes nothing.
        try site.write("""
        -- content/en/news/2019-03-01-draft.md --
        ---
        title: Draft item
        date: 2019-03-01
        ---
        No longer a draft.
        """)
        try await harness.rebuild(["content/en/news/2019-03-01-draft.md"])
        try await harness.expectSameAsFullBuild("a published draft")
        report = try await harness.rebuild(["content/en/about.md"])
        #expect(report.written.isEmpty && report.deleted.isEmpty)
    }

    @Test func aBrokenFileKeepsTheLastGoodSiteUntilItIsFixed() async throws {
        var harness = try SessionHarness(twoLanguageSite)
        defer { harness.cleanUp() }
        try await harness.rebuild()
        let good = try harness.previewFiles()
        try harness.site.write("""
        -- content/en/news/2017-01-05-second.md --
        ---
        title: Second item
        date: 05/01/2017
        ---
        Body two.
        """)
        var errors: [String] = []
        do {
            try await harness.rebuild(["content/en/news/2017-01-05-second.md"])
        } catch {
            errors = error.diagnostics.map(\.description)
        }
        #expect(errors.contains { $0.hasSuffix("content/en/news/2017-01-05-second.md:3:7: error: 'date' is not a date: \"05/01/2017\" (write it as 2016-07-22, or 2016-07-22T10:00:00+02:00 with a time)") }, "\(errors)")
        #expect(try harness.previewFiles() == good)

        // Another change while broken is remembered for the build that succeeds.
        try harness.site.write("""
        -- content/en/about.md --
        ---
        title: About us
        ---
        About us, edited.
        """)
        await #expect(throws: DiagnosticError.self) { try await harness.rebuild(["content/en/about.md"]) }
        try harness.site.write("""
        -- content/en/news/2017-01-05-second.md --
        ---
        title: Second item
        date: 2017-01-05
        ---
        Body two, fixed.
        """)
        try await harness.rebuild(["content/en/news/2017-01-05-second.md"])
        #expect(try harness.previewFiles()["en/about/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains("About us, edited.") == true)
        try await harness.expectSameAsFullBuild("fixing the file")
    }

    @Test func aBodyEditRendersOnlyThePagesThatShowIt() async throws {
        var harness = try SessionHarness(twoLanguageSite)
        defer { harness.cleanUp() }
        try await harness.rebuild()
        try harness.site.write("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        city: Bitola
        country: mk
        kind: organisation
        ---
        An association of citizens.
        """)
        let report = try await harness.rebuild(["content/en/members/forum-16.md"])
        #expect(report.scope == .bodies)
        // The member's page, the member list and its filter pages (by city, by country), and the
        // news item and project that show its card, in both languages (the Macedonian translations
        // inherit the references).
        #expect(Set(report.rendered) == ["en/members/forum-16/index.html", "en/members/index.html",
                                         "en/members/city/bitola/index.html", "en/members/country/mk/index.html",
                                         "en/news/fusion-lab/index.html", "en/projects/fusion-lab/index.html",
                                         "mk/news/fusion-lab/index.html", "mk/projects/fusion-lab/index.html"])
        try await harness.expectSameAsFullBuild("a member's body")
    }

    @Test func aTitleEditPatchesTheSiteUnlessItMovesThePageInAList() async throws {
        var harness = try SessionHarness(twoLanguageSite + "\n" + """
        -- content/en/members/zora.md --
        ---
        title: Zora Foundation
        city: Bitola
        country: mk
        ---
        A foundation.
        """)
        defer { harness.cleanUp() }
        try await harness.rebuild()
        func member(_ title: String) -> String {
            "-- content/en/members/zora.md --\n---\ntitle: \(title)\ncity: Bitola\ncountry: mk\n---\nA foundation.\n"
        }

        // Still after FORUM 16 in the member list: the resolved site is patched.
        try harness.site.write(member("Zora Foundation of Bitola"))
        var report = try await harness.rebuild(["content/en/members/zora.md"])
        #expect(report.scope == .pages)
        #expect(!report.resolved)
        #expect(report.rendered.contains("en/members/index.html"))
        #expect(!report.rendered.contains("en/news/fusion-lab/index.html"), "the news item does not show this member")
        try await harness.expectSameAsFullBuild("a title edit keeping the list's order")

        // Now before it: the lists are sorted again.
        try harness.site.write(member("Aurora Foundation"))
        report = try await harness.rebuild(["content/en/members/zora.md"])
        #expect(report.scope == .site)
        #expect(report.resolved)
        try await harness.expectSameAsFullBuild("a title edit moving the member in its list")
    }

    static let hasPagefind: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pagefind_bin"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(.enabled(if: hasPagefind, "Pagefind (pip install pagefind-bin) indexes sites with search: true"))
    func theSearchIndexEqualsAFullBuilds() async throws {
        var harness = try SessionHarness(twoLanguageSite.replacing("paginate: 2\n", with: "paginate: 2\nsearch: true\n"))
        defer { harness.cleanUp() }
        harness.session.defersSearchIndex = true
        try await harness.rebuild()
        #expect(!FileManager.default.fileExists(atPath: harness.preview.appendingPathComponent("pagefind").path), "deferred")
        try harness.session.updateSearchIndex()
        try await harness.expectSameAsFullBuild("the first index")
        try harness.site.write("""
        -- content/en/about.md --
        ---
        title: About
        ---
        About us and our searchable zeppelin.
        """)
        try await harness.rebuild(["content/en/about.md"])
        try harness.session.updateSearchIndex()
        try await harness.expectSameAsFullBuild("an index after an edit")
    }

    @Test func refusesAFolderItDoesNotOwn() async throws {
        let harness = try SessionHarness(twoLanguageSite)
        defer { harness.cleanUp() }
        try FileManager.default.createDirectory(at: harness.preview, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: harness.preview.appendingPathComponent("notes.txt"))
        var session = harness.session
        await #expect(throws: DiagnosticError.self) { try await session.rebuild() }
        #expect(FileManager.default.fileExists(atPath: harness.preview.appendingPathComponent("notes.txt").path))
    }
}
