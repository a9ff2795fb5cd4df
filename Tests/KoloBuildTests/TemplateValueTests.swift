import KoloFixtures
import Foundation
import Testing

/// How values print and how they behave in sections: Kolo hands strings and counts to swift-mustache
/// as renderable values (the fast path), which must print and test exactly as plain values do.
@Suite(.serialized)
struct TemplateValueTests {
    @Test func stringsAndCountsPrintEscapedOrRawAndAreTrueInSections() async throws {
        let site = try FixtureSite(oneLanguageSite + """

        -- templates/page.mustache --
        {{#page.author}}[{{page.author}}]{{/page.author}}{{^page.author}}no author{{/page.author}}|{{{page.title}}}|{{page.title}}|{{page.readingTime}}|{{#page.readingTime}}read{{/page.readingTime}}|{{^page.title}}untitled{{/page.title}}
        {{#page.author}}{{.}} in {{lang.code}}{{nothing}}{{.nothing}}{{/page.author}}|{{#page.readingTime}}{{.}} min in {{lang.code}}{{nothing}}{{value}}{{/page.readingTime}}
        -- content/en/signed.md --
        ---
        title: A & B
        author: <Ana>
        ---
        Text.
        -- content/en/unsigned.md --
        ---
        title: C
        ---
        Text.
        """)
        defer { site.cleanUp() }
        try await site.build()
        // Inside a section over a text or a number, `.` is that value and other names are found
        // outside it; the value itself has no named parts.
        #expect(try site.read("en/signed/index.html") == "[&lt;Ana&gt;]|A & B|A &amp; B|1|read|\n&lt;Ana&gt; in en|1 min in en\n")
        #expect(try site.read("en/unsigned/index.html") == "no author|C|C|1|read|\n|1 min in en\n")
    }
}
