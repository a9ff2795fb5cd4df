import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloOutput
import KoloTemplates

/// Everything the load step read from disk (`SourceCache.load`): config, theme, UI strings, pages.
struct LoadedSources: Sendable {
    let root: String
    let displayRoot: String
    let config: SiteConfig
    let theme: Theme
    let localizers: [String: Localizer]
    /// Every page decoded; emptied by a one-off build once the site is resolved from them.
    var pages: [Page]
    let warnings: [Diagnostic]

    /// The load step once, with an empty cache (for `kolo check` and `kolo i18n`).
    static func load(options: BuildOptions) async throws(DiagnosticError) -> LoadedSources {
        var cache = SourceCache(remembers: false)
        return try await cache.load(options: options, changes: .all).sources
    }

    /// How to show the site folder in messages: as given, but relative to the current folder when
    /// it is inside it (so `path:line:col` works from where `kolo` was run).
    static func displayPath(for source: String) -> String { RealPath.displayPath(for: source) }

    static func join(_ a: String, _ b: String) -> String {
        ContentTree.join(a, b)
    }
}
