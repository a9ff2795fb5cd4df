/// One file the build writes, and what it shows: the unit of rendering, of parallel work and of
/// incremental rebuilds (`dependencies` says which pages' changes make it stale).
public struct OutputPage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case single(PageRef)
        case home(language: String)
        /// A page of a section's list: items `range` of `LanguageListings.sections[section]`.
        case sectionList(language: String, section: String, number: Int, of: Int, range: Range<Int>)
        /// A page of a language's events: the upcoming ones, or (`past`) the past ones; items `range` of that list.
        case events(language: String, past: Bool, number: Int, of: Int, range: Range<Int>)
        /// The language's iCalendar file: upcoming events and those of the last 90 days.
        case calendar(language: String)
        /// One event's iCalendar file ("Add to calendar").
        case eventCalendar(PageRef)
        case tagIndex(language: String)
        /// A page of a tag's list: `range` of the term's pages.
        case tag(language: String, term: Int, number: Int, of: Int, range: Range<Int>)
        /// The member directory filtered by one city, country or tag (`LanguageListings.memberFacets[facet]`).
        case memberFacet(language: String, facet: Int)
        /// The search page of a language (when the site has `search: true`).
        case search(language: String)
        case notFound(language: String)
        case feed(language: String)
        case sitemap
        case robots
        /// The root page that lets a visitor choose a language.
        case languageChooser
        /// A page that sends the browser on to `target` (a site path), for old URLs and `/page/1/`.
        case redirect(target: String)
    }

    /// Site path: "/mk/news/fusion-lab/" or "/sitemap.xml".
    public var path: String
    public var kind: Kind
    /// Indexes of the pages whose content this output shows.
    public var dependencies: [Int]
    /// What produced this output, for "two pages write the same file" messages.
    public var origin: String
    /// The content file behind it, if one is: where a duplicate-path error points.
    public var sourcePath: String? = nil

    public var language: String? {
        switch kind {
        case .single(let ref), .eventCalendar(let ref): return ref.language
        case .events(let l, _, _, _, _), .calendar(let l): return l
        case .home(let l), .sectionList(let l, _, _, _, _), .tagIndex(let l), .tag(let l, _, _, _, _), .notFound(let l), .feed(let l),
             .memberFacet(let l, _), .search(let l):
            return l
        case .sitemap, .robots, .languageChooser, .redirect:
            return nil
        }
    }

    /// The file under the output folder.
    public var file: String { URLScheme.outputFile(for: path) }
}
