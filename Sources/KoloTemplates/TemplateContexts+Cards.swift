import KoloContent
import KoloMustache
import KoloSite

extension TemplateContexts {
    func url(_ ref: PageRef) -> String {
        site.config.baseURL.relative(site.path(ref))
    }

    func permalink(_ sitePath: String) -> String {
        site.config.baseURL.absolute(sitePath)
    }

    /// A link written in front matter: site paths get the base path, full URLs stay.
    func assetURL(_ written: String) -> String {
        written.hasPrefix("/") && !written.hasPrefix("//") ? site.config.baseURL.relative(written) : written
    }

    func date(_ date: ContentDate?, in language: String) -> TemplateValue? {
        guard let date else { return nil }
        return ["iso": .string(date.isoDay), "rfc3339": .string(date.rfc3339), "text": .string(localizer(language).formatDate(date))]
    }

    /// An item in a list, as seen from a page in `language`: built once, then the same values for
    /// every list that shows the item.
    func card(_ ref: PageRef, in language: String) -> TemplateValue {
        guard let cards else { return .object(buildCard(ref, in: language)) }
        return cards.values(ref, language: language) {
            var card = buildCard(ref, in: language)
            card["card"] = .dynamic(CardView(renderer: cards, key: CardRenderer.Key(ref: ref, language: language),
                                             kind: site.pages[ref.page].kind.rawValue, values: card))
            return .object(card)
        } shown: {
            // A card found already built is still shown: tests that watch which bodies an output reads see it.
            _ = body(ref)
        }
    }

    private func buildCard(_ ref: PageRef, in language: String) -> TemplateObject {
        let page = site.pages[ref.page]
        let body = self.body(ref)
        var card: TemplateObject = ["kind": .string(page.kind.rawValue), "title": .string(page.title), "url": .string(url(ref)),
                                    "isFallback": .bool(ref.isFallback)]
        if !body.summaryHTML.isEmpty { card["summary"] = .string(body.summaryHTML) }
        if let description = page.description ?? (body.summaryText.isEmpty ? nil : body.summaryText) { card["description"] = .string(description) }
        card["date"] = date(page.date, in: language)
        if let status = status(page.status, in: language) { card["status"] = status }
        card["city"] = page.city.map(TemplateValue.string)
        card["country"] = page.country.map(TemplateValue.string)
        card["countryName"] = page.country.map { .string(localizer(language).countryName($0)) }
        card["facets"] = facets(of: page, in: language).map(TemplateValue.strings)
        card["logo"] = scriptFreePicture(page.logo).map { picture($0, alt: "", on: page.id, sizes: Self.logoSizes, className: "card-logo") }
        card["image"] = image(page)
        card["tags"] = .list(tags(page, in: ref.language))
        if page.kind == .event { card["event"] = eventValues(ref, in: language).map(TemplateValue.object) }
        let shownIn = ref.isFallback ? page.language : ref.language
        if shownIn != language {
            card["otherLanguage"] = .string(shownIn)
            card["otherLanguageName"] = .string(site.config.language(shownIn)?.name ?? shownIn)
        }
        return card
    }

    /// The member directory filters a member belongs to ("city/bitola", "tag/youth"), for scripts.
    func facets(of page: Page, in language: String) -> [String]? {
        guard page.kind == .member else { return nil }
        let slugger = site.slugger(for: language)
        let values = (page.city.map { ["city/" + slugger.slug($0)] } ?? []) + (page.country.map { ["country/" + slugger.slug($0)] } ?? [])
            + page.tags.map { "tag/" + slugger.slug($0.value) }
        return values
    }

    func status(_ status: ProjectStatus?, in language: String) -> TemplateValue? {
        guard let status else { return nil }
        return ["key": .string(status.rawValue), "label": .string(localizer(language).text("status.\(status.rawValue)"))]
    }

    public func tags(_ page: Page, in language: String) -> [TemplateValue] {
        let links = tagLinks[language] ?? [:]
        let slugger = site.slugger(for: language)
        return page.tags.compactMap { tag in
            if let link = links[tag.value] { return link }
            // A tag of a page shown in another language than its own (a fallback or a cross-language card).
            let slug = slugger.slug(tag.value)
            guard !slug.isEmpty else { return nil }
            return ["label": .string(tag.value), "slug": .string(slug), "url": .string(site.config.baseURL.relative(site.urls.tag(slug, language)))]
        }
    }

    /// Cards for the items a page names in `field`, each in the reader's language where it exists.
    func referenced(_ pageIndex: Int, field: String, in language: String) -> [TemplateValue] {
        (site.references[pageIndex][field] ?? []).compactMap { site.resolve(group: $0, in: language) }.map { card($0, in: language) }
    }

    /// Cards for the items of `section` that name this page's group, newest or alphabetical.
    func backlinks(_ pageIndex: Int, from section: String, in language: String, sameLanguageOnly: Bool) -> [TemplateValue] {
        let group = site.groupOfPage[pageIndex]
        let groups = site.backlinks[group]?[section] ?? []
        let refs = groups.compactMap { sameLanguageOnly ? site.resolveInLanguage(group: $0, language) : site.resolve(group: $0, in: language) }
        let sorted = refs.sorted { a, b in
            let (pa, pb) = (site.pages[a.page], site.pages[b.page])
            let (da, db) = (pa.date?.secondsSince1970 ?? .min, pb.date?.secondsSince1970 ?? .min)
            return da != db ? da > db : pa.id < pb.id
        }
        return sorted.map { card($0, in: language) }
    }
}
