import Glibc
import KoloDiagnostics

/// The Markdown files under `content/`, found but not yet read.
public struct ContentTree: Sendable {
    public struct Entry: Sendable, Hashable {
        public var language: String
        public var pathInLanguage: String
        public var absolutePath: String
        public var displayPath: String
        /// Seconds since 1970 of the file's last change, for "is this translation older than its original?".
        public var modified: Int64
    }

    /// Sorted by language (site order) then path, so every later step iterates deterministically.
    public var entries: [Entry]
    public var diagnostics: [Diagnostic]

    /// Content files larger than this are refused: no editor writes 16 MiB of Markdown by hand.
    public static let maximumFileSize = 16 << 20

    /// Walks `<root>/content/<language>/` for every configured language.
    /// - Parameters:
    ///   - root: the site folder, absolute.
    ///   - displayRoot: how to print the site folder in messages ("" for the current folder).
    public static func scan(root: String, displayRoot: String, languages: [String]) -> ContentTree {
        var tree = ContentTree(entries: [], diagnostics: [])
        let contentPath = join(root, "content")
        let contentDisplay = join(displayRoot, "content")
        guard case .directory = FileKind.of(contentPath) else {
            tree.diagnostics.append(.error(.content, at: SourceLocation(path: contentDisplay),
                                           "there is no content folder here; write pages under content/<language>/"))
            return tree
        }
        let known = Set(languages)
        for name in listDirectory(contentPath) where !name.hasPrefix(".") && !known.contains(name) {
            if case .directory = FileKind.of(join(contentPath, name)) {
                tree.diagnostics.append(.warning(.content, at: SourceLocation(path: join(contentDisplay, name)),
                                                 "folder \"\(name)\" is not one of the site's languages (\(languages.joined(separator: ", "))); its files are not built"))
            }
        }
        for language in languages {
            let path = join(contentPath, language)
            guard case .directory = FileKind.of(path) else { continue }
            var visited: Set<FileIdentity> = []
            tree.walk(directory: path, display: join(contentDisplay, language), inLanguage: "", language: language, visited: &visited)
        }
        return tree
    }

    private mutating func walk(directory: String, display: String, inLanguage: String, language: String, visited: inout Set<FileIdentity>) {
        if let identity = FileIdentity.of(directory) {
            guard visited.insert(identity).inserted else {
                diagnostics.append(.error(.content, at: SourceLocation(path: display), "this folder is reached again through a symbolic link (a loop); it is skipped"))
                return
            }
        }
        for name in listDirectory(directory) where !name.hasPrefix(".") {
            let path = ContentTree.join(directory, name)
            let shown = ContentTree.join(display, name)
            let relative = inLanguage.isEmpty ? name : inLanguage + "/" + name
            let isMarkdown = name.hasSuffix(".md")
            let kind = FileKind.of(path)
            if isMarkdown || kind.isDirectory, let problem = ContentTree.unusableName(name) {
                diagnostics.append(.error(.content, at: SourceLocation(path: ContentTree.join(display, ContentTree.printable(name))), problem))
                continue
            }
            switch kind {
            case .directory:
                if isMarkdown {
                    diagnostics.append(.error(.content, at: SourceLocation(path: shown), "\"\(name)\" is a folder, not a Markdown file; rename it"))
                } else {
                    walk(directory: path, display: shown, inLanguage: relative, language: language, visited: &visited)
                }
            case .regular:
                if isMarkdown {
                    entries.append(Entry(language: language, pathInLanguage: relative, absolutePath: path, displayPath: shown,
                                         modified: FileStatus.modificationTime(path)))
                }
            case .other(let what) where isMarkdown:
                diagnostics.append(.error(.content, at: SourceLocation(path: shown), "\"\(name)\" is \(what), not a Markdown file"))
            case .broken(let reason) where isMarkdown:
                diagnostics.append(.error(.content, at: SourceLocation(path: shown), "\"\(name)\" cannot be read: \(reason)"))
            default:
                break
            }
        }
    }

    /// Joins two path parts; an empty or "." first part means the current folder.
    public static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || a == "." { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }
}

extension ContentTree.Entry {
    /// Reads and decodes the file's text.
    public func read() throws(DiagnosticError) -> ContentFile {
        let bytes = try readFile(absolutePath, displayPath: displayPath, limit: ContentTree.maximumFileSize)
        let text = try ContentFile.decodeText(bytes, path: displayPath)
        var file = ContentFile(language: language, pathInLanguage: pathInLanguage, displayPath: displayPath, text: text)
        file.modified = modified
        return file
    }
}
