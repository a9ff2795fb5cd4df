import KoloContent

/// Rewrites Markdown link destinations: links to source files (`../projects/fusion-lab.md`) become
/// the permalink of that item in the language showing the page; site paths (`/mk/news/`) get the
/// base URL's path. Everything else is left as written.
public struct LinkRewriter: Sendable {
    let site: Site
    let pageByID: [String: Int]

    public init(site: Site) {
        self.site = site
        var byID: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() { byID[page.id] = index }
        pageByID = byID
    }

    public func rewrite(_ destination: String, from page: Page, shownIn language: String) -> String? {
        guard let first = destination.first, first != "#", !Self.hasScheme(destination) else { return nil }
        if first == "/" {
            if destination.hasPrefix("//") { return nil }
            return site.config.baseURL.path == "/" ? nil : site.config.baseURL.relative(destination)
        }
        let (path, fragment) = Self.splitFragment(destination)
        guard path.hasSuffix(".md"), let ref = target(ofSourcePath: path, from: page, shownIn: language) else { return nil }
        return site.config.baseURL.relative(site.path(ref)) + fragment
    }

    /// The page a link to a source file (`../projects/fusion-lab.md`, without `#fragment`) leads to
    /// when `page` is shown in `language`; nil when no built page has that file.
    public func target(ofSourcePath path: String, from page: Page, shownIn language: String) -> PageRef? {
        guard let id = Self.pageID(ofSourcePath: path, from: page) else { return nil }
        let candidates = [id, id.replacing("/index", with: "/_index")]
        if let index = candidates.lazy.compactMap({ pageByID[$0] }).first {
            return site.resolve(group: site.groupOfPage[index], in: language)
        }
        // A translator links `../projects/x.md` as the original did, but x is not translated yet: the
        // same file in another language (the default first) is the page meant.
        guard let slash = id.firstIndex(of: "/") else { return nil }
        let rest = id[slash...]
        let languages = [site.config.defaultLanguage] + site.config.languages.map(\.code)
        guard let index = languages.lazy.compactMap({ self.pageByID[$0 + rest] }).first else { return nil }
        return site.resolve(group: site.groupOfPage[index], in: language)
    }

    /// "../projects/fusion-lab.md" from a page in content/en/news/ → "en/projects/fusion-lab". Source
    /// paths are relative to the page's folder under content/; nil when the path climbs above it.
    public static func pageID(ofSourcePath path: String, from page: Page) -> String? {
        let folder = ([page.language] + page.folders).joined(separator: "/")
        guard let target = normalise(folder + "/" + path) else { return nil }
        return String(target.dropLast(3))
    }

    /// Whether a link destination starts with a URL scheme (`https:`, `mailto:`).
    public static func hasScheme(_ text: String) -> Bool {
        for character in text {
            if character == ":" { return true }
            if !(character.isLetter || character.isNumber || character == "+" || character == "-" || character == ".") { return false }
        }
        return false
    }

    static func splitFragment(_ destination: String) -> (String, String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }

    /// Resolves "." and ".." segments; nil when the path climbs above content/.
    static func normalise(_ path: String) -> String? {
        var segments: [Substring] = []
        for segment in path.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
