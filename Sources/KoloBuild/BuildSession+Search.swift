import Foundation
import KoloContent
import KoloDiagnostics

extension BuildSession {
    /// With `search: true`, indexes the pages again with Pagefind as `Build.run` does, whenever a
    /// page changed (its index files are not reported: no page needs reloading for them) — at once,
    /// or at `updateSearchIndex()` when `defersSearchIndex` is set.
    mutating func indexForSearch(_ config: SiteConfig, folder: OutputFolder, report: RebuildReport) throws(DiagnosticError) {
        guard config.search else {
            if state?.search == true { try? FileManager.default.removeItem(atPath: folder.staging + "/pagefind") }
            state?.search = false
            searchIndexIsStale = false
            return
        }
        let pagesChanged = (report.written + report.deleted).contains { $0.hasSuffix(".html") }
        guard report.scope == .everything || state?.search != true || pagesChanged || searchIndexIsStale else { return }
        searchIndexIsStale = true
        searchConfigPath = config.path
        if !defersSearchIndex { try updateSearchIndex() }
    }

    /// Runs Pagefind when pages changed since it last ran (see `defersSearchIndex`).
    public mutating func updateSearchIndex() throws(DiagnosticError) {
        guard searchIndexIsStale, state != nil, let output = options.output else { return }
        let folder = OutputFolder.inPlace(RealPath.of(output))
        try? FileManager.default.removeItem(atPath: folder.staging + "/pagefind")
        try Build.indexForSearch(folder, configPath: searchConfigPath)
        searchIndexIsStale = false
        state?.search = true
    }
}
