import KoloContent
import KoloLocalization
import KoloSite
import Mustache

/// Builds what a template receives for each output (see docs/templates.md). Everything shared by
/// the pages of a language is computed once in `init`; per page only the page's own parts are built.
public struct ViewBuilder: Sendable {
    public let site: Site
    let localizers: [String: Localizer]
    public let bodies: @Sendable (PageRef) -> PageBody
    var languageValues: [String: LanguageValues]
    let siteValues: SiteValues
    /// Pixel sizes of the images pages name, by the path as written (`/images/x.jpg`).
    let imageSizes: [String: ImageSize]
    /// Per language, each tag as written → its link `{label, slug, url}`: computed once, used on every card.
    let tagLinks: [String: [String: [String: String]]]
    /// Renders list items' cards once each (set by `withCards`, after the fragments).
    var cards: CardRenderer?
    /// `common(language)` of every language, built once: every page of the language starts from it.
    var commonValues: [String: TemplateValues] = [:]

    struct LanguageValues: Sendable {
        let lang: [String: String]
        let menu: [[String: String]]
        var fragments: [String: String] = [:]
    }

    struct SiteValues: Sendable {
        let basic: [String: String]
        let languages: [[String: String]]
        let copyrightYear: Int?
    }

    /// - Parameters:
    ///   - bodies: each page's rendered Markdown, in the language showing it.
    ///   The HTML rendered once per language from `fragments/*` templates comes later, with `withFragments`,
    ///   since rendering it needs the other values.
    public init(site: Site, localizers: [String: Localizer], bodies: @escaping @Sendable (PageRef) -> PageBody,
                imageSizes: [String: ImageSize] = [:]) {
        self.site = site
        self.localizers = localizers
        self.bodies = bodies
        self.imageSizes = imageSizes
        let base = site.config.baseURL
        let newest = site.pages.compactMap(\.date).max()
        siteValues = SiteValues(
            basic: ["title": site.config.title, "baseURL": base.string, "basePath": base.path],
            languages: site.config.languages.map { language in
                ["code": language.code, "name": language.name, "url": base.relative(site.urls.home(language.code)),
                 "dir": language.direction.rawValue, "title": language.title, "description": language.description,
                 "ogLocale": language.ogLocale]
            },
            copyrightYear: newest?.year
        )
        var values: [String: LanguageValues] = [:]
        for language in site.config.languages {
            let code = language.code
            let lang: [String: String] = [
                "code": code, "name": language.name, "locale": language.locale, "dir": language.direction.rawValue,
                "ogLocale": language.ogLocale,
                "title": language.title.isEmpty ? site.config.title : language.title, "description": language.description,
                "url": base.relative(site.urls.home(code)), "feedURL": base.relative(site.urls.feed(code)),
                "tagsURL": base.relative(site.urls.tags(code)),
                "searchURL": site.config.search ? base.relative(site.urls.search(code)) : "",
            ]
            let menu = language.menu.map { item -> [String: String] in
                ["name": item.name, "url": Self.menuURL(item.url, language: code, site: site), "section": Self.menuSection(item.url)]
            }
            values[code] = LanguageValues(lang: lang, menu: menu)
        }
        languageValues = values
        var links: [String: [String: [String: String]]] = [:]
        for language in site.languages {
            let slugger = site.slugger(for: language.code)
            let labels = Dictionary(language.tags.map { ($0.slug, $0.label) }, uniquingKeysWith: { first, _ in first })
            var written: [String: [String: String]] = [:]
            for ref in language.sections.values.joined() {
                for tag in site.pages[ref.page].tags where written[tag.value] == nil {
                    let slug = slugger.slug(tag.value)
                    guard !slug.isEmpty else { continue }
                    written[tag.value] = ["label": labels[slug] ?? tag.value, "slug": slug,
                                          "url": base.relative(site.urls.tag(slug, language.code))]
                }
            }
            links[language.code] = written
        }
        tagLinks = links
        commonValues = buildCommonValues()
    }

    private func buildCommonValues() -> [String: TemplateValues] {
        Dictionary(uniqueKeysWithValues: site.config.languages.map { ($0.code, TemplateValues(values: buildCommon($0.code))) })
    }

    /// This builder with each language's fragments (`fragments/*` rendered once); the rest of `init`'s
    /// work is kept, only the values every page starts from are built again.
    public func withFragments(_ fragments: [String: [String: String]]) -> ViewBuilder {
        var views = self
        for (code, rendered) in fragments { views.languageValues[code]?.fragments = rendered }
        views.commonValues = views.buildCommonValues()
        return views
    }

    /// This builder with cards: every card gets `card`, rendered by the theme's `cards/*` templates.
    public func withCards(_ theme: Theme) -> ViewBuilder {
        var views = self
        views.cards = CardRenderer(theme: theme, common: commonValues)
        return views
    }

    /// UI string keys Kolo itself looks up (statuses, notices, plural counts, section names).
    public static func stringKeysUsedByKolo(statuses: [String], memberKinds: [String]) -> Set<String> {
        Set(["fallbackNotice", "nearestHint", "pageXofY", "date.long", "membersCount", "tagCount",
             "news", "projects", "members", "tagsLabel", "notFoundTitle"]
            + statuses.map { "status.\($0)" } + memberKinds.map { "kind.\($0)" })
    }

    public func localizer(_ language: String) -> Localizer {
        localizers[language] ?? localizers[site.config.defaultLanguage]!
    }

    /// A menu URL as written: site paths get the base path; "news/" is taken relative to the language's home.
    static func menuURL(_ url: String, language: String, site: Site) -> String {
        if url.contains("://") || url.hasPrefix("mailto:") || url.hasPrefix("#") { return url }
        if url.hasPrefix("/") { return site.config.baseURL.relative(url) }
        return site.config.baseURL.relative(site.urls.home(language) + url)
    }

    static func menuSection(_ url: String) -> String {
        url.split(separator: "/").last.map(String.init) ?? ""
    }

    /// The values every template of a language receives: `site`, `lang`, `t`, `fragments`.
    func common(_ language: String) -> [String: Any] {
        commonValues[language]?.values ?? buildCommon(language)
    }

    private func buildCommon(_ language: String) -> [String: Any] {
        let values = languageValues[language] ?? languageValues[site.config.defaultLanguage]!
        var lang: [String: Any] = values.lang
        lang["menu"] = values.menu
        lang["isRTL"] = values.lang["dir"] == "rtl"
        var siteContext: [String: Any] = siteValues.basic
        siteContext["languages"] = siteValues.languages
        siteContext["languageCount"] = siteValues.languages.count
        siteContext["isMultilingual"] = siteValues.languages.count > 1
        siteContext["params"] = MustacheValue.from(.map(site.config.params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        if let year = siteValues.copyrightYear { siteContext["copyrightYear"] = year }
        siteContext["hasSearch"] = site.config.search
        return ["site": siteContext, "lang": lang, "t": StringsContext(localizer: localizer(language), prefix: ""),
                "fragments": values.fragments]
    }
}

/// Front matter values as templates see them: text, numbers, flags, lists and nested keys.
enum MustacheValue {
    static func from(_ value: ParamValue) -> Any? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.compactMap(from)
        case .map(let pairs):
            var dictionary: [String: Any] = [:]
            for (key, value) in pairs { dictionary[key] = from(value) }
            return dictionary
        case .null: return nil
        }
    }
}

extension ViewBuilder {
    /// What `fragments/*` templates receive: only what is the same on every page of the language.
    public func fragmentContext(_ language: String) -> [String: Any] {
        common(language)
    }
}
