/// What changed on disk since the last rebuild, sorted by what it feeds: the config, the templates,
/// the UI strings, static files or content files. Made from the paths a file watcher reported.
public struct SourceChanges: Sendable, Hashable {
    /// Everything may have changed: reload and compare it all.
    public var everything: Bool
    public var config = false
    public var templates = false
    public var strings = false
    public var staticFiles = false
    /// Absolute paths under `content/` (files or folders, present or gone).
    public var content: Set<String> = []

    public static let all = SourceChanges(everything: true)

    public init(everything: Bool) {
        self.everything = everything
    }

    /// Sorts absolute paths under the site folder `root`; `themeRoot` is the theme's folder when it
    /// lies outside the site (Kolo's own theme).
    public init(paths: some Sequence<String>, root: String, themeRoot: String? = nil) {
        everything = false
        for path in paths {
            if let themeRoot, path == themeRoot || path.hasPrefix(themeRoot + "/") {
                templates = true; strings = true; staticFiles = true
                continue
            }
            guard path.hasPrefix(root + "/") else {
                if path == root { everything = true }
                continue
            }
            let relative = path.dropFirst(root.count + 1)
            let top = relative.prefix { $0 != "/" }
            switch top {
            case "site.yaml": config = true
            case "templates": templates = true
            case "themes": templates = true; strings = true; staticFiles = true
            case "i18n": strings = true
            case "static": staticFiles = true
            case "content": content.insert(path)
            default: break
            }
        }
    }

    public var isEmpty: Bool {
        !everything && !config && !templates && !strings && !staticFiles && content.isEmpty
    }

    /// Only Markdown files under `content/` changed: no picture, folder, template or setting.
    /// Hidden files (an editor's `.post.md.tmp` before it is renamed over the post) are not content.
    var onlyMarkdownFiles: Bool {
        !everything && !config && !templates && !strings && !staticFiles
            && content.allSatisfy { $0.hasSuffix(".md") || Self.isHidden($0) }
    }

    /// A path in or under a hidden file or folder (an editor's `.post.md.tmp`, `.git`): never content.
    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    mutating func formUnion(_ other: SourceChanges) {
        everything = everything || other.everything
        config = config || other.config
        templates = templates || other.templates
        strings = strings || other.strings
        staticFiles = staticFiles || other.staticFiles
        content.formUnion(other.content)
    }
}
