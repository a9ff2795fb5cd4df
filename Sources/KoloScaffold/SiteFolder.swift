import Foundation
import KoloContent
import KoloDiagnostics

/// A site folder as `kolo new` needs it: its settings and the content files already there.
struct SiteFolder: Sendable {
    /// Absolute.
    let root: String
    /// How messages print the folder: relative to the current folder when inside it, "" for it.
    let displayRoot: String
    let config: SiteConfig

    init(source: String) throws(DiagnosticError) {
        root = Self.absolute(source)
        let current = Self.absolute(FileManager.default.currentDirectoryPath)
        displayRoot = root == current ? "" : root.hasPrefix(current + "/") ? String(root.dropFirst(current.count + 1)) : source
        let display = ContentTree.join(displayRoot, "site.yaml")
        guard FileManager.default.fileExists(atPath: root + "/site.yaml") else {
            throw DiagnosticError(.error(.config, at: SourceLocation(path: display),
                                         "there is no site.yaml here; is \(source == "." ? "this folder" : source) a Kolo site?"))
        }
        let bytes = try readFile(root + "/site.yaml", displayPath: display, limit: 1 << 20)
        config = try SiteConfig.load(text: try ContentFile.decodeText(bytes, path: display), displayPath: display)
    }

    func display(_ relative: String) -> String {
        ContentTree.join(displayRoot, relative)
    }

    /// Every content file of every language with its decoded page; files that do not decode are left out.
    func pages() -> [(entry: ContentTree.Entry, page: Page)] {
        let tree = ContentTree.scan(root: root, displayRoot: displayRoot, languages: config.languages.map(\.code))
        let context = PageDecodingContext(config: config)
        return tree.entries.compactMap { entry in
            guard let file = try? entry.read(), let page = try? Page.decode(file, context: context) else { return nil }
            return (entry, page)
        }
    }

    static func absolute(_ path: String) -> String {
        let text = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
