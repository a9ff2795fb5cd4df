import KoloContent

/// What each language's lists show, in what order.
enum Listing {
    static func languageSite(_ language: LanguageConfig, site: Site, options: SiteOptions) -> LanguageListings {
        let code = language.code
        var sections: [String: [PageRef]] = [:]
        var sectionIndexes: [String: Int] = [:]
        var plainPages: [PageRef] = []
        var homeIndex: Int?
        for (groupIndex, group) in site.groups.enumerated() {
            let own = group.pages[code]
            if let own, site.pages[own].kind == .section {
                if site.pages[own].section.isEmpty { homeIndex = own } else { sectionIndexes[site.pages[own].section] = own }
                continue
            }
            // Lists show what exists in this language: its own pages, and fallbacks when the site wants them.
            guard let ref = site.resolveInLanguage(group: groupIndex, code) else { continue }
            let page = site.pages[ref.page]
            switch page.kind {
            case .news, .project, .member, .event:
                sections[page.section, default: []].append(ref)
            case .page:
                plainPages.append(ref)
                if !page.section.isEmpty && page.folders.count >= 1 { sections[page.section, default: []].append(ref) }
            case .section:
                break
            }
        }
        let sortKey = self.sortKey(in: code, options: options)
        for (section, refs) in sections {
            sections[section] = sorted(refs, section: section, pages: site.pages, sortKey: sortKey)
        }
        let events = eventLists(sections["events"] ?? [], pages: site.pages, now: options.now)
        if sections["events"] != nil { sections["events"] = events.upcoming + events.past }
        let plainSorted = plainPages.sorted { site.path($0) < site.path($1) }
        return LanguageListings(config: language, sections: sections, events: events, sectionIndexes: sectionIndexes, plainPages: plainSorted,
                            tags: tags(in: code, news: sections, plainPages: plainSorted, site: site, options: options, sortKey: sortKey), homeIndex: homeIndex,
                            memberFacets: memberFacets(sections["members"] ?? [], language: code, site: site, sortKey: sortKey))
    }

    /// Titles compare by this key: the language's collation, else lower-cased bytes.
    static func sortKey(in language: String, options: SiteOptions) -> (String) -> [UInt8] {
        { text in options.collationKey?(language, text) ?? Array(text.lowercased().utf8) }
    }

    /// An item of a list with its title's sort key.
    typealias Keyed = (ref: PageRef, title: [UInt8])

    /// News newest first; projects by status (active, planned, completed) then newest start;
    /// members and other pages by weight then title in the language's alphabet.
    static func sorted(_ refs: [PageRef], section: String, pages: [Page], sortKey: (String) -> [UInt8]) -> [PageRef] {
        refs.map { (ref: $0, title: sortKey(pages[$0.page].title)) }
            .sorted { precedes($0, $1, section: section, pages: pages) }
            .map(\.ref)
    }

    /// Whether the item at `position` of a list `sorted` made is still in order with its neighbours
    /// (after its title changed: the order is total, so that is the whole list's order).
    static func isInOrder(at position: Int, in refs: [PageRef], section: String, pages: [Page], sortKey: (String) -> [UInt8]) -> Bool {
        func keyed(_ index: Int) -> Keyed { (refs[index], sortKey(pages[refs[index].page].title)) }
        if position > 0, !precedes(keyed(position - 1), keyed(position), section: section, pages: pages) { return false }
        if position + 1 < refs.count, !precedes(keyed(position), keyed(position + 1), section: section, pages: pages) { return false }
        return true
    }

    /// The order of `sorted`: weight, then the section's own order, then title, then id.
    static func precedes(_ a: Keyed, _ b: Keyed, section: String, pages: [Page]) -> Bool {
        let (pa, pb) = (pages[a.ref.page], pages[b.ref.page])
        if (pa.weight ?? 0) != (pb.weight ?? 0) { return (pa.weight ?? 0) < (pb.weight ?? 0) }
        switch section {
        case "news":
            let (da, db) = (pa.date?.secondsSince1970 ?? .min, pb.date?.secondsSince1970 ?? .min)
            if da != db { return da > db }
        case "projects":
            let (sa, sb) = (statusOrder(pa.status), statusOrder(pb.status))
            if sa != sb { return sa < sb }
            let (da, db) = (pa.startDate?.secondsSince1970 ?? pa.date?.secondsSince1970 ?? .min,
                            pb.startDate?.secondsSince1970 ?? pb.date?.secondsSince1970 ?? .min)
            if da != db { return da > db }
        default:
            break
        }
        if a.title != b.title { return a.title.lexicographicallyPrecedes(b.title) }
        return pa.id < pb.id
    }

    /// Cities, countries and tags of the members listed in a language, with the members of each.
    static func memberFacets(_ members: [PageRef], language: String, site: Site, sortKey: (String) -> [UInt8]) -> [MemberFacet] {
        let slugger = site.slugger(for: language)
        var facets: [MemberFacet] = []
        for kind in MemberFacet.Kind.allCases {
            var byslug: [String: MemberFacet] = [:]
            for ref in members {
                let page = site.pages[ref.page]
                let values: [String]
                switch kind {
                case .city: values = page.city.map { [$0] } ?? []
                case .country: values = page.country.map { [$0] } ?? []
                case .tag: values = page.tags.map(\.value)
                }
                for value in values {
                    let slug = slugger.slug(value)
                    guard !slug.isEmpty else { continue }
                    byslug[slug, default: MemberFacet(kind: kind, slug: slug, value: value, members: [])].members.append(ref)
                }
            }
            facets += byslug.values.sorted { a, b in
                let (ka, kb) = (sortKey(a.value), sortKey(b.value))
                return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.slug < b.slug
            }
        }
        return facets
    }

    static func statusOrder(_ status: ProjectStatus?) -> Int {
        switch status {
        case .active?: return 0
        case .planned?: return 1
        case .completed?: return 2
        case nil: return 3
        }
    }

    /// Tags of this language's pages; a term's identity is its slug, so `youth` written in every
    /// language is one term everywhere.
    static func tags(in language: String, news sections: [String: [PageRef]], plainPages: [PageRef], site: Site, options: SiteOptions,
                     sortKey: (String) -> [UInt8]) -> [TagTerm] {
        let slugger = site.slugger(for: language)
        var terms: [String: TagTerm] = [:]
        // Newest news first, then events, projects, members and pages: the order a tag page lists them in.
        let kinds = ["news", "events", "projects", "members"]
        let ordered = kinds.flatMap { sections[$0] ?? [] }
            + sections.keys.sorted().filter { !kinds.contains($0) }.flatMap { sections[$0] ?? [] }
            + plainPages
        var seen: Set<PageRef> = []
        for ref in ordered where seen.insert(ref).inserted {
            for tag in site.pages[ref.page].tags {
                let slug = slugger.slug(tag.value)
                guard !slug.isEmpty else { continue }
                if terms[slug] == nil {
                    let label = options.tagLabel(language, slug) ?? options.tagLabel(language, tag.value) ?? tag.value
                    terms[slug] = TagTerm(slug: slug, label: label, language: language, pages: [])
                }
                if terms[slug]!.pages.last != ref { terms[slug]!.pages.append(ref) }
            }
        }
        return terms.values.sorted { a, b in
            let (ka, kb) = (sortKey(a.label), sortKey(b.label))
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.slug < b.slug
        }
    }
}
