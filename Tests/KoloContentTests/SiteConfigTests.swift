import KoloDiagnostics
import Testing
@testable import KoloContent

struct SiteConfigTests {
    func load(_ text: String) throws(DiagnosticError) -> SiteConfig {
        try SiteConfig.load(text: text, displayPath: "site.yaml")
    }

    @Test func readsTheBenchmarkShape() throws {
        let config = try load("""
        title: "Agora"
        baseURL: "https://org.github.io/hub"
        defaultLanguage: en
        paginate: 7
        languages:
          - code: mk
            name: "Македонски"
            locale: "mk-MK"
            menu:
              - {name: "Вести", url: "/mk/news/"}
          - code: en
            name: English
          - code: ar
            name: العربية
        """)
        #expect(config.languages.map(\.code) == ["mk", "en", "ar"])
        #expect(config.baseURL.origin == "https://org.github.io")
        #expect(config.baseURL.path == "/hub/")
        #expect(config.baseURL.relative("/mk/news/") == "/hub/mk/news/")
        #expect(config.paginate == 7)
        #expect(config.defaultLanguageInSubdir)
        #expect(config.languages[0].menu == [MenuItem(name: "Вести", url: "/mk/news/", weight: 0)])
        #expect(config.languages[2].direction == .rtl)
        #expect(config.theme == "default")
        #expect(config.untranslated == .hide)
    }

    @Test func theDefaultLanguageMustBeListed() {
        do {
            _ = try load("defaultLanguage: fr\nlanguages:\n  - code: mk\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "site.yaml:1:18: error: 'defaultLanguage' is \"fr\", which is not one of the languages (mk)")
        }
    }

    @Test func badValuesAreAllReported() {
        do {
            _ = try load("baseURL: not a url\npaginate: zero\nuntranslated: show\nlanguages:\n  - code: ../x\n")
            Issue.record("expected an error")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains("site.yaml:1:10: error: 'baseURL' must be a URL such as https://example.org/ or https://org.github.io/hub/, not \"not a url\""))
            #expect(messages.contains("site.yaml:2:11: error: 'paginate' must be a whole number, but it is text"))
            #expect(messages.contains("site.yaml:3:15: error: 'untranslated' must be 'hide' or 'fallback', not \"show\""))
            #expect(messages.contains { $0.hasPrefix("site.yaml:5:11: error: language code \"../x\"") })
        }
    }

    @Test func sectionPathsMustBePlainSegments() {
        do {
            _ = try load("languages:\n  - code: pl\nsections:\n  news: {pl: \"../x\"}\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.contains("one plain path segment") == true)
        }
    }
}
