import KoloFixtures
import Foundation
import Testing

/// What editors and translators naturally write, and what the site must make of it.
@Suite(.serialized)
struct EditorSlipsTests {
    @Test func aTranslatorsLinkToAnUntranslatedFileLeadsToTheOriginal() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/mk/about.md --
        ---
        title: За нас
        ---
        [Членка](members/forum-16.md)
        """)
        defer { site.cleanUp() }
        try await site.build()
        // Only en has members/forum-16.md: the mk page links the English page.
        #expect(try site.read("mk/about/index.html").contains("<a href=\"/hub/en/members/forum-16/\">Членка</a>"))
    }

    @Test func folderNamesBecomeURLSegmentsLikeSlugs() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/en/Über uns/_index.md --
        ---
        title: About the hub
        ---
        -- content/en/Über uns/team.md --
        ---
        title: Team
        tags: [social-enterprise]
        ---
        """)
        defer { site.cleanUp() }
        try await site.build()
        #expect(site.exists("en/uber-uns/index.html"))
        #expect(site.exists("en/uber-uns/team/index.html"))
        // Plain pages carry tags too.
        #expect(try site.read("en/tags/social-enterprise/index.html").contains("/hub/en/uber-uns/team/"))
    }

    @Test func aMemberTranslationInheritsItsKind() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- content/mk/members/forum-16.md --
        ---
        title: ФОРУМ 16
        ---
        """)
        defer { site.cleanUp() }
        try await site.build()
        // The English original is an organisation, and so is the Macedonian translation.
        #expect(try site.read("mk/members/forum-16/index.html").contains("Организација"))
    }

    @Test func staticLinksPointingOutsideTheSiteAreRefused() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- static/css/extra.css --
        p { color: black; }
        """)
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("static/secret").path,
                                                   withDestinationPath: "/etc/hostname")
        let errors = await site.buildErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("static/secret:1:1: error: this is a symbolic link to /etc/hostname, outside") == true)
        #expect(!site.exists("secret"))
    }
}
