import KoloContent
import KoloOutput
import KoloOutput
import KoloPictures
import KoloSite

/// The files pictures come from: the static folders (published at the same path) and item folders
/// (`content/en/news/2021-12-17-lyon/` beside its `index.md`, published beside the page).
struct PictureSources: Sendable {
    struct File: Sendable, Hashable {
        /// Absolute path.
        var source: String
        /// Path to print in messages.
        var display: String
        /// Output folder, relative ("images", "en/news/lyon"); "" for the top.
        var folder: String
        var name: String
        /// Static pictures keep an address of their own name (a stripped, downscaled copy).
        var keepsName: Bool

        var outputPath: String { folder.isEmpty ? name : folder + "/" + name }
        var kind: PictureKind? { PictureKind.of(fileName: name) }
        /// "lyon" of "lyon.jpg": the published copies' names start with it.
        var stem: String { name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name }
    }

    /// Static files by output path (the site's own over the theme's), pictures or not.
    var staticFiles: [String: File] = [:]
    /// Item-folder files by absolute folder ("<root>/content/en/news/lyon"), each the folder's files.
    var bundleFiles: [String: [File]] = [:]

    static func find(site: Site, root: String, displayRoot: String, staticFiles: [String: StaticFile]) -> PictureSources {
        var sources = PictureSources()
        for (path, file) in staticFiles {
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[..<$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            sources.staticFiles[path] = File(source: file.source, display: file.source.hasPrefix(root + "/") ? ContentTree.join(displayRoot, String(file.source.dropFirst(root.count + 1))) : file.source,
                                             folder: folder, name: name, keepsName: true)
        }
        for (index, page) in site.pages.enumerated() {
            guard let bundle = page.bundle else { continue }
            let own = PageRef(page: index, language: page.language, isFallback: false)
            guard let sitePath = site.paths[own] else { continue }
            let folderPath = ContentTree.join(ContentTree.join(root + "/content", page.language), bundle)
            let display = ContentTree.join(ContentTree.join(ContentTree.join(displayRoot, "content"), page.language), bundle)
            let outputFolder = String(sitePath.drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed())
            var files: [File] = []
            for name in listDirectory(folderPath).sorted() where !name.hasPrefix(".") && !name.hasSuffix(".md") {
                guard case .regular = FileKind.of(folderPath + "/" + name) else { continue }
                files.append(File(source: folderPath + "/" + name, display: display + "/" + name, folder: outputFolder, name: name, keepsName: false))
            }
            sources.bundleFiles[folderPath] = files
        }
        return sources
    }

    /// The file a page means by `written`, or nil when it names none Kolo publishes (a missing file
    /// is `kolo check`'s finding, as before).
    func file(_ written: String, on pageIndex: Int, site: Site, root: String) -> File? {
        guard !written.isEmpty, !written.hasPrefix("//"), !LinkRewriter.hasScheme(written),
              !written.utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) else { return nil }
        if written.hasPrefix("/") {
            return staticFiles[String(written.dropFirst())]
        }
        guard !written.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        for folder in site.itemFolders(ofPage: pageIndex).map({ root + "/content/" + $0 }) {
            if let file = bundleFiles[folder]?.first(where: { $0.name == written }) { return file }
        }
        return nil
    }
}
