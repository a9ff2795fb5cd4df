import KoloContent
import KoloLocalization
import KoloSite
import KoloTemplates

extension BuildSession {
    /// The Markdown step: the bodies of the pages that changed since `previous`, else of every page
    /// (those the cache has for the same Markdown and links are reused).
    mutating func markdown(_ plan: Plan, previous: State?, localizers: [String: Localizer]) async -> [PageRef: PageBody] {
        let rewriter = LinkRewriter(site: plan.site, pageByID: plan.state.indexOfPage)
        let renderers = MarkdownRenderers(config: plan.site.config, localizers: localizers)
        guard let previous else {
            let bodies = await bodyCache.bodies(site: plan.site, renderers: renderers, rewriter: rewriter, pictures: plan.state.pictures.catalog)
            bodyCache.keep(only: plan.site)
            return bodies
        }
        var bodies = previous.bodies
        let refs = plan.site.paths.keys.filter { plan.changedPages.contains($0.page) }
        for (ref, body) in await bodyCache.render(refs, site: plan.site, renderers: renderers, rewriter: rewriter,
                                                  pictures: plan.state.pictures.catalog) { bodies[ref] = body }
        return bodies
    }

    /// A one-off build's Markdown step: the Markdown is taken out of the site and rendered a slice
    /// of pages at a time, each slice's Markdown let go once rendered, so that the build never
    /// holds every page's Markdown and every page's HTML at once (at 1,000 pages that is about
    /// 5 MB of its peak memory).
    func oneOffMarkdown(_ plan: inout Plan, localizers: [String: Localizer]) async -> [PageRef: PageBody] {
        // The site is the plan's own (no copy is made), and nothing after this step reads Markdown.
        var markdown = plan.site.takeBodies()
        let rewriter = LinkRewriter(site: plan.site, pageByID: plan.state.indexOfPage)
        let renderers = MarkdownRenderers(config: plan.site.config, localizers: localizers)
        var refsOfPage = Array(repeating: [PageRef](), count: markdown.count)
        for ref in plan.site.paths.keys { refsOfPage[ref.page].append(ref) }
        var bodies: [PageRef: PageBody] = [:]
        bodies.reserveCapacity(plan.site.paths.count)
        let slice = 512
        for start in stride(from: 0, to: markdown.count, by: slice) {
            let pages = start..<min(start + slice, markdown.count)
            // Only this slice's texts: handing over the whole array would copy it at every slice.
            var texts: [Int: String] = [:]
            for page in pages { texts[page] = markdown[page] }
            for (ref, body) in await renderers.render(pages.flatMap({ refsOfPage[$0] }), site: plan.site, markdown: texts, rewriter: rewriter,
                                                      pictures: plan.state.pictures.catalog, keep: { ref, result in (ref, PageBody(result)) }) {
                bodies[ref] = body
            }
            for page in pages { markdown[page] = "" }
        }
        return bodies
    }
}
