import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloMarkdown
import KoloOutput
import KoloSite
import KoloSitePictures
import KoloTemplates

/// `kolo build`: the build pipeline (`BuildSession`) run once, with an empty cache, into a staging
/// folder that replaces the output only when every step succeeded.
public enum Build {
    public static func run(_ options: BuildOptions) async throws(DiagnosticError) -> BuildReport {
        let started = Date()
        var timer = StepTimer()
        var pipeline = BuildSession(options: options, remembers: false)
        let sources = try await pipeline.load()
        let root = sources.root
        timer.lap("load")
        // Before anything is written: not into the sources, not over a folder of someone else's.
        let folder = try OutputFolder.prepare(destination: options.output ?? root + "/public",
                                              displayPath: options.output ?? ContentTree.join(sources.displayRoot, "public"),
                                              sources: SourceFolder.of(siteRoot: root, theme: sources.theme), force: options.force,
                                              shared: .pictureCache(sources.config, root: root))
        let built: BuildSession.Built
        let warnings: [Diagnostic]
        do throws(DiagnosticError) {
            // Consumed: the pipeline lets go of the pages as soon as it has resolved the site.
            built = try await pipeline.build(consume sources, into: folder, timer: &timer)
            warnings = try folder.commit()
        } catch {
            folder.discard()
            throw error
        }
        var pictureSummary = built.pictures.summary
        pictureSummary.pruned = built.pictures.pruneCache(site: built.site, root: root)
        let perLanguage = built.site.languages.map { language in
            (language.code, built.outputs.filter { $0.language == language.code && $0.file.hasSuffix(".html") }.count)
        }
        return BuildReport(pagesPerLanguage: perLanguage, filesWritten: built.report.outputCount, warnings: built.report.warnings + warnings,
                           seconds: Date().timeIntervalSince(started), outputFolder: options.output ?? root + "/public",
                           pictures: pictureSummary)
    }

    static func resolveSite(_ sources: LoadedSources, options: BuildOptions) throws(DiagnosticError) -> Site {
        try Site.resolve(config: sources.config, pages: sources.pages, options: siteOptions(options, localizers: sources.localizers))
    }

    /// What resolving needs of the build's options and the languages' strings and collations.
    static func siteOptions(_ options: BuildOptions, localizers: [String: Localizer]) -> SiteOptions {
        SiteOptions(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
            includeExpired: options.includeExpired, now: options.now,
            tagLabel: { language, key in localizers[language]?.strings.entry("tags.\(key)").flatMap { entry in
                if case .text(let text) = entry { return text }
                return nil
            } },
            collationKey: { language, text in localizers[language]?.sortKey(text) ?? Array(text.utf8) }
        )
    }

    /// Renders `fragments/*` once per language and sets up the cards (KoloTemplates does both).
    static func prepareViews(_ views: TemplateContexts, theme: Theme) throws(DiagnosticError) -> TemplateContexts { views.prepared(for: theme) }
}
