import KoloContent
import KoloDiagnostics

extension NewContent {
    /// A translation keeps the original's file name, so that it joins the original's translation group,
    /// and shows the facts it takes from the original as comments: it inherits them unless it writes them.
    static func planTranslation(_ request: Request, of key: String, in site: SiteFolder) throws(DiagnosticError) -> NewContent {
        let pages = site.pages()
        let order = [site.config.defaultLanguage] + site.config.languages.map(\.code)
        let matches = Self.matches(key, among: pages, kind: request.kind, in: site)
            .sorted { (order.firstIndex(of: $0.page.language) ?? 0, $0.page.id) < (order.firstIndex(of: $1.page.language) ?? 0, $1.page.id) }
        guard let original = matches.first else {
            throw DiagnosticError(.error(.usage, at: nil,
                                         "--translation-of \"\(key)\" names no content file: give a translationKey, a file name such as fusion-lab, or a path such as content/en/news/2016-07-22-fusion-lab.md"))
        }
        // The original's translation group: the same path in another language, or the same key.
        let item = pages.filter { $0.page.translationKey == original.page.translationKey || $0.entry.pathInLanguage == original.entry.pathInLanguage }
        if let other = matches.first(where: { candidate in !item.contains { $0.page.id == candidate.page.id } }) {
            throw DiagnosticError(.error(.usage, at: nil,
                                         "--translation-of \"\(key)\" could mean \(original.entry.displayPath) or \(other.entry.displayPath); give its path"))
        }
        guard original.page.kind == request.kind.pageKind else {
            throw DiagnosticError(.error(.usage, at: SourceLocation(path: original.entry.displayPath),
                                         "this is not \(request.kind.noun); use kolo new \(Self.kindName(original.page.kind)) to translate it"))
        }
        if let existing = item.first(where: { $0.page.language == request.language }) {
            throw DiagnosticError(.error(.io, at: SourceLocation(path: existing.entry.displayPath),
                                         "this is already the \(request.language) version of \(original.entry.displayPath); kolo new never replaces a file"))
        }
        var lines = ["title: " + YAMLText.quoted(request.title)]
        if original.page.hasExplicitTranslationKey {
            lines.append("translationKey: " + YAMLText.quoted(original.page.translationKey))
        }
        let inherited = try Self.inheritedLines(of: original.entry)
        if !inherited.isEmpty {
            lines.append("# Taken from \(original.entry.displayPath) unless written here:")
            lines += inherited.map { "# " + $0 }
        }
        return try make(original.entry.pathInLanguage, language: request.language, lines: lines, in: site)
    }

    /// Content files that `key` names: by path, by translationKey, or by file name in the kind's section.
    static func matches(_ key: String, among pages: [(entry: ContentTree.Entry, page: Page)], kind: Kind,
                        in site: SiteFolder) -> [(entry: ContentTree.Entry, page: Page)] {
        let candidates = pages.filter { $0.page.kind != .section }
        if key.hasSuffix(".md") {
            let paths = Set([SiteFolder.absolute(key), SiteFolder.absolute(site.root + "/" + key)])
            return candidates.filter { paths.contains(SiteFolder.absolute($0.entry.absolutePath)) }
        }
        let section = kind.pageKind.sectionName ?? ""
        return candidates.filter { candidate in
            candidate.page.translationKey == key
                || (candidate.page.section == section && (candidate.page.fileSlug == key || candidate.page.slug == key))
        }
    }

    /// The original's front matter lines for the keys a translation inherits, as written (a list may
    /// take several lines).
    static func inheritedLines(of entry: ContentTree.Entry) throws(DiagnosticError) -> [String] {
        let file = try entry.read()
        let yaml = try FrontMatter.split(file.text, path: entry.displayPath).yaml
        var result: [String] = []
        var copying = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let continues = line.first == " " || line.first == "\t" || line.first == "-"
            if !continues {
                let name = line.prefix { $0 != ":" }
                copying = line.contains(":") && Page.languageNeutralKeys.contains(String(name))
            }
            if copying && !line.allSatisfy(\.isWhitespace) { result.append(String(line)) }
        }
        return result
    }

    static func kindName(_ kind: PageKind) -> String {
        switch kind {
        case .news: "news"
        case .project: "project"
        case .member: "member"
        case .event: "event"
        case .page, .section: "page"
        }
    }
}
