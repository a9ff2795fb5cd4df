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
}
