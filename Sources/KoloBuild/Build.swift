import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloMarkdown
import KoloSite
import KoloTemplates

/// `kolo build`: the pipeline as named steps. Each step is a pure function of the previous ones'
/// results, so that a later incremental rebuild can redo only the steps (and outputs) a change touches.
public enum Build {
    public static func run(_ options: BuildOptions) async throws(DiagnosticError) -> BuildReport {
        let started = Date()
        var timer = StepTimer()
        let sources = try await SiteSources.load(options: options)
        timer.lap("load")
        // Before anything is written: not into the sources, not over a folder of someone else's.
        let folder = try OutputFolder.prepare(destination: options.output ?? sources.root + "/public",
                                              displayPath: options.output ?? SiteSources.join(sources.displayRoot, "public"),
                                              sources: SourceFolder.of(siteRoot: sources.root, theme: sources.theme), force: options.force,
                                              shared: .pictureCache(sources.config, root: sources.root))
        do throws(DiagnosticError) {
            return try await build(sources, into: folder, options: options, started: started, timer: &timer)
        } catch {
            folder.discard()
            throw error
        }
    }

    private static func build(_ sources: SiteSources, into folder: OutputFolder, options: BuildOptions, started: Date,
                              timer: inout StepTimer) async throws(DiagnosticError) -> BuildReport {
        let site = try resolveSite(sources, options: options)
        let outputs = try site.outputs()
        timer.lap("resolve")
        let staticFiles = try StaticFile.scan(sources.theme.staticFolders)
        let pictures = try await processPictures(site: site, root: sources.root, displayRoot: sources.displayRoot, staticFiles: staticFiles,
                                                 progress: PictureProgress())
        timer.lap("pictures")
        let bodies = await renderMarkdown(site: site, sources: sources, pictures: pictures.catalog)
        timer.lap("markdown")
        let views = try prepareViews(ViewBuilder(site: site, localizers: sources.localizers, bodies: { bodies[$0] ?? .empty },
                                                    pictures: pictures.catalog), theme: sources.theme)
        defer { timer.lap("render+write") }
        let written = try await writePages(outputs, views: views, theme: sources.theme, folder: folder)
        var folders: Set<String> = []
        try folder.copyStatic(pictures.publishing(staticFiles), createdFolders: &folders)
        if site.config.search { try indexForSearch(folder, configPath: sources.config.path) }
        let warnings = try folder.commit()
        var pictureSummary = pictures.summary
        pictureSummary.pruned = pictures.pruneCache(site: site, root: sources.root)
        let perLanguage = site.languages.map { language in
            (language.code, outputs.filter { $0.language == language.code && $0.file.hasSuffix(".html") }.count)
        }
        return BuildReport(pagesPerLanguage: perLanguage, filesWritten: written, warnings: sources.warnings + warnings,
                           seconds: Date().timeIntervalSince(started), outputFolder: options.output ?? sources.root + "/public",
                           pictures: pictureSummary)
    }

    static func resolveSite(_ sources: SiteSources, options: BuildOptions) throws(DiagnosticError) -> Site {
        let localizers = sources.localizers
        let siteOptions = SiteOptions(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
            includeExpired: options.includeExpired, now: options.now,
            tagLabel: { language, key in localizers[language]?.strings.entry("tags.\(key)").flatMap { entry in
                if case .text(let text) = entry { return text }
                return nil
            } },
            collationKey: { language, text in localizers[language]?.sortKey(text) ?? Array(text.utf8) }
        )
        return try Site.resolve(config: sources.config, pages: sources.pages, options: siteOptions)
    }

    /// Renders every page body once per language that shows it (a fallback page resolves its links in
    /// the language showing it).
    static func renderMarkdown(site: Site, sources: SiteSources, pictures: PictureCatalog = [:]) async -> [PageRef: PageBody] {
        let refs = site.paths.keys.sorted { ($0.page, $0.language) < ($1.page, $1.language) }
        let resolver = LinkRewriter(site: site)
        let renderers = MarkdownRenderers(config: site.config, localizers: sources.localizers)
        let rendered = await parallelMap(refs) { ref -> (PageRef, PageBody) in
            let result = renderers.render(site.pages[ref.page], shownIn: ref.language, site: site, rewriter: resolver, pictures: pictures)
            return (ref, PageBody(html: result.html, summaryHTML: result.summaryHTML, summaryText: result.summaryText, wordCount: result.wordCount))
        }
        return Dictionary(uniqueKeysWithValues: rendered)
    }

    /// Renders `fragments/*` once per language (the parts of every page that do not depend on the
    /// page) and sets up the cards, which are rendered once each.
    static func prepareViews(_ views: ViewBuilder, theme: Theme) throws(DiagnosticError) -> ViewBuilder {
        let names = theme.templateNames.filter { $0.hasPrefix("fragments/") }.sorted()
        var fragments: [String: [String: String]] = [:]
        for language in views.site.config.languages {
            let context = views.fragmentContext(language.code)
            var rendered: [String: String] = [:]
            for name in names {
                rendered[String(name.dropFirst("fragments/".count))] = theme.library.renderText(name, context) ?? ""
            }
            fragments[language.code] = rendered
        }
        return views.withFragments(fragments).withCards(theme)
    }

    /// Renders and writes every output, in parallel; returns the number of files written.
    static func writePages(_ outputs: [OutputPage], views: ViewBuilder, theme: Theme, folder: OutputFolder) async throws(DiagnosticError) -> Int {
        let renderer = OutputRenderer(views: views, theme: theme)
        try renderer.checkTemplates(outputs)
        let chunks = stride(from: 0, to: outputs.count, by: 64).map { Array(outputs[$0..<min($0 + 64, outputs.count)]) }
        let results = await parallelMap(chunks) { chunk -> [Diagnostic] in
            var folders: Set<String> = []
            var errors: [Diagnostic] = []
            for output in chunk {
                do throws(DiagnosticError) {
                    try folder.write(renderer.bytes(for: output), to: output.file, createdFolders: &folders)
                } catch {
                    errors += error.diagnostics
                }
            }
            return errors
        }
        let errors = results.flatMap { $0 }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return outputs.count
    }
}
