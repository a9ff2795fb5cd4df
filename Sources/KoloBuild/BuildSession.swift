import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloOutput
import KoloSite
import KoloSitePictures
import KoloTemplates

/// The build pipeline, for `kolo build` and `kolo serve` alike:
///
///     load (SourceCache) → resolve → pictures → Markdown (BodyCache) → fragments and cards
///       → render what is stale (OutputRenderer) → write → static files → search index
///
/// `kolo build` runs it once with an empty cache into a staging folder that `OutputFolder.commit`
/// swaps in (`Build.run`); `kolo serve` keeps one session alive and calls `rebuild` after each
/// change, which re-reads only the files that changed, skips resolving when only Markdown bodies
/// and display keys such as titles changed (the last site is patched in place, `Site.patch`) and
/// re-renders only the outputs that show what changed. Either way the folder ends up byte for byte the same.
///
/// Where the cache lives: in this value, in memory, for as long as a preview runs. A `kolo build`
/// does not keep one (`remembers` is false) and none is written to disk: a cold build of 10,000
/// pages takes a few seconds, and a disk cache would save only the decoding and Markdown steps
/// while every file would still have to be read and compared, and a stale cache could publish
/// an old page. Pictures are the exception, seconds each: their cache is `.kolo-cache/`.
public struct BuildSession: Sendable {
    public let options: BuildOptions
    /// Whether the session keeps what a later rebuild needs (page texts, rendered bodies, each
    /// output's fingerprint and the pages it shows); a one-off build saves the time and memory.
    let remembers: Bool
    var sources: SourceCache
    var bodyCache: BodyCache
    var state: State?
    /// Changes not yet built successfully (a failed rebuild keeps them for the next one).
    var pending = SourceChanges.all
    var pendingIDs: Set<String> = []
    /// Set once the session has written into its folder: only then may it empty it.
    var ownsFolder = false
    /// With `search: true`: leave Pagefind's index to `updateSearchIndex()` (a preview runs it
    /// after telling the browser, so that a save reloads without waiting for the index).
    public var defersSearchIndex = false
    var searchIndexIsStale = false
    var searchConfigPath = ""

    /// The last good build, which the next one is compared with.
    struct State: Sendable {
        var configText: String
        var templateTexts: [String: String]
        var stringsFingerprints: [String: Int]
        /// Pages as decoded (before resolving), by id.
        var decoded: [String: Page]
        var site: Site
        var indexOfPage: [String: Int]
        var copyrightYear: Int?
        var outputs: [OutputPage]
        var bodies: [PageRef: PageBody]
        /// One per output, in the same order.
        var records: [OutputRecord]
        /// Page index → indexes of the outputs showing it (the records' dependencies, inverted).
        var dependents: [Int: [Int]]
        var staticFiles: [String: StaticFile]
        /// The pictures pages name, as published, and the files publishing them.
        var pictures: SitePictures
        var search: Bool
    }

    /// - Parameter options: `output` is the folder the session owns (it must be empty or absent at
    ///   the first rebuild).
    public init(options: BuildOptions) {
        self.init(options: options, remembers: true)
    }

    init(options: BuildOptions, remembers: Bool) {
        self.options = options
        self.remembers = remembers
        sources = SourceCache(remembers: remembers)
        bodyCache = BodyCache(remembers: remembers)
    }

    /// The site folder, absolute.
    public var siteRoot: String { RealPath.of(options.source) }

    /// The theme's folder once loaded (to watch it when it lies outside the site).
    public var themeRoot: String? { sources.theme?.root }

    /// Brings the session's folder (`options.output`, written in place) up to date with `changes`.
    public mutating func rebuild(_ changes: SourceChanges = .all) async throws(DiagnosticError) -> RebuildReport {
        let started = Date()
        var timer = StepTimer()
        pending.formUnion(changes)
        guard let output = options.output else {
            throw DiagnosticError(.error(.io, at: nil, "a build session needs an output folder"))
        }
        let folder = OutputFolder.inPlace(RealPath.of(output))
        if state == nil { try prepare(folder) }
        let loaded = try await load()
        timer.lap("load")
        var report = try await build(loaded, into: folder, timer: &timer).report
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// The load step: the sources, read again where `pending` changes say they may differ.
    mutating func load() async throws(DiagnosticError) -> LoadedSources {
        let (loaded, changedIDs) = try await sources.load(options: options, changes: pending)
        pendingIDs.formUnion(changedIDs)
        return loaded
    }

    /// What one run of the pipeline built.
    struct Built: Sendable {
        var report: RebuildReport
        var site: Site
        var outputs: [OutputPage]
        var pictures: SitePictures
    }

    /// Every step after loading, writing into `folder` what differs from the last good build.
    mutating func build(_ loaded: consuming LoadedSources, into folder: OutputFolder, timer: inout StepTimer) async throws(DiagnosticError) -> Built {
        let fingerprints = RenderFingerprints(templates: sources.templateFingerprints, strings: sources.stringsFingerprints,
                                              defaultLanguage: loaded.config.defaultLanguage)
        let built: Built
        if let fresh = displayOnlyChange(), let pictures = try await unchangedPictures(fresh, loaded: loaded),
           var previous = state.take() {
            // Taken out of `self`, so that its arrays and dictionaries are changed in place, not copied
            // (and a failure leaves no state: the next rebuild starts over).
            if let changed = previous.patch(fresh, options: Build.siteOptions(options, localizers: loaded.localizers)) {
                timer.lap("patch")
                built = try await rebuildPatched(changed, previous: previous, pictures: pictures, loaded: loaded,
                                                 fingerprints: fingerprints, folder: folder, timer: &timer)
            } else {
                state = previous
                built = try await rebuildSite(&loaded, fingerprints: fingerprints, folder: folder, timer: &timer)
            }
        } else {
            built = try await rebuildSite(&loaded, fingerprints: fingerprints, folder: folder, timer: &timer)
        }
        try indexForSearch(loaded.config, folder: folder, report: built.report)
        timer.lap("search")
        pending = SourceChanges(everything: false)
        pendingIDs = []
        return built
    }

    /// Only Markdown bodies and display keys changed, and the last site was patched in place
    /// (`State.patch`): renders the changed bodies again, and the outputs that show changed pages.
    private mutating func rebuildPatched(_ changed: State.Patched, previous: consuming State, pictures: SitePictures, loaded: LoadedSources,
                                         fingerprints: RenderFingerprints, folder: OutputFolder,
                                         timer: inout StepTimer) async throws(DiagnosticError) -> Built {
        var state = previous
        let changedPages = changed.pages
        if !changed.bodies.isEmpty {
            let refs = state.site.paths.keys.filter { changed.bodies.contains($0.page) }
            let rewriter = LinkRewriter(site: state.site, pageByID: state.indexOfPage)
            let renderers = MarkdownRenderers(config: state.site.config, localizers: loaded.localizers)
            for (ref, body) in await bodyCache.render(refs, site: state.site, renderers: renderers, rewriter: rewriter,
                                                      pictures: pictures.catalog) { state.bodies[ref] = body }
        }
        timer.lap("markdown")
        let views = try views(site: state.site, bodies: state.bodies, pictures: pictures.catalog, loaded: loaded)
        let staticFiles = pictures.publishing(sources.staticFiles ?? [:])
        let work = Self.staleOutputs(showing: changedPages, state: state, staticFiles: staticFiles, includingSitemap: false)
        ownsFolder = true
        let results = await Self.render(work, views: views, theme: loaded.theme, fingerprints: fingerprints, folder: folder, staticFiles: staticFiles,
                                        remembers: true)
        var report = RebuildReport(scope: changed.onlyBodies ? .bodies : .pages, rendered: [], written: [], deleted: [],
                                   outputCount: state.outputs.count, warnings: loaded.warnings, seconds: 0)
        report.resolved = false
        var errors = Self.record(results, outputs: state.outputs, records: &state.records, dependents: &state.dependents,
                                 incremental: true, report: &report)
        timer.lap("render")
        errors += await Self.copyStatic(staticFiles, previous: state.staticFiles, outputs: state.outputs, previousOutputs: state.outputs,
                                  everything: false, folder: folder, report: &report)
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        state.staticFiles = staticFiles
        self.state = state
        timer.lap("write")
        return Built(report: report, site: state.site, outputs: state.outputs, pictures: pictures)
    }

    /// Anything else: resolves the site again and compares every output with the last build
    /// (or, when the site kept its shape, only the outputs showing a changed page).
    private mutating func rebuildSite(_ loaded: inout LoadedSources, fingerprints: RenderFingerprints, folder: OutputFolder,
                                      timer: inout StepTimer) async throws(DiagnosticError) -> Built {
        var plan = try await self.plan(loaded, timer: &timer)
        // A one-off build needs the decoded pages no longer (the site has its own copies).
        if !remembers { loaded.pages = [] }
        timer.lap("plan")
        /// The last good build, when only some pages changed and the rest of it stands.
        let previous = plan.scope == .pages ? state : nil
        let bodies = remembers ? await markdown(plan, previous: previous, localizers: loaded.localizers)
            : await oneOffMarkdown(&plan, localizers: loaded.localizers)
        timer.lap("markdown")
        let views = try views(site: plan.site, bodies: bodies, pictures: plan.state.pictures.catalog, loaded: loaded)
        if plan.scope != .pages { try OutputRenderer(views: views, theme: loaded.theme).checkTemplates(plan.outputs) }
        timer.lap("values")

        let staticFiles = plan.state.pictures.publishing(sources.staticFiles ?? [:])
        let work = if let previous {
            Self.staleOutputs(showing: plan.changedPages, state: previous, staticFiles: staticFiles, includingSitemap: true)
        } else {
            Self.allOutputs(plan.outputs, state: state, staticFiles: staticFiles)
        }
        ownsFolder = true
        let results = await Self.render(work, views: views, theme: loaded.theme, fingerprints: fingerprints, folder: folder, staticFiles: staticFiles,
                                        remembers: remembers)
        timer.lap("render")
        var report = RebuildReport(scope: plan.scope, rendered: [], written: [], deleted: [], outputCount: plan.outputs.count,
                                   warnings: loaded.warnings, seconds: 0)
        let incremental = previous != nil
        var records: [OutputRecord] = []
        var dependents: [Int: [Int]] = [:]
        if let previous {
            (records, dependents) = (previous.records, previous.dependents)
        } else if remembers {
            records = Array(repeating: OutputRecord(contextFingerprint: nil, bytesFingerprint: 0, dependencies: []), count: plan.outputs.count)
        }
        var errors = Self.record(results, outputs: plan.outputs, records: &records, dependents: &dependents,
                                 incremental: incremental, report: &report)
        timer.lap("record")
        errors += await Self.copyStatic(staticFiles, previous: state?.staticFiles ?? [:], outputs: plan.outputs, previousOutputs: state?.outputs ?? [],
                                  everything: !incremental, folder: folder, report: &report)
        guard errors.isEmpty else {
            state = nil
            throw DiagnosticError(errors)
        }
        plan.state.records = records
        plan.state.dependents = dependents
        plan.state.staticFiles = staticFiles
        if remembers { plan.state.bodies = bodies }
        state = plan.state
        timer.lap("write")
        return Built(report: report, site: plan.site, outputs: plan.outputs, pictures: plan.state.pictures)
    }

    private func views(site: Site, bodies: [PageRef: PageBody], pictures: PictureCatalog, loaded: LoadedSources) throws(DiagnosticError) -> TemplateContexts {
        try Build.prepareViews(TemplateContexts(site: site, localizers: loaded.localizers, bodies: bodies,
                                           pictures: pictures), theme: loaded.theme)
    }

    /// The last build's pictures when the changed bodies leave them as they were (the same files,
    /// the same Markdown pictures); nil when they differ, and every page showing one may change.
    private func unchangedPictures(_ fresh: [String: Page], loaded: LoadedSources) async throws(DiagnosticError) -> SitePictures? {
        guard let state else { return nil }
        if picturesUnchanged(state: state, pages: fresh) { return state.pictures }
        var site = state.site
        var bodies: [Int: (text: String, firstLine: Int)] = [:]
        for (id, page) in fresh { if let index = state.indexOfPage[id] { bodies[index] = (page.body, page.bodyFirstLine) } }
        site.replaceBodies(bodies)
        let pictures = try await Build.processPictures(site: site, root: loaded.root, displayRoot: loaded.displayRoot,
                                                       staticFiles: sources.staticFiles ?? [:])
        return pictures == state.pictures ? pictures : nil
    }

    /// Whether an editor's save of Markdown files alone leaves every picture as it was: the same
    /// pages, published the same way (draft, dates, expiry), naming the same pictures the same way
    /// (`image:`, `logo:`, the focus, the body's destinations) in the same item folders and
    /// translations. Then the picture step need not look at every page again (a tenth of a second
    /// on a site of 10,000 pages, most of a body edit's reload).
    func picturesUnchanged(state: State, pages: [String: Page]) -> Bool {
        guard pending.onlyMarkdownFiles else { return false }
        return pages.allSatisfy { id, new in
            guard let old = state.decoded[id] else { return false }
            return old.draft == new.draft && old.date == new.date && old.expiryDate == new.expiryDate
                && old.image == new.image && old.logo == new.logo && old.imageFocus == new.imageFocus && old.bundle == new.bundle
                && old.translationKey == new.translationKey && old.language == new.language
                && SitePictures.destinationCandidates(in: old.body) == SitePictures.destinationCandidates(in: new.body)
        }
    }
}
