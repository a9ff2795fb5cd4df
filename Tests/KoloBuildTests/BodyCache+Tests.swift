@testable import KoloBuild
import KoloSite
import KoloTemplates

extension BodyCache {
    /// Every body the site shows, rendered by the build's Markdown step (for tests that look at
    /// template values without writing).
    static func renderAll(site: Site, sources: LoadedSources) async -> [PageRef: PageBody] {
        var cache = BodyCache(remembers: false)
        return await cache.bodies(site: site, renderers: MarkdownRenderers(config: site.config, localizers: sources.localizers),
                                  rewriter: LinkRewriter(site: site), pictures: [:])
    }
}
