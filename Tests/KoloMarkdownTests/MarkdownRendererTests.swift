import KoloText
import Testing
@testable import KoloMarkdown

struct MarkdownRendererTests {
    let english = Slugger(language: "en")

    func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions(), language: String = "en") -> String {
        MarkdownRenderer(options: options).render(markdown, slugger: Slugger(language: language)).html
    }

    @Test func paragraphsAndEmphasis() {
        #expect(html("Hello *world* and **friends**") == "<p>Hello <em>world</em> and <strong>friends</strong></p>\n")
    }

    @Test func headingsGetTransliteratedUniqueIDs() {
        let result = MarkdownRenderer().render("## Лабораторија за фузија\n\n## Лабораторија за фузија\n\n### !!!", slugger: Slugger(language: "mk"))
        #expect(result.html.contains("<h2 id=\"laboratorija-za-fuzija\">Лабораторија за фузија</h2>"))
        #expect(result.html.contains("<h2 id=\"laboratorija-za-fuzija-1\">"))
        #expect(result.headings.map(\.id) == ["laboratorija-za-fuzija", "laboratorija-za-fuzija-1", "section"])
        #expect(result.headings.map(\.level) == [2, 2, 3])
    }

    @Test func rawHTMLIsOmittedUnlessTheSiteTrustsIt() {
        let markdown = "<script>alert(1)</script>\n\nText <b>bold</b>"
        let safe = html(markdown)
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        let unsafe = html(markdown, MarkdownOptions(unsafe: true))
        #expect(unsafe.contains("&lt;script>alert(1)&lt;/script>"), "GFM's disallowed tags stay text")
        #expect(unsafe.contains("<b>bold</b>"))
        var unfiltered = MarkdownOptions(unsafe: true)
        unfiltered.extensions.remove(.tagFilter)
        #expect(html(markdown, unfiltered).contains("<script>alert(1)</script>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4="])
    func dangerousLinksLoseTheirDestination(_ url: String) {
        #expect(html("[click](<\(url)>)").contains("<a href=\"\">click</a>"))
    }

    @Test func dataImagesOfImageTypesStay() {
        #expect(html("![dot](data:image/png;base64,iVBOR)").contains("src=\"data:image/png;base64,iVBOR\""))
        #expect(html("![x](data:text/html,hi)").contains("src=\"\""))
    }

    @Test func smartQuotesFollowTheLanguage() {
        let macedonian = html("Проектот \"Коло\" почна", MarkdownOptions(quotes: QuotationMarks(opening: "„", closing: "“")))
        #expect(macedonian.contains("Проектот „Коло“ почна"))
        let plain = html("a \"b\" c", MarkdownOptions(smart: false))
        #expect(plain.contains("a &quot;b&quot; c"))
    }

    @Test func summaryIsTheFirstTopLevelParagraph() {
        let result = MarkdownRenderer().render("> quoted first\n\nThe *real* lead.\n\nSecond.", slugger: english)
        #expect(result.summaryHTML == "The <em>real</em> lead.")
        #expect(result.summaryText == "The real lead.")
    }

    @Test func linksAreRewrittenAndRecordedWithPositions() {
        let result = MarkdownRenderer().render("Intro\n\nSee [the lab](../projects/fusion-lab.md) and ![a](/img/x.jpg).", slugger: english) { destination, isImage in
            isImage ? "/hub" + destination : "/hub/mk/projects/fusion-lab/"
        }
        #expect(result.html.contains("<a href=\"/hub/mk/projects/fusion-lab/\">the lab</a>"))
        #expect(result.html.contains("<img src=\"/hub/img/x.jpg\" alt=\"a\" loading=\"lazy\" />"))
        #expect(result.links.count == 2)
        #expect(result.links[0].destination == "../projects/fusion-lab.md")
        #expect(result.links[0].line == 3)
        #expect(result.links[0].column == 15)
        #expect(result.links[1].isImage)
    }

    @Test func tightListsHaveNoParagraphs() {
        #expect(html("- one\n- two") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
        #expect(html("1. one\n\n2. two").contains("<li><p>one</p>\n</li>") || html("1. one\n\n2. two").contains("<li>\n<p>one</p>\n</li>"))
    }

    @Test func codeIsEscapedAndKeepsItsLanguage() {
        #expect(html("```swift\nlet a = \"<b>\"\n```") == "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code></pre>\n")
    }

    @Test func imageAltTextIsPlainAndEscaped() {
        #expect(html("![a *b* \"c\"](x.png)", MarkdownOptions(smart: false)).contains("alt=\"a b &quot;c&quot;\""))
    }

    @Test func wordsAreCounted() {
        #expect(MarkdownRenderer().render("one two  three\n\n- four", slugger: english).wordCount == 4)
    }
}
