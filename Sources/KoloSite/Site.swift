import KoloContent
import KoloText

/// The whole site resolved: which pages exist in which language, what they reference, where they
/// live and what lists show them. Pure data, computed once per build, read by every render.
public struct Site: Sendable {
    public let config: SiteConfig
    public let urls: URLScheme
    /// Pages that are built (drafts and future items removed unless asked for), sorted by id.
    public internal(set) var pages: [Page]
    public let groups: [TranslationGroup]
    public let groupOfPage: [Int]
    /// Site order.
    public let languages: [LanguageListings]
    /// For each page: its references resolved to groups, by front matter field, in written order.
    public let references: [[String: [Int]]]
    /// For each group: the groups whose pages reference it, by the referencing section.
    public let backlinks: [Int: [String: [Int]]]
    /// Every page's site path, own and fallback.
    public let paths: [PageRef: String]
    /// The build's "now" (seconds since 1970): what split events into upcoming and past, and left out
    /// future and expired items.
    public internal(set) var now: Int64 = 0

    public func language(_ code: String) -> LanguageListings? {
        languages.first { $0.code == code }
    }

    public func path(_ ref: PageRef) -> String {
        paths[ref] ?? "/"
    }

    public func slugger(for language: String) -> Slugger {
        Slugger(language: language, style: config.slugStyle == .unicode ? .unicode : .ascii)
    }

    /// The group's original: the default-language version, else the first in site order.
    public func original(of group: Int) -> Int? {
        let pagesByLanguage = groups[group].pages
        if let page = pagesByLanguage[config.defaultLanguage] { return page }
        for language in config.languages { if let page = pagesByLanguage[language.code] { return page } }
        return nil
    }

    /// The page a reader of `language` gets for a group: its own translation, else its fallback
    /// page when the site shows untranslated pages, else the original in its own language.
    public func resolve(group: Int, in language: String) -> PageRef? {
        if let own = groups[group].pages[language] { return PageRef(page: own, language: language, isFallback: false) }
        guard let original = original(of: group) else { return nil }
        if config.untranslated == .fallback, paths[PageRef(page: original, language: language, isFallback: true)] != nil {
            return PageRef(page: original, language: language, isFallback: true)
        }
        return PageRef(page: original, language: pages[original].language, isFallback: false)
    }

    /// Only what a reader of `language` sees in that language (own or fallback), never a jump elsewhere.
    public func resolveInLanguage(group: Int, _ language: String) -> PageRef? {
        guard let ref = resolve(group: group, in: language), ref.language == language else { return nil }
        return ref
    }
}

/// What one language's readers are shown in lists: its sections in order, its events, tags,
/// member facets and home page (`Site.languages`, in site order).
public struct LanguageListings: Sendable {
    public let config: LanguageConfig
    public var code: String { config.code }
    /// News, projects and members and any other section, in list order; fallbacks included.
    public let sections: [String: [PageRef]]
    /// The language's events split at the build's "now" (`sections["events"]` is both, upcoming first).
    public let events: EventLists
    /// Section index pages (`_index.md`) of this language, by section.
    public let sectionIndexes: [String: Int]
    public let plainPages: [PageRef]
    /// Sorted by label.
    public let tags: [TagTerm]
    /// The language's `_index.md` at its top, giving the home page's intro.
    public let homeIndex: Int?
    /// The member directory's filters: cities, countries and tags, each sorted by value.
    public let memberFacets: [MemberFacet]
}
