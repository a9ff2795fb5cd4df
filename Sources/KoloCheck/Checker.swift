import Foundation
import KoloBuild
import KoloDiagnostics
import KoloMarkdown

/// `kolo check`: everything that would make the published site wrong — broken links and anchors,
/// missing images, footnotes without a definition (or never cited), misspelt front matter keys, pictures without descriptions, UI strings with no
/// text — found without writing anything. It loads the site with the build's own steps, so the
/// build's errors (wrong types, unknown references, duplicate output paths) come first.
public struct Checker: Sendable {
    let loaded: SiteInspection
    /// Each page's Markdown, indexed like `loaded.site.pages`.
    let rendered: [RenderedMarkdown]
    let targets: SiteTargets

    /// Checks the site that `options` would build (drafts and future items only when asked for).
    public static func run(_ options: BuildOptions) async -> CheckReport {
        let loaded: SiteInspection
        do {
            loaded = try await SiteInspection.load(options)
        } catch {
            return CheckReport(diagnostics: error.diagnostics, pagesChecked: 0)
        }
        let checker = Checker(loaded: loaded, rendered: await loaded.renderMarkdown(),
                              targets: SiteTargets(outputs: loaded.outputs, staticFolders: loaded.staticFolders))
        var log = DiagnosticLog()
        log.append(contentsOf: loaded.warnings)
        checker.checkLinks(log: &log)
        checker.checkFootnotes(log: &log)
        checker.checkFrontMatter(log: &log)
        checker.checkExpiredReferences(log: &log)
        checker.checkStrings(log: &log)
        return CheckReport(diagnostics: log.diagnostics.sorted(), pagesChecked: loaded.site.pages.count)
    }

    /// Checks the site in `source` as it would be published now.
    public static func run(source: String) async -> [Diagnostic] {
        await run(BuildOptions(source: source, now: Int64(Date().timeIntervalSince1970))).diagnostics
    }
}
