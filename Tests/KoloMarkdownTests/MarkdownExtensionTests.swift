import KoloText
import Testing
@testable import KoloMarkdown

/// Kolo's GFM extensions over cmark's tree, beyond what the conformance suites check: Kolo's own
/// output (accessible tables, localised labels, per-page footnote ids), positions, summaries, switches.
struct MarkdownExtensionTests {
    let polish = MarkdownOptions(quotes: QuotationMarks(opening: "„", closing: "”"))

    func render(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions(), prefix: String = "") -> RenderedMarkdown {
        MarkdownRenderer(options: options).render(markdown, slugger: Slugger(language: "en"), footnotePrefix: prefix)
    }

    // MARK: - Tables

    @Test func tableWithLocalQuotesInCellsAndADelimiterRowSmartPunctuationNeverSees() {
        let html = render("| Partner | \"Motto\" |\n|---|:-:|\n| BCause | \"Razem\" -- zawsze |", polish).html
        #expect(html.contains("<th scope=\"col\">Partner</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"align-center\">„Motto”</th>"))
        #expect(html.contains("<td class=\"align-center\">„Razem” – zawsze</td>"))
        #expect(!html.contains("—"), "the delimiter row is not text")
        #expect(html.hasPrefix("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">\n<table>\n<thead>"))
    }

    @Test func alignmentIsLogicalSoRightToLeftTablesAlignFromTheirStart() {
        let html = render("| الشريك | البلد |\n|:--|--:|\n| بكوز | بلغاريا |").html
        #expect(html.contains("<th scope=\"col\" class=\"align-start\">الشريك</th>"))
        #expect(html.contains("<td class=\"align-end\">بلغاريا</td>"))
    }

    @Test func tablesInsideQuotesAndListsAndAfterAParagraph() {
        let quoted = render("> | a | b |\n> |---|---|\n> | 1 | 2 |").html
        #expect(quoted.contains("<blockquote>\n<div class=\"table-scroll\""))
        #expect(quoted.contains("<td>2</td>"))
        let listed = render("- item\n\n  | a |\n  |---|\n  | *x* |").html
        #expect(listed.contains("<li>\n<p>item</p>\n<div class=\"table-scroll\""))
        #expect(listed.contains("<td><em>x</em></td>"))
        let after = render("Lead line\n| a |\n|---|\n| b |").html
        #expect(after.hasPrefix("<p>Lead line</p>\n<div class=\"table-scroll\""))
    }

    @Test func cellLinksUseThePagesReferencesAndReportTheirRowsLine() {
        let result = render("Intro\n\n| a | b |\n|---|---|\n| see [the lab][lab] | [us](/about/) |\n\n[lab]: /projects/lab/")
        #expect(result.html.contains("<td>see <a href=\"/projects/lab/\">the lab</a></td>"))
        // A reference link points at its definition, as outside tables.
        #expect(result.links.map(\.line) == [7, 5])
        #expect(result.links.map(\.column) == [8, 29])
    }

    @Test func blockSyntaxInACellStaysText() {
        let html = render("| a | b |\n|---|---|\n| # not a heading | 1. not a list |").html
        #expect(html.contains("<td># not a heading</td>"))
        #expect(html.contains("<td>1. not a list</td>"))
    }

    @Test func switchedOffTablesStayAParagraph() {
        var options = MarkdownOptions()
        options.extensions.remove(.tables)
        #expect(render("| a |\n|---|\n| b |", options).html.hasPrefix("<p>| a |"))
    }

    // MARK: - Footnotes

    @Test func footnotesAreNumberedByFirstReferenceWithPageUniqueIDsAndLocalisedBackLinks() {
        var options = MarkdownOptions()
        options.labels = MarkdownLabels(footnotes: "Фусноти", backToContent: "Назад кон содржината", table: "Табела")
        let markdown = "Прво[^b], второ[^a], пак[^b].\n\n[^a]: Белешка А.\n[^b]: Белешка Б.\n"
        let html = render(markdown, options, prefix: "mk-news-x").html
        #expect(html.contains("Прво<sup class=\"footnote-ref\"><a href=\"#fn-mk-news-x-1\" id=\"fnref-mk-news-x-1\">1</a></sup>"))
        #expect(html.contains("второ<sup class=\"footnote-ref\"><a href=\"#fn-mk-news-x-2\" id=\"fnref-mk-news-x-2\">2</a></sup>"))
        #expect(html.contains("<a href=\"#fn-mk-news-x-1\" id=\"fnref-mk-news-x-1-2\">1</a>"))
        #expect(html.contains("<section class=\"footnotes\" aria-label=\"Фусноти\">\n<ol>\n<li id=\"fn-mk-news-x-1\">\n<p>Белешка Б."))
        #expect(html.contains("<a href=\"#fnref-mk-news-x-1\" class=\"footnote-backref\" aria-label=\"Назад кон содржината\">↩</a>"))
        #expect(html.contains("<a href=\"#fnref-mk-news-x-1-2\" class=\"footnote-backref\" aria-label=\"Назад кон содржината (2)\">↩<sup>2</sup></a>"))
        #expect(html.firstRange(of: "Белешка Б.")!.lowerBound < html.firstRange(of: "Белешка А.")!.lowerBound)
    }

    @Test func summariesLeaveReferencesOutButKeepStrikethroughAndLinks() {
        let result = render("Funded by Erasmus+[^1], ~~not~~ see www.example.org.\n\n[^1]: The EU programme.")
        #expect(result.summaryHTML == "Funded by Erasmus+, <del>not</del> see <a href=\"http://www.example.org\">www.example.org</a>.")
        #expect(result.summaryText == "Funded by Erasmus+, not see www.example.org.")
    }

    @Test func publishedPicturesReplaceImagesInCellsNotesAndSummaries() {
        let markdown = "Before[^1] ![Room A & B](a.jpg) after[^2].\n\n| Photo |\n|---|\n| ![Cell](b.jpg) |\n\n[^1]: ![Note](c.jpg)\n[^2]: Text."
        let result = MarkdownRenderer().render(markdown, slugger: Slugger(language: "en"), writePicture: { destination, alt, _, ordinal in
            "<picture data-n=\"\(ordinal)\">\(destination)|\(alt)</picture>"
        })
        // The references are cut from the summary before and after the picture that replaced its <img>.
        #expect(result.summaryHTML == "Before <picture data-n=\"0\">a.jpg|Room A &amp; B</picture> after.")
        #expect(result.html.contains("<td><picture data-n=\"1\">b.jpg|Cell</picture></td>"))
        #expect(result.html.contains("<li id=\"fn1\">\n<p><picture data-n=\"2\">c.jpg|Note</picture> <a href=\"#fnref1\""))
        #expect(!result.html.contains("<img"))
    }

    @Test func undefinedReferencesAndUnusedDefinitionsAreReportedWithPositions() {
        let result = render("Intro\n\nSee this[^nope] and that[^used].\n\n[^used]: Yes.\n\n  [^Spare]: Never cited.\n")
        #expect(result.footnoteIssues == [
            .init(kind: .undefinedReference, label: "nope", line: 3, column: 9),
            .init(kind: .unusedDefinition, label: "Spare", line: 7, column: 3),
        ])
        #expect(result.html.contains("this[^nope] and"))
        #expect(!result.html.contains("Never cited"))
    }

    @Test func aFootnoteHoldsIndentedBlocksAndATable() {
        let html = render("Text[^n].\n\n[^n]: First.\n\n    | a |\n    |---|\n    | b |\n\n    Last.\n\nAfter.").html
        #expect(html.contains("<li id=\"fn1\">\n<p>First.</p>\n<div class=\"table-scroll\""))
        #expect(html.contains("<td>b</td>"))
        #expect(html.contains("<p>Last. <a href=\"#fnref1\""))
        #expect(html.contains("<p>After.</p>\n<section class=\"footnotes\""))
    }

    @Test func aHeadingNeverTakesAFootnotesID() {
        let result = render("## fn1\n\nText[^1].\n\n[^1]: Note.")
        #expect(result.headings.map(\.id) == ["fn1-1"])
        #expect(result.html.contains("<li id=\"fn1\">"))
    }

    /// Found by FuzzPage (Fuzz/Crashes/FuzzPage/heading-suffix-takes-a-footnote-id.md): the second of two
    /// `## fn-p` headings took `fn-p-1`, the id of the page's first note.
    @Test func aRepeatedHeadingsSuffixSkipsIDsAlreadyTaken() {
        let notes = render("## fn-p\n\n## fn-p\n\nText[^1].\n\n[^1]: Note.", prefix: "p")
        #expect(notes.headings.map(\.id) == ["fn-p", "fn-p-2"])
        #expect(notes.html.contains("<li id=\"fn-p-1\">"))
        let headings = render("## a-1\n\n## a\n\n## a\n\n## a-1")
        #expect(headings.headings.map(\.id) == ["a-1", "a", "a-2", "a-1-1"])
    }

    // MARK: - Strikethrough, task lists, autolinks, raw HTML

    @Test func tasksAreDisabledCheckboxesLabelledByTheirText() {
        let html = render("- [ ] open\n- [x] done *well*\n- [@] no").html
        #expect(html.contains("<li class=\"task-list-item\"><label><input type=\"checkbox\" disabled=\"\" /> open</label></li>"))
        #expect(html.contains("<li class=\"task-list-item\"><label><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done <em>well</em></label></li>"))
        #expect(html.contains("<li>[@] no</li>"))
    }

    @Test func autolinksLeaveTrailingPunctuationOutAndAreRecorded() {
        let result = render("Write to info@example.org, or see https://example.org/a_(b)). Not xhttp://x.org")
        #expect(result.html.contains("<a href=\"mailto:info@example.org\">info@example.org</a>,"))
        #expect(result.html.contains("<a href=\"https://example.org/a_(b)\">https://example.org/a_(b)</a>)."))
        #expect(result.html.contains("xhttp://x.org"))
        #expect(result.links.map(\.destination) == ["mailto:info@example.org", "https://example.org/a_(b)"])
        #expect(result.links.map(\.column) == [10, 35])
    }

    @Test func strikethroughPairsOnlyEqualRuns() {
        #expect(render("~~a **b**~~ ~c~ ~~d~ ~~~e~~~").html == "<p><del>a <strong>b</strong></del> <del>c</del> ~~d~ ~~~e~~~</p>\n")
    }

    @Test func trustedRawHTMLStillLosesGFMsDisallowedTags() {
        let html = render("<iframe src=x></iframe>\n\nText <script>x</script> <b>ok</b>", MarkdownOptions(unsafe: true)).html
        #expect(html.contains("&lt;iframe src=x>&lt;/iframe>"))
        #expect(html.contains("&lt;script>x&lt;/script> <b>ok</b>"))
    }

    // MARK: - The writer to the spec

    @Test func destinationsAreEscapedAsCmarkDoesAndTitlesAreText() {
        #expect(render("[a](foo\\bar)").html == "<p><a href=\"foo%5Cbar\">a</a></p>\n")
        #expect(render("[a](</my uri>)").html == "<p><a href=\"/my%20uri\">a</a></p>\n")
        #expect(render("[a](/ä?x=1&y='2' \"t\nu\")").html == "<p><a href=\"/%C3%A4?x=1&amp;y=&#x27;2&#x27;\" title=\"t\nu\">a</a></p>\n")
        #expect(render("```ruby\tstartline=3\nx\n```").html == "<pre><code class=\"language-ruby\">x\n</code></pre>\n")
    }
}
