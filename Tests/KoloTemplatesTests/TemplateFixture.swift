import KoloContent
import KoloLocalization
import KoloMustache
import KoloSite
@testable import KoloTemplates

/// A small site held in memory: site.yaml text, content files by path under `content/`, templates by
/// name and UI strings per language, resolved and ready to render, with no file read or written.
struct TemplateFixture {
    static let config = """
    title: Hub & Friends
    baseURL: https://example.org/hub/
    defaultLanguage: en
    timeZone: Europe/Skopje
    languages:
      - {code: en, name: English, locale: en-GB}
      - {code: mk, name: Македонски, locale: mk-MK}
      - {code: ar, name: العربية, locale: ar}
    """

    /// 2025-01-01.
    static let now: Int64 = 1_735_689_600

    let site: Site
    let theme: Theme
    let views: TemplateContexts

    /// - Parameters:
    ///   - bodies: a page's body HTML by page id; every other page's body is its id.
    init(_ files: [String: String], config: String = Self.config, templates: [String: String] = [:],
         strings: [String: [String: String]] = [:], bodies: [String: String] = [:]) throws {
        let siteConfig = try SiteConfig.load(text: config, displayPath: "site.yaml")
        let context = PageDecodingContext(config: siteConfig)
        let pages = try files.sorted { $0.key < $1.key }.map { path, text in
            let language = String(path.prefix { $0 != "/" })
            return try Page.decode(ContentFile(language: language, pathInLanguage: String(path.dropFirst(language.count + 1)),
                                               displayPath: "content/" + path, text: text), context: context)
        }
        let site = try Site.resolve(config: siteConfig, pages: pages, options: SiteOptions(now: Self.now))
        let localizers = Dictionary(uniqueKeysWithValues: siteConfig.languages.map { language in
            let entries = (strings[language.code] ?? [:]).mapValues(StringEntry.text)
            return (language.code, Localizer(language: language, strings: Strings(language: language.code, entries: entries, fallback: [:])))
        })
        let (library, errors) = TemplateLibrary.compile(templates)
        precondition(errors.isEmpty, "fixture templates: \(errors)")
        theme = Theme(name: "fixture", root: "/nonexistent", library: library, staticFolders: [], stringFolders: [],
                      usedStringKeys: [], templateTexts: templates)
        self.site = site
        let pageBodies = Dictionary(uniqueKeysWithValues: site.paths.keys.map { ref in
            let id = site.pages[ref.page].id
            let html = bodies[id] ?? "<p>\(id)</p>"
            return (ref, PageBody(html: html, summaryHTML: html, summaryText: id, wordCount: 1))
        })
        views = TemplateContexts(site: site, localizers: localizers, bodies: pageBodies).prepared(for: theme)
    }

    var renderer: OutputRenderer { OutputRenderer(views: views, theme: theme) }

    /// The text of the output at `path` (a site path: "/en/news/", "/sitemap.xml").
    func render(_ path: String) throws -> String {
        let outputs = try site.outputs()
        guard let output = outputs.first(where: { $0.path == path }) else {
            throw FixtureError("no output at \(path); there are \(outputs.map(\.path).sorted())")
        }
        return String(decoding: renderer.bytes(for: output), as: UTF8.self)
    }

    func ref(_ id: String, in language: String? = nil) throws -> PageRef {
        guard let index = site.pages.firstIndex(where: { $0.id == id }) else { throw FixtureError("no page \(id)") }
        let language = language ?? site.pages[index].language
        guard let ref = site.paths.keys.first(where: { $0.page == index && $0.language == language }) else {
            throw FixtureError("\(id) is not shown in \(language)")
        }
        return ref
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
