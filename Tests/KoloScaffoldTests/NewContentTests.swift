import Foundation
import KoloContent
import KoloDiagnostics
import KoloScaffold
import Testing

@Suite struct NewContentTests {
    /// 2024-12-31T23:30:00Z: already 2025-01-01 in Skopje.
    static let now: Int64 = 1_735_687_800

    /// A site folder with a site.yaml in Skopje's time zone and, optionally, some content.
    final class Site {
        let root: URL

        init(_ files: [String: String] = [:]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-new-\(UUID().uuidString)")
            var all = files
            all["site.yaml"] = """
            title: Hub
            defaultLanguage: en
            timeZone: Europe/Skopje
            languages:
              - {code: en, name: English, locale: en-GB}
              - {code: mk, name: Македонски, locale: mk-MK}
            """
            for (path, text) in all {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func plan(_ kind: NewContent.Kind, _ title: String, lang: String, translationOf: String? = nil) throws(DiagnosticError) -> NewContent {
            try NewContent.plan(.init(kind: kind, title: title, language: lang, source: root.path, translationOf: translationOf, now: NewContentTests.now))
        }

        func relative(_ file: NewContent) -> String {
            String(file.path.dropFirst(root.path.count + 1))
        }

        func errors(_ kind: NewContent.Kind, _ title: String, lang: String, translationOf: String? = nil) -> [String] {
            do {
                _ = try plan(kind, title, lang: lang, translationOf: translationOf)
                return []
            } catch {
                return error.diagnostics.map { "\($0.code.rawValue): " + $0.description.replacing(root.path + "/", with: "") }
            }
        }
    }

    static let original = """
    ---
    title: Fusion Lab opens
    date: 2016-07-22
    translationKey: fusion
    description: A lab.
    tags:
      - social-enterprise
      - cooperation
    projects: [fusion-lab]
    ---
    Body.
    """

    @Test func aNewsItemIsDatedTodayInTheSitesTimeZone() throws {
        let site = try Site()
        let file = try site.plan(.news, "Лабораторија за фузија", lang: "mk")
        #expect(site.relative(file) == "content/mk/news/2025-01-01-laboratorija-za-fuzija.md")
        #expect(file.text == "---\ntitle: \"Лабораторија за фузија\"\ndate: 2025-01-01\n---\n\n")
    }

    @Test(arguments: [
        (NewContent.Kind.project, "content/en/projects/fusion-lab.md", "---\ntitle: \"Fusion Lab\"\nstatus: planned\n---\n\n"),
        (.member, "content/en/members/fusion-lab.md", "---\ntitle: \"Fusion Lab\"\nkind: organisation\n---\n\n"),
        (.page, "content/en/fusion-lab.md", "---\ntitle: \"Fusion Lab\"\n---\n\n"),
    ])
    func eachKindGetsItsFrontMatter(_ kind: NewContent.Kind, _ path: String, _ text: String) throws {
        let site = try Site()
        let file = try site.plan(kind, "Fusion Lab", lang: "en")
        #expect(site.relative(file) == path)
        #expect(file.text == text)
    }

    @Test func theFileDecodesAsItsKindWithTheTitleUnchanged() throws {
        let site = try Site()
        let title = "Say \"hi\": <script>\\ \u{7}tab\there"
        let file = try site.plan(.project, title, lang: "en")
        let page = try Page.decode(ContentFile(language: "en", pathInLanguage: "projects/x.md", displayPath: "x.md", text: file.text),
                                   context: PageDecodingContext(slugStyle: .ascii, timeZone: .utc))
        #expect(page.title == title)
        #expect(page.kind == .project)
        #expect(page.status == .planned)
    }

    @Test func anEventStartsTodayAndDecodesAsAnEvent() throws {
        let site = try Site()
        let file = try site.plan(.event, "Обука во Лион", lang: "mk")
        #expect(site.relative(file) == "content/mk/events/obuka-vo-lion.md")
        #expect(file.text.hasPrefix("---\ntitle: \"Обука во Лион\"\nstart: 2025-01-01  # the first day, or a day and time: 2025-01-01T09:00\n"))
        #expect(file.text.contains("# timeZone: Europe/Skopje"))
        let page = try Page.decode(ContentFile(language: "mk", pathInLanguage: "events/obuka-vo-lion.md", displayPath: "x.md", text: file.text),
                                   context: PageDecodingContext(slugStyle: .ascii, timeZone: .utc))
        #expect(page.kind == .event)
        #expect(page.event?.start?.isoDay == "2025-01-01" && page.event?.isAllDay == true)
    }

    @Test func writingCreatesFoldersAndNeverReplacesAFile() throws {
        let site = try Site()
        let file = try site.plan(.news, "First", lang: "en")
        try file.write()
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == file.text)
        #expect(site.errors(.news, "First", lang: "en") == [
            "io: content/en/news/2025-01-01-first.md:1:1: error: this file already exists, and kolo new never replaces a file",
        ])
        // Created between planning and writing: still refused, and left as it is.
        try "changed".write(toFile: file.path, atomically: false, encoding: .utf8)
        let error = #expect(throws: DiagnosticError.self) { try file.write() }
        #expect(error?.diagnostics.first?.message == "cannot create the file: it already exists, and kolo new never replaces a file")
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "changed")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        #expect(try Site().errors(.news, "First", lang: "de") == [
            "usage: error: unknown language \"de\": the site's languages are en, mk",
        ])
    }

    @Test func aTitleWithoutLettersIsAUsageError() throws {
        #expect(try Site().errors(.page, "?!…", lang: "en") == [
            "usage: error: the title \"?!…\" has no letters or digits to make a file name from",
        ])
    }

    @Test func anItemWithTheSameAddressIsRefused() throws {
        let site = try Site(["content/en/news/2016-07-22-first.md": "---\ntitle: First\ndate: 2016-07-22\n---\n"])
        #expect(site.errors(.news, "First!", lang: "en") == [
            "content: content/en/news/2016-07-22-first.md:1:1: error: this file already has the address that a news item titled \"First!\" would get (first); choose another title, or edit this file",
        ])
    }

    @Test(arguments: ["fusion", "fusion-lab-opens", "content/en/news/2016-07-22-fusion-lab-opens.md"])
    func aTranslationTakesTheOriginalsFileNameAndListsWhatItInherits(_ key: String) throws {
        let site = try Site(["content/en/news/2016-07-22-fusion-lab-opens.md": Self.original])
        let file = try site.plan(.news, "Лабораторија за фузија", lang: "mk", translationOf: key)
        #expect(site.relative(file) == "content/mk/news/2016-07-22-fusion-lab-opens.md")
        #expect(file.text.hasPrefix("---\ntitle: \"Лабораторија за фузија\"\ntranslationKey: \"fusion\"\n# Taken from "))
        #expect(file.text.hasSuffix("""
        content/en/news/2016-07-22-fusion-lab-opens.md unless written here:
        # date: 2016-07-22
        # tags:
        #   - social-enterprise
        #   - cooperation
        # projects: [fusion-lab]
        ---


        """))
    }

    @Test func aMemberTranslationInheritsTheOriginalsKind() throws {
        let site = try Site(["content/en/members/forum-16.md": "---\ntitle: FORUM 16\nkind: person\ncity: Bitola\n---\n"])
        let file = try site.plan(.member, "ФОРУМ 16", lang: "mk", translationOf: "forum-16")
        #expect(site.relative(file) == "content/mk/members/forum-16.md")
        #expect(file.text.hasPrefix("---\ntitle: \"ФОРУМ 16\"\n# Taken from "))
        #expect(file.text.hasSuffix(" unless written here:\n# kind: person\n# city: Bitola\n---\n\n"))
    }

    @Test func aTranslationOfNothingOrTheWrongKindOrAnExistingOneIsRefused() throws {
        let site = try Site([
            "content/en/news/2016-07-22-fusion-lab-opens.md": Self.original,
            "content/mk/news/2016-07-22-fusion-lab-opens.md": "---\ntitle: Лабораторија\n---\n",
        ])
        #expect(site.errors(.news, "X", lang: "mk", translationOf: "nothing") == [
            "usage: error: --translation-of \"nothing\" names no content file: give a translationKey, a file name such as fusion-lab, or a path such as content/en/news/2016-07-22-fusion-lab.md",
        ])
        #expect(site.errors(.project, "X", lang: "mk", translationOf: "fusion") == [
            "usage: content/en/news/2016-07-22-fusion-lab-opens.md:1:1: error: this is not a project; use kolo new news to translate it",
        ])
        #expect(site.errors(.news, "X", lang: "mk", translationOf: "fusion") == [
            "io: content/mk/news/2016-07-22-fusion-lab-opens.md:1:1: error: this is already the mk version of content/en/news/2016-07-22-fusion-lab-opens.md; kolo new never replaces a file",
        ])
    }
}
