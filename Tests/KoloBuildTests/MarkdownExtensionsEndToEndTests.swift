import Foundation
import KoloFixtures
import Testing

/// Tables, footnotes, task lists, strikethrough and autolinks through a whole build, in every
/// language of a hub: Polish quotes in table cells, Macedonian footnotes with their localised
/// labels, a right-to-left table, a list page showing two posts with footnotes.
struct MarkdownExtensionsEndToEndTests {
    static let site = """
    -- site.yaml --
    title: Hub
    baseURL: https://example.org/
    defaultLanguage: en
    languages:
      - {code: en, name: English, locale: en-GB}
      - {code: pl, name: Polski, locale: pl-PL}
      - {code: mk, name: Македонски, locale: mk-MK}
      - {code: ar, name: العربية, locale: ar}
    -- content/pl/news/2021-12-17-lyon.md --
    ---
    title: Lekcje z Lyonu
    date: 2021-12-17
    ---
    Trzy inicjatywy ~~dwie~~ z Lyonu, więcej na www.example.org.

    | Inicjatywa | "Hasło" |
    |---|:-:|
    | CapServices | "Razem" -- zawsze |
    -- content/mk/news/2020-11-20-synergy.md --
    ---
    title: Синергија
    date: 2020-11-20
    ---
    Мрежата ја поддржа Фондот[^fond].

    [^fond]: Фондот за активни граѓани.
    -- content/mk/news/2020-11-21-second.md --
    ---
    title: Втора вест
    date: 2020-11-21
    ---
    Уште една белешка[^fond] и задачи:

    - [x] средба
    - [ ] партнерства

    [^fond]: Друга белешка.
    -- content/ar/news/2021-01-01-table.md --
    ---
    title: جدول الشركاء
    date: 2021-01-01
    ---
    | الشريك | البلد |
    |:--|--:|
    | بكوز | بلغاريا |
    """

    @Test func polishTableCellsGetPolishQuotesAndTheDelimiterRowNoDashes() async throws {
        let site = try FixtureSite(Self.site)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("pl/news/lyon/index.html")
        #expect(page.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabela\">"))
        #expect(page.contains("<th scope=\"col\" class=\"align-center\">„Hasło”</th>"))
        #expect(page.contains("<td class=\"align-center\">„Razem” – zawsze</td>"))
        #expect(!page.contains("|—|"))
        #expect(page.contains("<del>dwie</del>"))
        #expect(page.contains("<a href=\"http://www.example.org\">www.example.org</a>."))
        // Lists and feeds show the summary: struck text and the link's text are in it.
        let list = try site.read("pl/news/index.html")
        #expect(list.contains("Trzy inicjatywy dwie z Lyonu, więcej na www.example.org."))
    }

    @Test func macedonianFootnotesAreLocalisedAndTheirIDsAreThePagesOwn() async throws {
        let site = try FixtureSite(Self.site)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("mk/news/synergy/index.html")
        #expect(page.contains("<section class=\"footnotes\" aria-label=\"Фусноти\">"))
        #expect(page.contains("aria-label=\"Назад кон содржината\">↩</a>"))
        let reference = try #require(page.firstMatch(of: /<a href="#(fn-[^"]+-1)" id="(fnref-[^"]+-1)">1<\/a>/))
        #expect(page.contains("<li id=\"\(reference.1)\">"))
        let other = try site.read("mk/news/second/index.html")
        #expect(!other.contains("id=\"\(reference.2)\""), "another page's note has ids of its own")
        #expect(other.contains("<li class=\"task-list-item\"><label><input type=\"checkbox\" checked=\"\" disabled=\"\" /> средба</label></li>"))
        // Search indexes the article: the notes are inside it.
        let article = try #require(page.firstMatch(of: /<article[^>]*data-pagefind-body[^>]*>[\s\S]*?<\/article>/))
        #expect(article.0.contains("Фондот за активни граѓани."))
    }

    @Test func aListOfTwoPostsWithFootnotesHasNoDuplicateIDs() async throws {
        let site = try FixtureSite(Self.site)
        defer { site.cleanUp() }
        try await site.build()
        let list = try site.read("mk/news/index.html")
        #expect(list.contains("Мрежата ја поддржа Фондот."), "the summary leaves the reference out")
        let ids = list.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids)")
    }

    @Test func rightToLeftTablesAlignToTheirOwnStart() async throws {
        let site = try FixtureSite(Self.site)
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("ar/news/table/index.html")
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\""))
        #expect(page.contains("<th scope=\"col\" class=\"align-start\">الشريك</th>"))
        #expect(page.contains("<td class=\"align-end\">بلغاريا</td>"))
    }

    @Test func siteYAMLSwitchesEachExtensionOff() async throws {
        let site = try FixtureSite(Self.site.replacingOccurrences(of: "defaultLanguage: en\n",
            with: "defaultLanguage: en\nmarkdown: {tables: false, footnotes: false, strikethrough: false, tasklists: false, autolinks: false}\n"))
        defer { site.cleanUp() }
        try await site.build()
        let polish = try site.read("pl/news/lyon/index.html")
        #expect(polish.contains("~~dwie~~") && polish.contains("na www.example.org.") && !polish.contains("<table>"))
        let macedonian = try site.read("mk/news/second/index.html")
        #expect(macedonian.contains("белешка[^fond]") && macedonian.contains("<li>[x] средба</li>"))
    }
}
