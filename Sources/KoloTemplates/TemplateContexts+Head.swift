import KoloContent
import KoloMustache
import KoloSite

extension TemplateContexts {
    /// `<head>` values: title, description, canonical URL and the hreflang alternates.
    func head(title: String, description: String, path: String, alternates: [(String, String)], language: String,
              canonical: String? = nil, image: String? = nil, ogType: String = "website", noindex: Bool = false,
              xDefault: String? = nil) -> TemplateObject {
        let languageTitle = languageValues[language]?.lang["title"] ?? site.config.title
        var head: TemplateObject = [
            "title": .string(title.isEmpty || title == languageTitle ? languageTitle : "\(title) · \(languageTitle)"),
            "canonical": .string(canonical ?? permalink(path)),
            "feedURL": .string(permalink(site.urls.feed(language))),
            "ogType": .string(ogType),
            "noindex": .bool(noindex),
            "alternates": .list(Self.withDefault(alternates, defaultLanguage: site.config.defaultLanguage, xDefault: xDefault)
                .map { ["hreflang": .string($0.0), "url": .string($0.1)] }),
        ]
        if !description.isEmpty { head["description"] = .string(description) }
        // A shared link needs a description: pages without one of their own show the language's.
        let languageDescription = languageValues[language]?.lang["description"] ?? ""
        head["ogDescription"] = .string(description.isEmpty ? languageDescription : description)
        // Open Graph needs an absolute http(s) URL: a site path gets the origin; a data: picture has none.
        if let image {
            if image.contains("://") { head["image"] = .string(image) } else if image.hasPrefix("/") { head["image"] = .string(site.config.baseURL.origin + image) }
        }
        return head
    }

    /// Adds `x-default` (the given URL, else the default language's version, else the first) when there are alternates.
    static func withDefault(_ alternates: [(String, String)], defaultLanguage: String, xDefault: String? = nil) -> [(String, String)] {
        guard alternates.count > 1 else { return [] }
        let fallback = xDefault ?? (alternates.first { $0.0 == defaultLanguage } ?? alternates[0]).1
        return alternates + [("x-default", fallback)]
    }

    /// The language chooser at the root, when there is one: the page for readers of no listed language.
    var chooserURL: String? {
        site.urls.home(site.config.defaultLanguage) == "/" ? nil : permalink("/")
    }

    /// The translations of a single page, as (hreflang, absolute URL): own pages only, never fallbacks.
    func translations(of ref: PageRef) -> [(String, String)] {
        guard !ref.isFallback else { return [] }
        let group = site.groups[site.groupOfPage[ref.page]]
        return site.config.languages.compactMap { language in
            group.pages[language.code].map { (language.code, permalink(site.path(PageRef(page: $0, language: language.code, isFallback: false)))) }
        }
    }

    /// `switcher` as templates receive it.
    func switcherList(current: String, target: (String) -> String?, nearest: (String) -> String) -> TemplateValue {
        .list(switcher(current: current, target: target, nearest: nearest).map(TemplateValue.object))
    }

    /// One switcher entry per language; `target` gives the same page in that language, if there is one.
    func switcher(current: String, target: (String) -> String?, nearest: (String) -> String) -> [TemplateObject] {
        site.config.languages.map { language in
            let code = language.code
            var entry: TemplateObject = ["code": .string(code), "name": .string(language.name), "isCurrent": .bool(code == current),
                                         "ogLocale": .string(languageValues[code]?.lang["ogLocale"] ?? language.ogLocale)]
            if let path = target(code) {
                entry["url"] = .string(site.config.baseURL.relative(path))
                entry["isTranslation"] = true
            } else {
                entry["url"] = .string(site.config.baseURL.relative(nearest(code)))
                entry["isNearest"] = true
                entry["hint"] = .string(localizer(code).text("nearestHint"))
            }
            return entry
        }
    }
}

extension LanguageConfig {
    /// The locale as Open Graph writes it: `pl_PL` for `pl-PL`.
    var ogLocale: String { locale.replacing("-", with: "_") }
}
