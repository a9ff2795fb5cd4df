import KoloContent
import KoloDiagnostics

extension Site {
    /// How many items the home page lists, and how many news items a feed carries.
    public static let homeNewsCount = 5
    public static let feedCount = 20

    /// Every file the build writes, in a fixed order. Two outputs with the same path are an error
    /// naming both.
    public func outputs() throws(DiagnosticError) -> [OutputPage] {
        var outputs: [OutputPage] = []
        let perPage = config.paginate
        let hasEvents = self.hasEvents
        for language in languages {
            let code = language.code
            let news = language.sections["news"] ?? []
            outputs.append(OutputPage(path: urls.home(code), kind: .home(language: code),
                                      dependencies: (news.prefix(Self.homeNewsCount) + language.events.upcoming.prefix(Self.homeEventCount)
                                                     + (language.sections["projects"] ?? [])).map(\.page) + (language.homeIndex.map { [$0] } ?? []),
                                      origin: "the \(code) home page"))
            // Two pages with one path (an error below) are in page order, so the error names them the same way every run.
            let byPath = paths.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key.page < $1.key.page }
            for (ref, path) in byPath where ref.language == code && pages[ref.page].kind != .section {
                outputs.append(OutputPage(path: path, kind: .single(ref), dependencies: dependencies(ofSingle: ref.page),
                                          origin: pages[ref.page].sourcePath, sourcePath: pages[ref.page].sourcePath))
            }
            let listedSections = Set(language.sections.keys).union(["news", "projects", "members"]).union(language.sectionIndexes.keys.filter { $0 != "tags" })
            for section in listedSections.sorted() where section != "events" {
                let items = language.sections[section] ?? []
                let origin = language.sectionIndexes[section].map { pages[$0].sourcePath } ?? "the \(code) \(section) list"
                outputs += paginate(items.count, perPage: perPage) { number, count, range in
                    OutputPage(path: urls.section(section, code, page: number),
                               kind: .sectionList(language: code, section: section, number: number, of: count, range: range),
                               dependencies: items[range].map(\.page) + (language.sectionIndexes[section].map { [$0] } ?? []), origin: origin)
                }
                outputs.append(firstPageRedirect(urls.section(section, code), origin: origin))
            }
            if hasEvents { outputs += eventOutputs(language) }
            outputs.append(OutputPage(path: urls.tags(code), kind: .tagIndex(language: code),
                                      dependencies: language.sectionIndexes["tags"].map { [$0] } ?? [], origin: "the \(code) tag index"))
            for (termIndex, term) in language.tags.enumerated() {
                let origin = "tag \"\(term.label)\" in \(code)"
                outputs += paginate(term.pages.count, perPage: perPage) { number, count, range in
                    OutputPage(path: urls.tag(term.slug, code, page: number),
                               kind: .tag(language: code, term: termIndex, number: number, of: count, range: range),
                               dependencies: term.pages[range].map(\.page), origin: origin)
                }
                outputs.append(firstPageRedirect(urls.tag(term.slug, code), origin: origin))
            }
            for (index, facet) in language.memberFacets.enumerated() {
                outputs.append(OutputPage(path: urls.memberFacet(facet, code), kind: .memberFacet(language: code, facet: index),
                                          dependencies: facet.members.map(\.page), origin: "the \(code) members of \(facet.kind.rawValue) \"\(facet.value)\""))
            }
            if config.search {
                outputs.append(OutputPage(path: urls.search(code), kind: .search(language: code), dependencies: [], origin: "the \(code) search page"))
            }
            outputs.append(OutputPage(path: urls.feed(code), kind: .feed(language: code),
                                      dependencies: news.prefix(Self.feedCount).map(\.page), origin: "the \(code) feed"))
            outputs.append(OutputPage(path: urls.notFound(code), kind: .notFound(language: code), dependencies: [], origin: "the \(code) 404 page"))
        }
        for (index, page) in pages.enumerated() {
            for alias in page.aliases {
                guard let path = Self.aliasPath(alias.value) else { continue }
                outputs.append(OutputPage(path: path, kind: .redirect(target: self.path(PageRef(page: index, language: page.language, isFallback: false))),
                                          dependencies: [index], origin: "alias \"\(alias.value)\" in \(page.sourcePath)", sourcePath: page.sourcePath))
            }
        }
        outputs.append(OutputPage(path: "/sitemap.xml", kind: .sitemap, dependencies: [], origin: "the sitemap"))
        outputs.append(OutputPage(path: "/robots.txt", kind: .robots, dependencies: [], origin: "robots.txt"))
        if urls.home(config.defaultLanguage) != "/" {
            // With the default language at the root, its own 404 page is already /404.html.
            outputs.append(OutputPage(path: "/404.html", kind: .notFound(language: config.defaultLanguage), dependencies: [], origin: "the site's 404 page"))
            outputs.append(OutputPage(path: "/", kind: .languageChooser, dependencies: [], origin: "the language chooser"))
        }
        try checkDuplicates(outputs)
        return outputs
    }

    /// Everything a page of an item shows: the item in every language (its switcher and hreflang), the
    /// items it names and the items that name it (in every language, as either may be the one shown).
    func dependencies(ofSingle page: Int) -> [Int] {
        let group = groupOfPage[page]
        var shown: Set<Int> = [group]
        for targets in references[page].values { shown.formUnion(targets) }
        for sources in (backlinks[group] ?? [:]).values { shown.formUnion(sources) }
        return shown.flatMap { groups[$0].pages.values }.sorted()
    }

    /// `/news/page/1/` sends readers to `/news/`, as Hugo and Zola do.
    func firstPageRedirect(_ listPath: String, origin: String) -> OutputPage {
        OutputPage(path: listPath + "page/1/", kind: .redirect(target: listPath), dependencies: [], origin: origin)
    }

    func paginate(_ count: Int, perPage: Int, _ make: (Int, Int, Range<Int>) -> OutputPage) -> [OutputPage] {
        let total = max(1, (count + perPage - 1) / perPage)
        return (1...total).map { number in
            let start = (number - 1) * perPage
            return make(number, total, start..<min(start + perPage, count))
        }
    }

    /// An alias written as a site path: segments must be plain (no "..", no control characters).
    public static func aliasPath(_ alias: String) -> String? {
        let segments = alias.split(separator: "/").map(String.init)
        guard !segments.isEmpty, segments.allSatisfy(SiteConfig.isSafePathSegmentForURL) else { return nil }
        let last = segments.last!
        return "/" + segments.joined(separator: "/") + (last.contains(".") ? "" : "/")
    }

    private func checkDuplicates(_ outputs: [OutputPage]) throws(DiagnosticError) {
        var first: [String: OutputPage] = [:]
        var log = DiagnosticLog()
        for output in outputs {
            let file = output.file
            if let other = first[file] {
                let path = output.sourcePath ?? other.sourcePath ?? config.path
                log.error(.duplicateOutput, at: SourceLocation(path: path),
                          "\(output.origin) and \(other.origin) would both write \(file); change a slug or a file name")
            } else {
                first[file] = output
            }
        }
        try log.throwIfErrors()
    }
}

extension SiteConfig {
    static func isSafePathSegmentForURL(_ segment: String) -> Bool {
        segment != "." && segment != ".." && !segment.contains("\\")
            && !segment.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
