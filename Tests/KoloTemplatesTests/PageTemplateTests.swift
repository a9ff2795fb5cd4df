import KoloDiagnostics
import KoloMustache
import KoloSite
import Testing
@testable import KoloTemplates

/// What a theme's templates receive and print: the values of `lang` and `site`, fragments rendered
/// once per language, cards rendered once per item, and the template chosen for each output.
struct PageTemplateTests {
    static let files = [
        "en/news/a.md": "---\ntitle: A <b>news</b>\ndate: 2024-02-01\n---\nA.",
        "en/news/b.md": "---\ntitle: B news\ndate: 2024-03-01\n---\nB.",
        "en/projects/lab.md": "---\ntitle: Lab\nstatus: active\n---\nLab.",
        "ar/news/a.md": "---\ntitle: خبر\n---\nخبر.",
    ]

    static let templates = [
        "single": "{{{fragments.header}}}|{{lang.code}} {{lang.dir}} rtl={{#lang.isRTL}}yes{{/lang.isRTL}}{{^lang.isRTL}}no{{/lang.isRTL}}|{{page.title}}",
        "list": "{{{fragments.header}}}|{{#list.items}}{{{card.h3}}};{{/list.items}}",
        "home": "home {{lang.code}}", "tags/index": "tags", "tags/term": "term", "404": "404", "chooser": "chooser",
        "fragments/header": "<header lang=\"{{lang.code}}\">{{site.title}} · {{lang.title}}</header>",
        "cards/news": "<{{heading}}>{{title}}</{{heading}}>",
        "cards/default": "<{{heading}} class=\"other\">{{title}} ({{kind}})</{{heading}}>",
    ]

    func fixture(templates: [String: String] = Self.templates) throws -> TemplateFixture {
        try TemplateFixture(Self.files, templates: templates)
    }

    @Test func langIsRTLAndDirFollowTheLanguage() throws {
        let fixture = try fixture()
        #expect(try fixture.render("/ar/news/a/").hasSuffix("|ar rtl rtl=yes|خبر"))
        #expect(try fixture.render("/en/news/a/").hasSuffix("|en ltr rtl=no|A &lt;b&gt;news&lt;/b&gt;"))
    }

    @Test func everyTemplateOfALanguageGetsTheDocumentedLangAndSiteValues() throws {
        let fixture = try fixture()
        let output = try #require(try fixture.site.outputs().first { $0.path == "/en/news/a/" })
        let context = fixture.views.context(for: output)
        let lang = try #require(context["lang"]?.object)
        for name in ["code", "name", "locale", "ogLocale", "dir", "isRTL", "title", "description", "url", "feedURL", "tagsURL", "menu"] {
            #expect(lang[TemplateKey(name)] != nil, "lang.\(name)")
        }
        #expect(lang["url"]?.string == "/hub/en/")
        #expect(lang["feedURL"]?.string == "/hub/en/atom.xml")
        let site = try #require(context["site"]?.object)
        #expect(site["title"]?.string == "Hub & Friends")
        #expect(site["basePath"]?.string == "/hub/")
        if case .int(let count)? = site["languageCount"] { #expect(count == 3) } else { Issue.record("site.languageCount is not a number") }
        #expect(site["isMultilingual"]?.bool == true)
        #expect(site["languages"]?.list?.count == 3)
    }

    @Test func fragmentsAreRenderedOncePerLanguageWithThatLanguagesValues() throws {
        let fixture = try fixture()
        #expect(try fixture.render("/en/news/a/").hasPrefix("<header lang=\"en\">Hub &amp; Friends · Hub &amp; Friends</header>|"))
        #expect(try fixture.render("/ar/news/a/").hasPrefix("<header lang=\"ar\">"))
        let fragments = try #require(fixture.views.common("ar")["fragments"]?.object)
        #expect(fragments["header"]?.string?.hasPrefix("<header lang=\"ar\">") == true)
        #expect(Array(fragments.pairs).count == 1, "only fragments/* templates are fragments")
    }

    @Test func cardsUseTheirKindsTemplateElseTheDefaultAtTheListsHeadingLevel() throws {
        let fixture = try fixture()
        #expect(try fixture.render("/en/news/").hasSuffix("|<h3>B news</h3>;<h3>A &lt;b&gt;news&lt;/b&gt;</h3>;"))
        #expect(try fixture.render("/en/projects/").hasSuffix("|<h3 class=\"other\">Lab (project)</h3>;"))
    }

    @Test func theMostSpecificTemplateIsChosenAndAMissingOneIsAnErrorNamingTheFilesLookedFor() throws {
        var templates = Self.templates
        templates["news/single"] = "news {{page.title}}"
        let specific = try fixture(templates: templates)
        #expect(try specific.render("/en/news/b/") == "news B news")
        #expect(try specific.render("/en/projects/lab/").hasSuffix("|Lab"))
        templates["single"] = nil
        let missing = try fixture(templates: templates)
        #expect(throws: DiagnosticError.self) { try missing.renderer.checkTemplates(missing.site.outputs()) }
        do {
            try missing.renderer.checkTemplates(missing.site.outputs())
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.message.contains("looked for templates/projects/single.mustache, templates/single.mustache") == true)
        }
    }
}
