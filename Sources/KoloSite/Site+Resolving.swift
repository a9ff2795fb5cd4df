import KoloContent
import KoloDiagnostics
import KoloText
import Dispatch
import Synchronization

extension Site {
    /// Resolves decoded pages into a site, as a list of named steps.
    public static func resolve(config: SiteConfig, pages decoded: [Page], options: SiteOptions) throws(DiagnosticError) -> Site {
        var log = DiagnosticLog()
        let languageOrder = config.languages.map(\.code)
        var (pages, hidden) = visiblePages(decoded, options: options)
        let expired = expiredIDs(pages, config: config, options: options)
        if !expired.isEmpty {
            pages.removeAll { expired.contains($0.id) }
            hidden.formUnion(expired)
        }
        let (groups, groupOfPage) = TranslationGroups.build(pages, languageOrder: languageOrder, log: &log)
        let inherited = Inheritance.apply(to: pages, groups: groups, config: config)
        // Checked after inheritance: a translation may take its date from the original.
        for page in inherited where page.kind == .news && page.date == nil && !page.writtenKeys.contains("date") {
            if let slip = page.unknownKey(resembling: "date"), let location = page.keyNameLocations[slip] {
                log.error(.frontMatter, at: location, "a news item needs 'date' (is '\(slip)' a misspelling of it?)")
            } else {
                log.error(.frontMatter, at: SourceLocation(path: page.sourcePath), "a news item needs 'date' (for example date: 2016-07-22)")
            }
        }
        checkEvents(inherited, log: &log)
        let lookup = ReferenceLookup(pages: inherited, groups: groups, groupOfPage: groupOfPage, hidden: hidden)
        let references = inherited.map { lookup.resolve($0, log: &log) }
        try log.throwIfErrors()
        let urls = URLScheme(config: config)
        let paths = Self.paths(pages: inherited, groups: groups, groupOfPage: groupOfPage, config: config, urls: urls)
        var site = Site(config: config, urls: urls, pages: inherited, groups: groups, groupOfPage: groupOfPage,
                        languages: [], references: references, backlinks: [:], paths: paths)
        site = Site(config: config, urls: urls, pages: inherited, groups: groups, groupOfPage: groupOfPage,
                    languages: listings(config.languages, site: site, options: options),
                    references: references, backlinks: Self.backlinks(references: references, groupOfPage: groupOfPage, pages: inherited),
                    paths: paths)
        site.now = options.now
        return site
    }

    /// Each language's lists, computed side by side: they are independent, and sorting them by the
    /// languages' collations was the largest part of resolving a big site.
    static func listings(_ languages: [LanguageConfig], site: Site, options: SiteOptions) -> [LanguageListings] {
        let done = Mutex<[Int: LanguageListings]>([:])
        DispatchQueue.concurrentPerform(iterations: languages.count) { index in
            let listings = Listing.languageSite(languages[index], site: site, options: options)
            done.withLock { $0[index] = listings }
        }
        return done.withLock { done in languages.indices.map { done[$0]! } }
    }

    /// Leaves out drafts and future-dated items unless asked for; returns the ids left out, so that a
    /// reference to one is not mistaken for a typo. Expired items are left out after, by `expiredIDs`:
    /// an original dropped here would leave its translations without the expiry date they inherit.
    static func visiblePages(_ pages: [Page], options: SiteOptions) -> ([Page], Set<String>) {
        var visible: [Page] = []
        var hidden: Set<String> = []
        for page in pages.sorted(by: { $0.id < $1.id }) {
            let isDraft = page.draft && !options.includeDrafts
            let isFuture = !options.includeFuture && (page.date?.secondsSince1970 ?? .min) > options.now
            if isDraft || isFuture { hidden.insert(page.id) } else { visible.append(page) }
        }
        return (visible, hidden)
    }

    static func paths(pages: [Page], groups: [TranslationGroup], groupOfPage: [Int], config: SiteConfig, urls: URLScheme) -> [PageRef: String] {
        var paths: [PageRef: String] = [:]
        paths.reserveCapacity(pages.count * (config.untranslated == .fallback ? config.languages.count : 1))
        let sluggers = Dictionary(uniqueKeysWithValues: config.languages.map {
            ($0.code, Slugger(language: $0.code, style: config.slugStyle == .unicode ? .unicode : .ascii))
        })
        for (index, page) in pages.enumerated() {
            paths[PageRef(page: index, language: page.language, isFallback: false)] = urls.page(page, in: page.language, slugger: sluggers[page.language]!)
        }
        guard config.untranslated == .fallback else { return paths }
        for group in groups where !group.pages.isEmpty {
            let original = group.pages[config.defaultLanguage] ?? config.languages.lazy.compactMap { group.pages[$0.code] }.first!
            // Section indexes are lists, which every language has anyway.
            guard pages[original].kind != .section else { continue }
            for language in config.languages where group.pages[language.code] == nil {
                paths[PageRef(page: original, language: language.code, isFallback: true)] =
                    urls.page(pages[original], in: language.code, slugger: sluggers[language.code]!)
            }
        }
        return paths
    }

    static func backlinks(references: [[String: [Int]]], groupOfPage: [Int], pages: [Page]) -> [Int: [String: [Int]]] {
        var backlinks: [Int: [String: Set<Int>]] = [:]
        for (index, fields) in references.enumerated() {
            let from = groupOfPage[index]
            for targets in fields.values {
                for target in targets { backlinks[target, default: [:]][pages[index].section, default: []].insert(from) }
            }
        }
        return backlinks.mapValues { $0.mapValues { $0.sorted() } }
    }
}
