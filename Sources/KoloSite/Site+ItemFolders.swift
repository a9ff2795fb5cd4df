import KoloContent

extension Site {
    /// The item folders where a page's relative picture name (`image: lyon.jpg`, `![…](lyon.jpg)`) is
    /// looked up, relative to `content/` ("en/news/2021-12-17-lyon"): its own, then its translations'
    /// (the original first), since a translation may use the original's pictures as it inherits its
    /// `image:`. Pages that are not item folders have none.
    public func itemFolders(ofPage pageIndex: Int) -> [String] {
        var indices = [pageIndex]
        for (_, other) in groups[groupOfPage[pageIndex]].pages.sorted(by: { $0.key < $1.key }) where other != pageIndex {
            if pages[other].language == config.defaultLanguage { indices.insert(other, at: 1) } else { indices.append(other) }
        }
        return indices.compactMap { index in
            let page = pages[index]
            return page.bundle.map { ContentTree.join(page.language, $0) }
        }
    }
}
