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

    /// Forgets every page's Markdown, for a one-off build once the bodies are rendered: nothing after
    /// the Markdown step reads it, and it is a fifth of the memory such a build holds.
    public mutating func dropBodies() {
        for index in pages.indices { pages[index].body = "" }
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
