import KoloContent
import KoloLocalization
import KoloMustache
import KoloSite

/// The contexts templates render with: what a template receives for each output (see
/// docs/templates.md), and the values Kolo's own writers (feeds, calendars) share with them. Named for
/// what it gives, not how (it was `ViewBuilder`, and Kolo has no views). Everything shared by the
/// pages of a language is computed once in `init`; per page only the page's own parts are built.
public struct TemplateContexts: Sendable {
    public let site: Site
    let localizers: [String: Localizer]
    /// Each page's rendered Markdown, in the language showing it: data the Markdown step made, read
    /// through `body(_:)`.
    public let bodies: [PageRef: PageBody]
    /// Tests only: told of every body an output reads (OutputDependenciesTests holds each output's
    /// `dependencies` to what it shows).
    var bodyReadObserver: (@Sendable (PageRef) -> Void)?
    var languageValues: [String: LanguageValues]
    let siteValues: SiteValues
    /// The pictures pages name, as published (ladders, cards, sizes).
    let pictures: PictureCatalog
    /// Per language, each tag as written → its link `{label, slug, url}`: computed once, used on every card.
    let tagLinks: [String: [String: TemplateValue]]
    /// Renders list items' cards once each (set by `withCards`, after the fragments).
    var cards: CardRenderer?
    /// `common(language)` of every language, built once: every page of the language starts from it.
    var commonValues: [String: TemplateObject] = [:]

    struct LanguageValues: Sendable {
        let lang: [String: String]
        let menu: [TemplateValue]
        var fragments: [String: String] = [:]
    }

    struct SiteValues: Sendable {
        let basic: [String: String]
        let languages: [TemplateValue]
        let copyrightYear: Int?
    }

    /// - Parameters:
    ///   - bodies: each page's rendered Markdown, in the language showing it.
    ///   The HTML rendered once per language from `fragments/*` templates comes later, with `withFragments`,
    ///   since rendering it needs the other values.
    public init(site: Site, localizers: [String: Localizer], bodies: [PageRef: PageBody], pictures: PictureCatalog = [:]) {
        self.site = site
        self.localizers = localizers
        self.bodies = bodies
        self.pictures = pictures
        let base = site.config.baseURL
        let newest = site.pages.compactMap(\.date).max()
        siteValues = SiteValues(
            basic: ["title": site.config.title, "baseURL": base.string, "basePath": base.path],
            languages: site.config.languages.map { language in
                ["code": .string(language.code), "name": .string(language.name), "url": .string(base.relative(site.urls.home(language.code))),
                 "dir": .string(language.direction.rawValue), "title": .string(language.title), "description": .string(language.description),
                 "ogLocale": .string(language.ogLocale)]
            },
            copyrightYear: newest?.year
        )
        var values: [String: LanguageValues] = [:]
        let hasEvents = site.hasEvents
        for language in site.config.languages {
            let code = language.code
            var lang: [String: String] = [
                "code": code, "name": language.name, "locale": language.locale, "dir": language.direction.rawValue,
                "ogLocale": language.ogLocale,
                "title": language.title.isEmpty ? site.config.title : language.title, "description": language.description,
                "url": base.relative(site.urls.home(code)), "feedURL": base.relative(site.urls.feed(code)),
                "tagsURL": base.relative(site.urls.tags(code)),
                "searchURL": site.config.search ? base.relative(site.urls.search(code)) : "",
            ]
            if hasEvents {
                // Absent on a site without events: no events list, no calendar to subscribe to.
                lang["eventsURL"] = base.relative(site.urls.section("events", code))
                lang["calendarURL"] = base.relative(site.urls.calendar(code))
            }
            let menu = language.menu.map { item -> TemplateValue in
                ["name": .string(item.name), "url": .string(Self.menuURL(item.url, language: code, site: site)),
                 "section": .string(Self.menuSection(item.url))]
            }
            values[code] = LanguageValues(lang: lang, menu: menu)
        }
        languageValues = values
        var links: [String: [String: TemplateValue]] = [:]
        for language in site.languages {
            let slugger = site.slugger(for: language.code)
            let labels = Dictionary(language.tags.map { ($0.slug, $0.label) }, uniquingKeysWith: { first, _ in first })
            var written: [String: TemplateValue] = [:]
            for ref in language.sections.values.joined() {
                for tag in site.pages[ref.page].tags where written[tag.value] == nil {
                    let slug = slugger.slug(tag.value)
                    guard !slug.isEmpty else { continue }
                    written[tag.value] = ["label": .string(labels[slug] ?? tag.value), "slug": .string(slug),
                                          "url": .string(base.relative(site.urls.tag(slug, language.code)))]
                }
            }
            links[language.code] = written
        }
        tagLinks = links
        commonValues = buildCommonValues()
    }

    func buildCommonValues() -> [String: TemplateObject] {
        Dictionary(uniqueKeysWithValues: site.config.languages.map { ($0.code, buildCommon($0.code)) })
    }

    /// UI string keys Kolo itself looks up (statuses, notices, plural counts, section names).
    public static func stringKeysUsedByKolo(statuses: [String], memberKinds: [String]) -> Set<String> {
        Set(["fallbackNotice", "nearestHint", "pageXofY", "date.long", "membersCount", "tagCount",
             "news", "projects", "members", "tagsLabel", "notFoundTitle", "events", "pastEvents"]
            + statuses.map { "status.\($0)" } + memberKinds.map { "kind.\($0)" })
    }

    /// A page's rendered Markdown in the language showing it (empty for a page without a body).
    public func body(_ ref: PageRef) -> PageBody {
        bodyReadObserver?(ref)
        return bodies[ref] ?? .empty
    }

    public func localizer(_ language: String) -> Localizer {
        guard let localizer = localizers[language] ?? localizers[site.config.defaultLanguage] else {
            preconditionFailure("no UI strings for \(language): the load step makes a localizer for every language of site.yaml")
        }
        return localizer
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
    func common(_ language: String) -> TemplateObject {
        commonValues[language] ?? buildCommon(language)
    }

    private func buildCommon(_ language: String) -> TemplateObject {
        guard let values = languageValues[language] ?? languageValues[site.config.defaultLanguage] else {
            preconditionFailure("no values for \(language): init makes them for every language of site.yaml")
        }
        var lang = TemplateObject(texts: values.lang)
        lang["menu"] = .list(values.menu)
        lang["isRTL"] = .bool(values.lang["dir"] == "rtl")
        var siteContext = TemplateObject(texts: siteValues.basic)
        siteContext["languages"] = .list(siteValues.languages)
        siteContext["languageCount"] = .int(siteValues.languages.count)
        siteContext["isMultilingual"] = .bool(siteValues.languages.count > 1)
        siteContext["params"] = TemplateValue(.map(site.config.params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        if let year = siteValues.copyrightYear { siteContext["copyrightYear"] = .int(year) }
        siteContext["hasSearch"] = .bool(site.config.search)
        return ["site": .object(siteContext), "lang": .object(lang), "t": .dynamic(StringsContext(localizer: localizer(language), prefix: "")),
                "fragments": .object(TemplateObject(texts: values.fragments))]
    }
}

extension TemplateValue {
    /// Front matter values as templates see them: text, numbers, flags, lists and nested keys; an
    /// empty text or a null is absent.
    init?(_ value: ParamValue) {
        switch value {
        case .string(let text):
            guard !text.isEmpty else { return nil }
            self = .string(text)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .bool(let flag): self = .bool(flag)
        case .list(let items): self = .list(items.compactMap(TemplateValue.init))
        case .map(let pairs): self = .object(TemplateObject(pairs.compactMap { key, value in TemplateValue(value).map { (TemplateKey(key), $0) } }))
        case .null: return nil
        }
    }
}

extension TemplateObject {
    /// Texts by name, in the order of their names (a dictionary has none of its own).
    init(texts: [String: String]) {
        self.init(texts.sorted { $0.key < $1.key }.map { (TemplateKey($0.key), .string($0.value)) })
    }
}
