import KoloContent

extension Site {
    /// Replaces some pages' Markdown in place (by index into `pages`). For rebuilds where only
    /// bodies changed: a body decides no URL, translation, list, tag or reference, so everything
    /// else stays as resolved.
    public mutating func replaceBodies(_ bodies: [Int: (text: String, firstLine: Int)]) {
        for (index, body) in bodies {
            pages[index].body = body.text
            pages[index].bodyFirstLine = body.firstLine
        }
    }

    /// Takes every page's Markdown out of the site (by page index) and forgets where its front
    /// matter was written, for a one-off build: its Markdown step lets go of each body as soon as
    /// it is rendered, and nothing after it reads either (the locations serve resolving's and the
    /// picture step's messages). Markdown is a fifth of the memory such a build holds.
    public mutating func takeBodies() -> [String] {
        var bodies: [String] = []
        bodies.reserveCapacity(pages.count)
        for index in pages.indices {
            bodies.append(pages[index].body)
            pages[index].body = ""
            pages[index].keyLocations = [:]
            pages[index].keyNameLocations = [:]
        }
        return bodies
    }

    /// True when the two sites have the same pages in the same places: the same translations, URLs,
    /// lists, tags and references, whatever the pages say. (The config is compared by the caller.)
    public func hasSameStructure(as other: Site) -> Bool {
        guard pages.count == other.pages.count, languages.count == other.languages.count else { return false }
        for index in pages.indices where pages[index].id != other.pages[index].id { return false }
        guard groupOfPage == other.groupOfPage, groups == other.groups, references == other.references,
              backlinks == other.backlinks, paths == other.paths else { return false }
        for (a, b) in zip(languages, other.languages) {
            guard a.config == b.config, a.sections == b.sections, a.sectionIndexes == b.sectionIndexes,
                  a.plainPages == b.plainPages, a.tags == b.tags, a.homeIndex == b.homeIndex else { return false }
        }
        return true
    }
}
