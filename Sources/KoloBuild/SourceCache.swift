import Foundation
import Glibc
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloOutput
import KoloTemplates

/// The load step of the build: reads site.yaml, the theme, the UI strings, the static files and
/// `content/` into `LoadedSources`. `kolo build`, `kolo check` and `kolo i18n` load with an empty cache
/// once; a `BuildSession` keeps its cache between rebuilds, so that a change re-reads and re-decodes
/// only the files it touched.
struct SourceCache: Sendable {
    /// Whether each file's text and page are kept, to tell the next load which pages really changed
    /// (a one-off load keeps only the pages, and the files that failed to report them).
    let remembers: Bool

    struct CachedFile: Sendable {
        var entry: ContentTree.Entry
        var text: String?
        var page: Result<Page, DiagnosticError>
    }

    var configText: String?
    var config: SiteConfig?
    var theme: Theme?
    /// Per template, a fingerprint of it and of the partials and parents it reaches.
    var templateFingerprints: [String: Int] = [:]
    var localizers: [String: Localizer] = [:]
    /// Per language, a fingerprint of every strings file that language's UI strings come from.
    var stringsFingerprints: [String: Int] = [:]
    var stringWarnings: [Diagnostic] = []
    var tree: ContentTree?
    /// By absolute path.
    var files: [String: CachedFile] = [:]
    /// The pages decoded without error, in the content tree's order (kept up to date in place, so
    /// that a change to one file costs little however large the site).
    var pages: [Page] = []
    var positions: [String: Int] = [:]
    var pathOfID: [String: String] = [:]
    var failedPaths: Set<String> = []
    var decodingSettings = ""
    var staticFiles: [String: StaticFile]?

    init(remembers: Bool) {
        self.remembers = remembers
    }

    /// Brings the cache up to date with the disk for `changes`; returns the sources and the ids of
    /// the pages whose files were read again and differ (or appeared or went away).
    mutating func load(options: BuildOptions, changes requested: SourceChanges) async throws(DiagnosticError) -> (sources: LoadedSources, changedIDs: Set<String>) {
        var changes = requested
        let root = RealPath.of(options.source)
        let displayRoot = RealPath.displayPath(for: options.source)
        if changes.everything || changes.config || config == nil {
            if try loadConfig(options: options, root: root, displayRoot: displayRoot) { changes.everything = true }
        }
        guard let config else { throw DiagnosticError(.error(.config, at: nil, "site.yaml was not loaded")) }
        var themeReloaded = false
        if changes.everything || changes.templates || theme == nil || theme?.name != config.theme
            || ((changes.staticFiles || changes.strings) && !Self.foldersMatch(theme!, siteRoot: root)) {
            let loaded = try Theme.load(name: config.theme, siteRoot: root, displayRoot: displayRoot)
            if loaded.templateTexts != templateTexts || templateFingerprints.isEmpty {
                templateFingerprints = RenderFingerprints.templateFingerprints(loaded.templateTexts)
            }
            theme = loaded
            themeReloaded = true
        }
        guard let theme else { throw DiagnosticError(.error(.template, at: nil, "the theme was not loaded")) }
        if changes.everything || changes.strings || themeReloaded || localizers.isEmpty {
            var log = DiagnosticLog()
            (localizers, stringsFingerprints) = try Self.loadStrings(config: config, theme: theme, root: root, displayRoot: displayRoot, log: &log)
            stringWarnings = log.warnings
        }
        if changes.everything || changes.staticFiles || themeReloaded || staticFiles == nil {
            staticFiles = try StaticFile.scan(theme.staticFolders)
        }
        let changedIDs = await loadContent(config: config, root: root, displayRoot: displayRoot, changes: changes)
        var log = DiagnosticLog()
        log.append(contentsOf: stringWarnings)
        log.append(contentsOf: tree?.diagnostics ?? [])
        for path in failedPaths.sorted() {
            if case .failure(let error)? = files[path]?.page { log.append(contentsOf: error.diagnostics) }
        }
        try log.throwIfErrors()
        let sources = LoadedSources(root: root, displayRoot: displayRoot, config: config, theme: theme, localizers: localizers,
                                  pages: pages, warnings: log.warnings)
        // Handed over: the caller's copy is the only one, which a one-off build lets go of early.
        if !remembers { pages = [] }
        return (sources, changedIDs)
    }

    /// Effective template texts by name (the site's own over the theme's).
    var templateTexts: [String: String] { theme?.templateTexts ?? [:] }

    /// The page decoded from a file, by page id.
    func page(id: String) -> Page? {
        guard let path = pathOfID[id], case .success(let page)? = files[path]?.page else { return nil }
        return page
    }

    /// Reads site.yaml; returns true when its text differs from the last one read.
    private mutating func loadConfig(options: BuildOptions, root: String, displayRoot: String) throws(DiagnosticError) -> Bool {
        let path = root + "/site.yaml"
        let display = ContentTree.join(displayRoot, "site.yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(.error(.config, at: SourceLocation(path: display),
                                         "there is no site.yaml here; is \(options.source == "." ? "this folder" : options.source) a Kolo site?"))
        }
        let text = try ContentFile.decodeText(try readFile(path, displayPath: display, limit: 1 << 20), path: display)
        if text == configText, config != nil { return false }
        var loaded = try SiteConfig.load(text: text, displayPath: display)
        if let override = options.baseURL {
            guard let base = BaseURL(override) else {
                throw DiagnosticError(.error(.config, at: nil, "--base-url \"\(override)\" is not a URL such as https://example.org/hub/"))
            }
            loaded.baseURL = base
        }
        config = loaded
        configText = text
        return true
    }

    /// Whether the theme's lists of static and strings folders still say which of the site's own
    /// exist (they are made when the theme loads: a site's first `static/` needs a reload).
    static func foldersMatch(_ theme: Theme, siteRoot: String) -> Bool {
        theme.staticFolders.contains(siteRoot + "/static") == FileStatus.isDirectory(siteRoot + "/static")
            && theme.stringFolders.contains(siteRoot + "/i18n") == FileStatus.isDirectory(siteRoot + "/i18n")
    }
}
