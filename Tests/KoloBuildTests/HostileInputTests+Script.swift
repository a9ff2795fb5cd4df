import KoloFixtures
import Testing

/// Markdown and front matter that would run script in a reader's browser.
extension HostileInputTests {
    static let scriptBody = """
    [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) ![dot](data:image/png;base64,iVBORw0KGgo=)

    <script>alert(3)</script>

    Text <b onclick="alert(4)">bold</b>.
    """

    @Test func scriptLinksAndRawHTMLAreRemoved() async throws {
        let site = try site("-- content/en/a.md --\n---\ntitle: A\n---\n" + Self.scriptBody)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("en/a/index.html")
        #expect(page.contains("<a href=\"\">click</a> <a href=\"\">data</a> <img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\""))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("alert(3)"))
        #expect(!page.contains("onclick"))
    }

    @Test func picturesThatRunScriptAreLeftOut() async throws {
        let site = try site("""
        -- content/en/members/a.md --
        ---
        title: A
        kind: organisation
        logo: " JaVa\\tScript:alert(5)"
        ---
        -- content/en/news/2020-01-01-b.md --
        ---
        title: B
        date: 2020-01-01
        image: "data:text/html;base64,PHNjcmlwdD4="
        imageAlt: B
        ---
        -- content/en/news/2020-01-02-c.md --
        ---
        title: C
        date: 2020-01-02
        image: "data:image/png;base64,iVBORw0KGgo="
        imageAlt: A dot
        ---
        """)
        defer { site.cleanUp() }
        try await site.build()
        for (path, data) in try site.allFiles() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!html.contains("script:alert") && !html.contains("data:text/html"), "\(path)")
        }
        // A picture Markdown would keep stays: an image in data: form, shown but not offered to
        // link previews, which need an address.
        #expect(try site.read("en/news/c/index.html").contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"A dot\""))
        #expect(try site.read("en/news/index.html").contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
        #expect(!(try site.read("en/news/c/index.html")).contains("og:image"))
    }

    @Test func theSiteMayTrustItsEditorsWithHTML() async throws {
        let site = try FixtureSite(Self.site + "\nmarkdown: {unsafe: true}\n-- content/en/a.md --\n---\ntitle: A\n---\n" + Self.scriptBody)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("en/a/index.html")
        #expect(page.contains("<a href=\"javascript:alert(1)\">click</a>"))
        // GFM's disallowed raw HTML stays text even then, unless the site turns the filter off too.
        #expect(page.contains("&lt;script>alert(3)&lt;/script>"))
        #expect(page.contains("<b onclick=\"alert(4)\">bold</b>"))
        try site.write("-- site.yaml --\n" + (try String(contentsOf: site.root.appendingPathComponent("site.yaml"), encoding: .utf8))
            .replacingOccurrences(of: "markdown: {unsafe: true}", with: "markdown: {unsafe: true, tagfilter: false}"))
        try await site.build()
        #expect(try site.read("en/a/index.html").contains("<script>alert(3)</script>"))
    }
}
