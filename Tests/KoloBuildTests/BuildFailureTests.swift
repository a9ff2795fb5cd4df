import KoloFixtures
import Foundation
import Testing

@Suite(.serialized)
struct BuildFailureTests {
    @Test func aFailedBuildLeavesThePreviousOutputUntouched() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let before = try site.allFiles()
        try site.write("""
        -- content/en/news/2020-01-01-broken.md --
        ---
        title: Broken
        date: 22/07/2016
        ---
        """)
        #expect(await site.buildErrors() == ["content/en/news/2020-01-01-broken.md:3:7: error: 'date' is not a date: \"22/07/2016\" (write it as 2016-07-22, or 2016-07-22T10:00:00+02:00 with a time)"])
        #expect(try site.allFiles() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".kolo-") }
        #expect(leftovers.isEmpty)
    }

    @Test func unknownReferencesNameFileLineAndValue() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/en/news/2020-01-01-x.md --
        ---
        title: X
        date: 2020-01-01
        projects: [fusion-lab, no-such-project]
        ---
        """)
        defer { site.cleanUp() }
        let errors = await site.buildErrors()
        #expect(errors == ["content/en/news/2020-01-01-x.md:4:24: error: 'projects' names project \"no-such-project\", but there is no such project: expected a file content/<language>/projects/no-such-project.md or an item with translationKey \"no-such-project\""])
    }

    @Test func twoPagesWritingOneFileAreAnError() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/en/news/2020-01-01-second.md --
        ---
        title: Another second
        date: 2020-01-01
        ---
        """)
        defer { site.cleanUp() }
        let errors = await site.buildErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.contains("content/en/news/2017-01-05-second.md") == true)
        #expect(errors.first?.contains("content/en/news/2020-01-01-second.md") == true)
        #expect(errors.first?.contains("would both write en/news/second/index.html") == true)
    }

    @Test func missingPartialIsAnErrorAtLoadTime() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- templates/page.mustache --
        <p>{{page.title}}</p>
        {{>partials/nope}}
        """)
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["templates/page.mustache:2:1: error: partial \"partials/nope\" does not exist (looked for templates/partials/nope.mustache in the site and in theme \"default\")"])
    }

    @Test func templateSyntaxErrorsPointAtTheTag() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- templates/page.mustache --
        line one
        {{#page}}
        {{/pages}}
        """)
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["templates/page.mustache:3:4: error: template syntax: a section is closed with a different name than it was opened with"])
    }

    @Test func siteTemplatesOverrideTheTheme() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- templates/page.mustache --
        <!DOCTYPE html><title>{{page.title}}</title><p class="override">{{{page.content}}}</p>
        """)
        defer { site.cleanUp() }
        try await site.build()
        #expect(try site.read("en/about/index.html") == "<!DOCTYPE html><title>About</title><p class=\"override\"><p>About us.</p>\n</p>\n")
    }

    @Test func outputMayNotBeTheSourceOrItsParent() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        for output in [site.root.path, site.root.deletingLastPathComponent().path, "/"] {
            do {
                try await site.build(output: output)
                Issue.record("building into \(output) should fail")
            } catch {
                #expect(error.description.contains("refusing to build into"))
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site.yaml").path))
    }

    @Test func hostileSlugsStayInsideTheOutput() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/en/news/2020-01-01-escape.md --
        ---
        title: Escape
        date: 2020-01-01
        slug: ../../../../tmp/kolo-escape
        aliases: ["/../../outside/", "/old/path/"]
        ---
        """)
        defer { site.cleanUp() }
        try await site.build()
        #expect(site.exists("en/news/tmp-kolo-escape/index.html"))
        #expect(site.exists("old/path/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("outside").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/kolo-escape"))
    }
}
