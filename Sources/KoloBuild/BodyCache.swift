import KoloContent
import KoloLocalization
import KoloMarkdown
import KoloPictures
import KoloSite
import KoloSitePictures
import KoloTemplates

/// Rendered Markdown kept between rebuilds, per page and per language showing it. An entry is
/// reused while the page's Markdown, the renderer's settings and every link it rewrote (checked
/// again against the new site) are the same: the result would be the same bytes.
struct BodyCache: Sendable {
    /// A one-off build renders through the cache without filling it.
    let remembers: Bool
    struct Key: Hashable, Sendable {
        var id: String
        var language: String
        var isFallback: Bool
    }

    struct Entry: Sendable {
        var markdown: String
        var rendererFingerprint: String
        /// Each link destination as written, and what the link rewriter made of it.
        var links: [(written: String, rewritten: String?)]
        /// What each link was published as, when it is a picture the site publishes.
        var pictures: [PublishedPicture?]
        var body: PageBody
    }

    private(set) var entries: [Key: Entry] = [:]

    init(remembers: Bool) {
        self.remembers = remembers
    }

    /// Bodies for every page the site shows, rendering only those whose cached entry is stale.
    mutating func bodies(site: Site, renderers: MarkdownRenderers, rewriter: LinkRewriter, pictures: PictureCatalog) async -> [PageRef: PageBody] {
        var bodies: [PageRef: PageBody] = [:]
        bodies.reserveCapacity(site.paths.count)
        var stale: [PageRef] = []
        for ref in site.paths.keys {
            let page = site.pages[ref.page]
            if let entry = entries[Key(id: page.id, language: ref.language, isFallback: ref.isFallback)],
               entry.markdown == page.body, entry.rendererFingerprint == renderers.fingerprint(for: page.language),
               entry.links.allSatisfy({ rewriter.rewrite($0.written, from: page, shownIn: ref.language) == $0.rewritten }),
               pictures.published(entry.links, on: page) == entry.pictures {
                bodies[ref] = entry.body
            } else {
                stale.append(ref)
            }
        }
        for (ref, body) in await render(stale, site: site, renderers: renderers, rewriter: rewriter, pictures: pictures) { bodies[ref] = body }
        return bodies
    }

    /// Renders `refs`, each page in the language showing it (a fallback page resolves its links in
    /// that language), and remembers them.
    mutating func render(_ refs: [PageRef], site: Site, renderers: MarkdownRenderers, rewriter: LinkRewriter,
                         pictures: PictureCatalog) async -> [(PageRef, PageBody)] {
        guard remembers else {
            return await renderers.render(refs, site: site, rewriter: rewriter, pictures: pictures) { ref, result in
                (ref, PageBody(result))
            }
        }
        let rendered = await renderers.render(refs, site: site, rewriter: rewriter, pictures: pictures) { ref, result -> (PageRef, Entry) in
            let page = site.pages[ref.page]
            let links = result.links.map { ($0.destination, rewriter.rewrite($0.destination, from: page, shownIn: ref.language)) }
            return (ref, Entry(markdown: page.body, rendererFingerprint: renderers.fingerprint(for: page.language) ?? "", links: links,
                               pictures: pictures.published(links, on: page), body: PageBody(result)))
        }
        for (ref, entry) in rendered {
            entries[Key(id: site.pages[ref.page].id, language: ref.language, isFallback: ref.isFallback)] = entry
        }
        return rendered.map { ($0.0, $0.1.body) }
    }

    /// Forgets pages the site no longer shows.
    mutating func keep(only site: Site) {
        guard remembers else { return }
        let wanted = Set(site.paths.keys.map { Key(id: site.pages[$0.page].id, language: $0.language, isFallback: $0.isFallback) })
        entries = entries.filter { wanted.contains($0.key) }
    }
}

extension PageBody {
    init(_ rendered: RenderedMarkdown) {
        self.init(html: rendered.html, summaryHTML: rendered.summaryHTML, summaryText: rendered.summaryText, wordCount: rendered.wordCount)
    }
}
