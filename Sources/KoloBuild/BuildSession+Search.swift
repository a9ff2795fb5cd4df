import Foundation
import KoloContent
import KoloDiagnostics
import KoloSearch
import KoloOutput

extension BuildSession {
    /// With `search: true`, indexes the pages with Pagefind whenever a page changed (its index files
    /// are not reported: no page needs reloading for them) — at once, or at `updateSearchIndex()`
    /// when `defersSearchIndex` is set.
    mutating func indexForSearch(_ config: SiteConfig, folder: OutputFolder, report: RebuildReport) throws(DiagnosticError) {
        guard config.search else {
            if state?.search == true { try Self.removeSearchIndex(in: folder) }
            state?.search = false
            searchIndexIsStale = false
            return
        }
        let pagesChanged = (report.written + report.deleted).contains { $0.hasSuffix(".html") }
        guard report.scope == .everything || state?.search != true || pagesChanged || searchIndexIsStale else { return }
        searchIndexIsStale = true
        searchConfigPath = config.path
        if !defersSearchIndex { try runSearchIndex(in: folder) }
    }

    /// Runs Pagefind when pages changed since it last ran (see `defersSearchIndex`).
    public mutating func updateSearchIndex() throws(DiagnosticError) {
        guard searchIndexIsStale, state != nil, let output = options.output else { return }
        try runSearchIndex(in: OutputFolder.inPlace(RealPath.of(output)))
    }

    private mutating func runSearchIndex(in folder: OutputFolder) throws(DiagnosticError) {
        try Self.removeSearchIndex(in: folder)
        try Pagefind.index(folder, configPath: searchConfigPath)
        searchIndexIsStale = false
        state?.search = true
    }

    /// Pagefind's last index, which it would otherwise add to rather than replace.
    static func removeSearchIndex(in folder: OutputFolder) throws(DiagnosticError) {
        let index = folder.staging + "/pagefind"
        guard FileManager.default.fileExists(atPath: index) else { return }
        do {
            try FileManager.default.removeItem(atPath: index)
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "cannot remove the old search index \(index): \(OutputFolder.reason(of: error))"))
        }
    }
}
