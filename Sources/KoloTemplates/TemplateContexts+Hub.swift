import KoloContent
import KoloMustache
import KoloSite

/// What the hub's own features give templates: funders' acknowledgements, the member directory's
/// filters, the search page.
extension TemplateContexts {
    /// The acknowledgement blocks of the funders a project names (`funders:` in site.yaml).
    func acknowledgements(_ page: Page, in language: String) -> [TemplateValue] {
        site.config.funders.filter { funder in page.funders.contains(where: funder.matches) }.map { funder in
            var block: TemplateObject = ["name": .string(funder.name), "key": .string(funder.key)]
            if let text = funder.text[language] {
                block["text"] = .string(text)
                block["textLang"] = .string(language)
            } else if let text = funder.text[site.config.defaultLanguage] {
                block["text"] = .string(text)
                block["textLang"] = .string(site.config.defaultLanguage)
            }
            if let logo = funder.logo { block["logo"] = picture(logo, alt: funder.name, on: "", sizes: "12rem", className: "acknowledgement-logo") }
            if let url = funder.url { block["url"] = .string(url) }
            return .object(block)
        }
    }

    /// The filter links of the member directory: `{cities, countries, tags}`, each `{label, url, count, isCurrent}`.
    func memberFilters(_ language: String, current: Int?) -> TemplateObject {
        let facets = site.language(language)?.memberFacets ?? []
        let localizer = localizer(language)
        let terms = site.language(language)?.tags ?? []
        var groups: [String: [TemplateValue]] = ["cities": [], "countries": [], "tags": []]
        for (index, facet) in facets.enumerated() {
            let label: String
            let group: String
            switch facet.kind {
            case .city: label = facet.value; group = "cities"
            case .country: label = localizer.countryName(facet.value); group = "countries"
            case .tag: label = terms.first { $0.slug == facet.slug }?.label ?? facet.value; group = "tags"
            }
            groups[group]!.append(["label": .string(label), "kind": .string(facet.kind.rawValue), "slug": .string(facet.slug),
                                   "url": .string(site.config.baseURL.relative(site.urls.memberFacet(facet, language))),
                                   "count": count(facet.members.count, in: language), "isCurrent": .bool(index == current)])
        }
        var filters = TemplateObject()
        for group in ["cities", "countries", "tags"] where !groups[group]!.isEmpty { filters[TemplateKey(group)] = .list(groups[group]!) }
        filters["allURL"] = .string(site.config.baseURL.relative(site.urls.section("members", language)))
        filters["isFiltered"] = .bool(current != nil)
        return filters
    }

    func memberFacet(_ language: String, facet index: Int, path: String) -> TemplateObject {
        guard let facet = site.language(language)?.memberFacets[index] else { return common(language) }
        let localizer = localizer(language)
        let filters = memberFilters(language, current: index)
        let label = ["cities", "countries", "tags"].compactMap { filters[TemplateKey($0)]?.list }.joined()
            .first { $0.object?["isCurrent"]?.bool == true }?.object?["label"]?.string ?? facet.value
        let title = "\(localizer.text("members")): \(label)"
        var context = common(language)
        context["page"] = ["kind": "list", "isList": true, "title": .string(title), "section": "members",
                           "url": .string(site.config.baseURL.relative(path)), "permalink": .string(permalink(path))]
        context["filter"] = ["kind": .string(facet.kind.rawValue), "label": .string(label)]
        context["list"] = ["items": .list(facet.members.map { card($0, in: language) }), "filters": .object(filters),
                           "pagination": pagination(number: 1, total: 1, language: language) { _ in path }]
        context["head"] = .object(head(title: title, description: "", path: path, alternates: [], language: language))
        context["switcher"] = switcherList(current: language, target: { code in
            site.language(code)?.memberFacets.first { $0.kind == facet.kind && $0.slug == facet.slug }.map { site.urls.memberFacet($0, code) }
        }, nearest: { site.urls.section("members", $0) })
        return context
    }

    func search(_ language: String, path: String) -> TemplateObject {
        let title = localizer(language).text("search")
        var context = common(language)
        context["page"] = ["kind": "search", "title": .string(title), "url": .string(site.config.baseURL.relative(path)),
                           "permalink": .string(permalink(path))]
        context["search"] = ["bundleURL": .string(site.config.baseURL.relative("/pagefind/"))]
        context["head"] = .object(head(title: title, description: "", path: path,
                                       alternates: site.config.languages.map { ($0.code, permalink(site.urls.search($0.code))) },
                                       language: language, noindex: true))
        context["switcher"] = switcherList(current: language, target: site.urls.search, nearest: site.urls.home)
        return context
    }
}
