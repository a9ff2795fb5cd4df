import KoloContent
import KoloDiagnostics
@testable import KoloSite

/// A site resolved from in-memory files: site.yaml's text and content files by path under
/// `content/` ("en/news/a.md"), as `Site.resolve` receives them from the build.
enum SiteFixture {
    static let config = """
    baseURL: https://example.org/
    defaultLanguage: en
    languages:
      - {code: en, name: English, locale: en-GB}
      - {code: mk, name: Македонски, locale: mk-MK}
    """

    /// 2025-01-01T00:00:00Z.
    static let now: Int64 = 1_735_689_600

    /// - Parameter config: site.yaml's text; `SiteFixture.config` with more keys after it, or another.
    static func resolve(_ files: [String: String], config text: String = config, options: SiteOptions = SiteOptions(now: now)) throws(DiagnosticError) -> Site {
        let config = try SiteConfig.load(text: text + "\n", displayPath: "site.yaml")
        return try Site.resolve(config: config, pages: decode(files, config: config), options: options)
    }

    /// The pages as the build decodes them, before resolving.
    static func decode(_ files: [String: String], config: SiteConfig) throws(DiagnosticError) -> [Page] {
        let context = PageDecodingContext(config: config)
        var pages: [Page] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let language = String(path.prefix { $0 != "/" })
            pages.append(try Page.decode(ContentFile(language: language, pathInLanguage: String(path.dropFirst(language.count + 1)),
                                                     displayPath: "content/" + path, text: text), context: context))
        }
        return pages
    }

    /// `decode` with the fixture's config, by page id.
    static func decodedByID(_ files: [String: String]) throws(DiagnosticError) -> [String: Page] {
        let pages = try decode(files, config: SiteConfig.load(text: config + "\n", displayPath: "site.yaml"))
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.id, $0) })
    }

    /// The error messages of a site that must not resolve, as `path:line:col: error: message`.
    static func errors(_ files: [String: String], config: String = config) -> [String] {
        do {
            _ = try resolve(files, config: config)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

extension Site {
    func index(_ id: String) -> Int? { pages.firstIndex { $0.id == id } }

    /// Titles of a language's section list, in order.
    func titles(_ section: String, in language: String) -> [String] {
        (self.language(language)?.sections[section] ?? []).map { pages[$0.page].title }
    }
}
