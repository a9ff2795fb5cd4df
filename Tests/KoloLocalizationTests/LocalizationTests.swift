import KoloContent
import Testing
@testable import KoloLocalization

struct LocalizationTests {
    func date(_ text: String) -> ContentDate { ContentDate.parse(text) { _, _, _, _, _ in 0 }! }

    @Test func longDatesUseTheLanguagesMonthForms() {
        #expect(LongDateFormat(locale: "pl-PL").format(date("2017-04-24")) == "24 kwietnia 2017")
        #expect(LongDateFormat(locale: "mk-MK", pattern: "d MMMM y").format(date("2016-07-22")) == "22 јули 2016")
        #expect(LongDateFormat(locale: "en-GB").format(date("2016-07-02")) == "2 July 2016")
        #expect(LongDateFormat(locale: "bg-BG", pattern: "d MMMM y 'г'.").format(date("2020-11-20")) == "20 ноември 2020 г.")
    }

    @Test(arguments: [
        ("pl", 1, "one"), ("pl", 2, "few"), ("pl", 5, "many"), ("pl", 22, "few"), ("pl", 12, "many"), ("pl", 0, "many"),
        ("mk", 1, "one"), ("mk", 21, "one"), ("mk", 2, "other"), ("mk", 11, "other"),
        ("bg", 1, "one"), ("bg", 2, "other"),
        ("en", 1, "one"), ("en", 0, "other"),
        ("ru", 1, "one"), ("ru", 3, "few"), ("ru", 5, "many"), ("ru", 21, "one"),
        ("ar", 0, "zero"), ("ar", 1, "one"), ("ar", 2, "two"), ("ar", 3, "few"), ("ar", 11, "many"), ("ar", 100, "other"),
    ])
    func pluralCategories(_ locale: String, _ count: Int, _ category: String) throws {
        let rules = try #require(PluralRules(locale: locale))
        #expect(rules.category(for: count) == category)
    }

    @Test func pluralStringsPickTheirForm() {
        let strings = Strings(language: "pl", entries: [
            "projectsCount": .plural(["one": "{count} projekt", "few": "{count} projekty", "many": "{count} projektów", "other": "{count} projektu"]),
        ], fallback: [:])
        let localizer = Localizer(language: LanguageConfig(code: "pl", name: "Polski", locale: "pl-PL", title: "", description: "", direction: .ltr, menu: []), strings: strings)
        #expect([1, 2, 5, 22].map { localizer.plural("projectsCount", count: $0) } == ["1 projekt", "2 projekty", "5 projektów", "22 projekty"])
    }

    @Test func placeholdersAreFilledOnceEach() {
        let strings = Strings(language: "mk", entries: [
            "hint": .text("Нема превод на {language}: {language} води до {page}."),
            "braces": .text("{{count}} {unknown} {count"),
            "loop": .text("{a} и {b}"),
        ], fallback: [:])
        let localizer = Localizer(language: LanguageConfig(code: "mk", name: "Македонски", locale: "mk-MK", title: "", description: "", direction: .ltr, menu: []), strings: strings)
        #expect(localizer.text("hint", ["language": "англиски", "page": "почетна"]) == "Нема превод на англиски: англиски води до почетна.")
        // Unknown names and unclosed braces stay as written.
        #expect(localizer.text("braces", ["count": "5"]) == "{5} {unknown} {count")
        // A value is never read again as a template, whatever order the values come in.
        #expect(localizer.text("loop", ["a": "{b}", "b": "{a}"]) == "{b} и {a}")
        #expect(localizer.text("hint") == "Нема превод на {language}: {language} води до {page}.")
    }

    @Test func collationFollowsTheAlphabet() throws {
        let polish = try #require(Collator(locale: "pl"))
        #expect(["Łódź", "Lublin", "Zabrze", "Sopot", "Środa"].sorted(by: polish.compare) == ["Lublin", "Łódź", "Sopot", "Środa", "Zabrze"])
        let macedonian = try #require(Collator(locale: "mk"))
        // The Macedonian alphabet: … Г Д Ѓ Е …: Ѓ is a letter of its own after Д, not a variant of Г.
        #expect(["Ења", "Ѓорче", "Дебар", "Гостивар"].sorted(by: macedonian.compare) == ["Гостивар", "Дебар", "Ѓорче", "Ења"])
    }

    @Test func quotesPerLanguage() {
        #expect(Quotes.marks(for: "mk-MK") == ("„", "“"))
        #expect(Quotes.marks(for: "pl") == ("„", "”"))
        #expect(Quotes.marks(for: "en-GB") == ("“", "”"))
        #expect(Quotes.marks(for: "fr").opening.hasPrefix("«"))
    }

    @Test func stringsFallBackToTheDefaultLanguage() {
        let strings = Strings(language: "mk", entries: ["a": .text("А")], fallback: ["a": .text("A"), "b": .text("B")])
        #expect(strings.text("a") == "А")
        #expect(strings.text("b") == "B")
        #expect(strings.missingKeys == ["b"])
    }
}
