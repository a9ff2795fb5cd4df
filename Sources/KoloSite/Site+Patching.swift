import KoloContent

extension Page {
    /// Front matter that only shows on the page and where it is listed (cards, feeds, calendars):
    /// none of these decides a URL, whether or where a page is listed, a translation, a reference,
    /// a picture file or a date. A title orders a list only where weights and dates tie, which
    /// `Site.patch` checks.
    public static let displayKeys: Set<String> = ["title", "description", "imageAlt", "imageCredit", "author"]

    /// Whether `other` is this page but for its display keys and its Markdown body (and where
    /// front matter was written, which only messages name): then the site keeps its shape.
    public func differsOnlyInDisplay(from other: Page) -> Bool {
        shape == other.shape
    }

    /// The page with what `differsOnlyInDisplay` ignores blanked out.
    private var shape: Page {
        var page = self
        page.title = ""
        page.description = nil
        page.imageAlt = nil
        page.imageCredit = nil
        page.author = nil
        page.body = ""
        page.bodyFirstLine = 0
        page.fileModified = 0
        page.keyLocations = [:]
        page.keyNameLocations = [:]
        page.writtenKeys.subtract(Self.displayKeys)
        for key in Self.displayKeys { page.params[key] = nil }
        return page
    }
}

extension Site {
    /// Puts in place pages whose front matter changed only in display keys or whose Markdown body
    /// changed (`Page.differsOnlyInDisplay`), with what their translations inherit from them,
    /// instead of resolving the whole site again: on a site of 10,000 pages that is the difference
    /// between a preview that reloads at once and one that takes a second.
    ///
    /// - Parameters:
    ///   - changed: indexes into `pages` of the pages that changed.
    ///   - decoded: a page as decoded (before inheritance) by id, the new version for changed ones.
    /// - Returns: the indexes of the pages that now differ (a translation inheriting an image's alt
    ///   text from a changed original among them); nil, with the site as it was, when a new title
    ///   would move a page in a list, or a page is not what `decoded` has: then the site must be
    ///   resolved again.
    public mutating func patch(_ changed: some Sequence<Int>, decoded: (String) -> Page?, options: SiteOptions) -> Set<Int>? {
        var before: [Int: Page] = [:]
        for group in Set(changed.map { groupOfPage[$0] }).sorted() {
            for index in groups[group].pages.values {
                guard let page = decoded(pages[index].id) else {
                    restore(before)
                    return nil
                }
                before[index] = pages[index]
                pages[index] = page
            }
            Inheritance.apply(within: groups[group], to: &pages, config: config)
        }
        var patched: Set<Int> = []
        for (index, old) in before {
            let new = pages[index]
            guard new.differsOnlyInDisplay(from: old) else {
                restore(before)
                return nil
            }
            if new.title != old.title, !keepsListOrder(index, options: options) {
                restore(before)
                return nil
            }
            var unchanged = new
            unchanged.fileModified = old.fileModified
            if unchanged != old { patched.insert(index) }
        }
        return patched
    }

    private mutating func restore(_ pages: [Int: Page]) {
        for (index, page) in pages { self.pages[index] = page }
    }

    /// Whether every list showing the page (its section's, in every language showing it) is still
    /// in order with its new title. Events are listed by start, whatever their titles.
    private func keepsListOrder(_ index: Int, options: SiteOptions) -> Bool {
        let section = pages[index].section
        guard section != "events" else { return true }
        for language in languages {
            guard let refs = language.sections[section] else { continue }
            let sortKey = Listing.sortKey(in: language.code, options: options)
            for position in refs.indices where refs[position].page == index {
                guard Listing.isInOrder(at: position, in: refs, section: section, pages: pages, sortKey: sortKey) else { return false }
            }
        }
        return true
    }
}
