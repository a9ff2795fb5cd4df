import KoloDiagnostics
import Testing
@testable import KoloContent

struct PageDecodingTests {
    let context = PageDecodingContext(slugStyle: .ascii, timeZone: .utc)

    func decode(_ text: String, at path: String = "news/2016-07-22-fusion-lab.md", language: String = "mk") throws(DiagnosticError) -> Page {
        try Page.decode(ContentFile(language: language, pathInLanguage: path, displayPath: "content/\(language)/\(path)", text: text), context: context)
    }

    func errors(_ text: String, at path: String = "news/2016-07-22-fusion-lab.md") -> [String] {
        do {
            _ = try decode(text, at: path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func decodesANewsItem() throws {
        let page = try decode("""
        ---
        title: Лабораторија за фузија
        date: 2016-07-22
        tags: [social-enterprise, cooperation]
        projects: [fusion-lab]
        members: forum-16-bitola
        founded: 1997
        ---
        Body.
        """)
        #expect(page.kind == .news)
        #expect(page.id == "mk/news/2016-07-22-fusion-lab")
        #expect(page.fileSlug == "fusion-lab")
        #expect(page.slug == "fusion-lab")
        #expect(page.translationKey == "news/2016-07-22-fusion-lab")
        #expect(page.date?.isoDay == "2016-07-22")
        #expect(page.tags.map(\.value) == ["social-enterprise", "cooperation"])
        #expect(page.references.map { "\($0.field)=\($0.value)" } == ["projects=fusion-lab", "members=forum-16-bitola"])
        #expect(page.references[0].location == SourceLocation(path: "content/mk/news/2016-07-22-fusion-lab.md", line: 5, column: 12))
        #expect(page.params["founded"] == .int(1997))
        #expect(page.body == "Body.")
        #expect(page.bodyFirstLine == 9)
    }

    @Test func aDateInTheWrongFormatPointsAtTheValue() {
        #expect(errors("---\ntitle: A\ndate: 22/07/2016\n---\n") ==
                ["content/mk/news/2016-07-22-fusion-lab.md:3:7: error: 'date' is not a date: \"22/07/2016\" (write it as 2016-07-22, or 2016-07-22T10:00:00+02:00 with a time)"])
    }

    @Test func everyPageNeedsATitle() {
        #expect(errors("---\ndescription: x\n---\n") == [
            "content/mk/news/2016-07-22-fusion-lab.md:1:1: error: a news item needs 'title'",
        ])
    }

    @Test func unknownStatusNamesTheChoices() {
        #expect(errors("---\ntitle: P\nstatus: finished\n---\n", at: "projects/p.md") ==
                ["content/mk/projects/p.md:3:9: error: 'status' must be one of 'planned', 'active', 'completed', not \"finished\""])
    }

    @Test func tabsInYAMLAreExplained() throws {
        let messages = errors("---\ntitle: A\n\tdate: 2016-07-22\n---\n")
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("content/mk/news/2016-07-22-fusion-lab.md:3:"))
        #expect(messages[0].contains("tabs"))
    }

    @Test func duplicateKeysAreErrors() {
        let messages = errors("---\ntitle: A\ndate: 2016-07-22\ntitle: B\n---\n")
        #expect(messages.count == 1)
        #expect(messages[0].contains("duplicate key 'title'"))
    }

    @Test(arguments: ["---\n- a\n- b\n---\n", "---\njust text\n---\n"])
    func frontMatterMustBeAMapping(_ text: String) {
        let messages = errors(text, at: "about.md")
        #expect(messages.first?.hasPrefix("content/mk/about.md:2:1: error: front matter must be a mapping") == true)
    }

    @Test func slugsAreTransliteratedAndCannotEscape() throws {
        #expect(try decode("---\ntitle: A\nslug: Синергия на мрежата\n---\n", at: "projects/x.md", language: "bg").slug == "sinergia-na-mrezhata")
        #expect(try decode("---\ntitle: A\nslug: ../../etc/passwd\n---\n", at: "projects/x.md").slug == "etc-passwd")
        #expect(errors("---\ntitle: A\nslug: \"!!!\"\n---\n", at: "projects/x.md") ==
                ["content/mk/projects/x.md:3:7: error: 'slug' \"!!!\" has no letters or digits to make a URL from"])
    }

    @Test func plainPagesAndSectionIndexes() throws {
        let page = try decode("---\ntitle: Тим\n---\n", at: "about/team.md")
        #expect(page.kind == .page)
        #expect(page.folders == ["about"])
        let index = try decode("---\ntitle: Вести\n---\nIntro", at: "news/_index.md")
        #expect(index.kind == .section)
        #expect(index.section == "news")
    }

    @Test func fundersAccumulate() throws {
        let page = try decode("---\ntitle: P\nfunder: EU\nfunders: [Sida, UNDP]\n---\n", at: "projects/p.md")
        #expect(page.funders == ["EU", "Sida", "UNDP"])
    }
}
