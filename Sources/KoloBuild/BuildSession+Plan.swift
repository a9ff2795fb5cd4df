import KoloContent
import KoloDiagnostics
import KoloOutput
import KoloSite
import KoloSitePictures
import KoloTemplates

extension BuildSession {
    /// The site to render and how far the change since the last good build can reach.
    struct Plan: Sendable {
        var scope: RebuildReport.Scope
        var outputs: [OutputPage]
        /// With scope `bodies` or `pages`: indexes of the pages that differ from the last build.
        var changedPages: Set<Int>
        /// The state this build will leave (records and bodies are filled in after rendering).
        var state: State
        /// The site resolved: the state's, not a copy (a one-off build changes it in place).
        var site: Site {
            get { state.site }
            set { state.site = newValue }
        }
    }

    /// Whether the settings (config, templates, strings) are those of the last good build.
    func sameSettings(as state: State) -> Bool {
        state.configText == (sources.configText ?? "") && state.templateTexts == sources.templateTexts
            && state.stringsFingerprints == sources.stringsFingerprints
    }

    /// The pages changed since the last good build, by id, when nothing but their Markdown bodies
    /// and display keys changed (`Page.differsOnlyInDisplay`); nil otherwise.
    func displayOnlyChange() -> [String: Page]? {
        guard let state, sameSettings(as: state) else { return nil }
        var fresh: [String: Page] = [:]
        for id in pendingIDs {
            guard let old = state.decoded[id], let new = sources.page(id: id), new.differsOnlyInDisplay(from: old) else { return nil }
            fresh[id] = new
        }
        return fresh
    }

    /// Resolves the site again and decides the scope: pages only (the same shape, the same
    /// settings), or the whole site.
    func plan(_ sources: LoadedSources, timer: inout StepTimer) async throws(DiagnosticError) -> Plan {
        let site = try Build.resolveSite(sources, options: options)
        timer.lap("resolve")
        let outputs = try site.outputs()
        timer.lap("outputs")
        var decoded: [String: Page] = [:]
        if remembers {
            decoded.reserveCapacity(sources.pages.count)
            for page in sources.pages { decoded[page.id] = decoded[page.id] ?? page }
        }
        let changed = pendingIDs.reduce(into: [String: Page]()) { changed, id in changed[id] = decoded[id] }
        let pictures: SitePictures
        if let state, changed.count == pendingIDs.count, picturesUnchanged(state: state, pages: changed) {
            pictures = state.pictures
        } else {
            pictures = try await Build.processPictures(site: site, root: sources.root, displayRoot: sources.displayRoot,
                                                       staticFiles: self.sources.staticFiles ?? [:], progress: PictureProgress())
        }
        timer.lap("pictures")
        let copyrightYear = site.pages.compactMap(\.date).max()?.year
        var indexOfPage: [String: Int] = [:]
        indexOfPage.reserveCapacity(site.pages.count)
        for index in site.pages.indices { indexOfPage[site.pages[index].id] = index }
        let next = State(configText: self.sources.configText ?? "", templateTexts: self.sources.templateTexts,
                         stringsFingerprints: self.sources.stringsFingerprints, decoded: decoded, site: site, indexOfPage: indexOfPage,
                         copyrightYear: copyrightYear, outputs: outputs, bodies: [:], records: [], dependents: [:], staticFiles: [:],
                         pictures: pictures, search: state?.search ?? false)
        guard let state else {
            return Plan(scope: .everything, outputs: outputs, changedPages: [], state: next)
        }
        if sameSettings(as: state), state.copyrightYear == copyrightYear, state.pictures == pictures,
           site.hasSameStructure(as: state.site), outputs == state.outputs {
            let changed = site.pages.indices.filter { !Self.samePage(site.pages[$0], state.site.pages[$0]) }
            return Plan(scope: .pages, outputs: outputs, changedPages: Set(changed), state: next)
        }
        return Plan(scope: .site, outputs: outputs, changedPages: [], state: next)
    }

    static func samePage(_ a: Page, _ b: Page) -> Bool {
        var (a, b) = (a, b)
        a.fileModified = 0; b.fileModified = 0
        return a == b
    }

    struct StaleOutput: Sendable {
        /// Index into the plan's outputs.
        var index: Int
        var output: OutputPage
        /// The last record, when an unchanged context may skip rendering.
        var previous: OutputRecord?
        /// Written whatever its bytes were before (the file is new, or was a static file's).
        var force: Bool
    }

    /// Every output (a site-wide change): those whose fingerprint is unchanged are then skipped.
    static func allOutputs(_ outputs: [OutputPage], state: State?, staticFiles: [String: StaticFile]) -> [StaleOutput] {
        guard let state else {
            return outputs.enumerated().map { StaleOutput(index: $0, output: $1, previous: nil, force: true) }
        }
        var before: [String: Int] = [:]
        for (index, output) in state.outputs.enumerated() { before[output.file] = index }
        return outputs.enumerated().map { index, output in
            let file = output.file
            let previous = before[file].map { state.records[$0] }
            let force = previous == nil || state.staticFiles[file] != nil
            return StaleOutput(index: index, output: output, previous: force ? nil : previous, force: force)
        }
    }

    /// The outputs showing a changed page (the outputs are the last build's), and the sitemap when
    /// pages were resolved again (it shows every page's dates).
    static func staleOutputs(showing changedPages: Set<Int>, state: State, staticFiles: [String: StaticFile],
                             includingSitemap: Bool) -> [StaleOutput] {
        var stale: Set<Int> = []
        for page in changedPages { stale.formUnion(state.dependents[page] ?? []) }
        if includingSitemap, let sitemap = state.outputs.firstIndex(where: { $0.kind == .sitemap }) { stale.insert(sitemap) }
        // An output that a static file of the same path hid until now must be written again.
        let unshadowed = Set(state.staticFiles.keys.filter { staticFiles[$0] == nil })
        var forced: Set<Int> = []
        if !unshadowed.isEmpty {
            for (index, output) in state.outputs.enumerated() where unshadowed.contains(output.file) { forced.insert(index) }
        }
        return stale.union(forced).sorted().map { index in
            let force = forced.contains(index)
            return StaleOutput(index: index, output: state.outputs[index], previous: force ? nil : state.records[index], force: force)
        }
    }
}
