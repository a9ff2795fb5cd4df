import KoloContent
import KoloSite

/// What the hub's own features give templates: funders' acknowledgements, the member directory's
/// filters, the search page.
extension ViewBuilder {
    /// The acknowledgement blocks of the funders a project names (`funders:` in site.yaml).
    func acknowledgements(_ page: Page, in language: String) -> [[String: Any]] {
        site.config.funders.filter { funder in page.funders.contains(where: funder.matches) }.map { funder in
            var block: [String: Any] = ["name": funder.name, "key": funder.key]
            if let text = funder.text[language] {
                block["text"] = text
                block["textLang"] = language
            } else if let text = funder.text[site.config.defaultLanguage] {
                block["text"] = text
                block["textLang"] = site.config.defaultLanguage
            }
            if let logo = funder.logo { block["logo"] = picture(logo, alt: funder.name) }
            if let url = funder.url { block["url"] = url }
            return block
        }
    }

    /// The filter links of the member directory: `{cities, countries, tags}`, each `{label, url, count, isCurrent}`.
    func memberFilters(_ language: String, current: Int?) -> [String: Any] {
        let facets = site.language(language)?.memberFacets ?? []
        let localizer = localizer(language)
        let terms = site.language(language)?.tags ?? []
        var groups: [String: [[String: Any]]] = ["cities": [], "countries": [], "tags": []]
        for (index, facet) in facets.enumerated() {
            let label: String
            let group: String
            switch facet.kind {
            case .city: label = facet.value; group = "cities"
            case .country: label = localizer.countryName(facet.value); group = "countries"
            case .tag: label = terms.first { $0.slug == facet.slug }?.label ?? facet.value; group = "tags"
            }
            groups[group]!.append(["label": label, "kind": facet.kind.rawValue, "slug": facet.slug,
                                   "url": site.config.baseURL.relative(site.urls.memberFacet(facet, language)),
                                   "count": count(facet.members.count, in: language), "isCurrent": index == current])
        }
        var filters: [String: Any] = groups.filter { !$0.value.isEmpty }
        filters["allURL"] = site.config.baseURL.relative(site.urls.section("members", language))
        filters["isFiltered"] = current != nil
        return filters
    }

    func memberFacet(_ language: String, facet index: Int, path: String) -> [String: Any] {
        guard let facet = site.language(language)?.memberFacets[index] else { return common(language) }
        let localizer = localizer(language)
        let filters = memberFilters(language, current: index)
        let label = [filters["cities"], filters["countries"], filters["tags"]].compactMap { $0 as? [[String: Any]] }.joined()
            .first { $0["isCurrent"] as? Bool == true }?["label"] as? String ?? facet.value
        let title = "\(localizer.text("members")): \(label)"
        var context = common(language)
        context["page"] = ["kind": "list", "isList": true, "title": title, "section": "members",
                           "url": site.config.baseURL.relative(path), "permalink": permalink(path)]
        context["filter"] = ["kind": facet.kind.rawValue, "label": label]
        context["list"] = ["items": facet.members.map { card($0, in: language) }, "filters": filters,
                           "pagination": pagination(number: 1, total: 1, language: language) { _ in path }]
        context["head"] = head(title: title, description: "", path: path, alternates: [], language: language)
        context["switcher"] = switcher(current: language, target: { code in
            site.language(code)?.memberFacets.first { $0.kind == facet.kind && $0.slug == facet.slug }.map { site.urls.memberFacet($0, code) }
        }, nearest: { site.urls.section("members", $0) })
        return context
    }

    func search(_ language: String, path: String) -> [String: Any] {
        let title = localizer(language).text("search")
        var context = common(language)
        context["page"] = ["kind": "search", "title": title, "url": site.config.baseURL.relative(path), "permalink": permalink(path)]
        context["search"] = ["bundleURL": site.config.baseURL.relative("/pagefind/")]
        context["head"] = head(title: title, description: "", path: path,
                               alternates: site.config.languages.map { ($0.code, permalink(site.urls.search($0.code))) },
                               language: language, noindex: true)
        context["switcher"] = switcher(current: language, target: site.urls.search, nearest: site.urls.home)
        return context
    }
}
