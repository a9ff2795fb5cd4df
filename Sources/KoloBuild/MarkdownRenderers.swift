import KoloContent
import KoloLocalization
import KoloMarkdown
import KoloPictures
import KoloSite
import KoloSitePictures
import KoloTemplates

/// The site's Markdown renderers, one per language: the site's `markdown:` settings with the
/// language's quotation marks and UI strings (the names of footnote and table regions). The one
/// place that renders a page body, for the build, `kolo serve`'s rebuilds and `kolo check`.
struct MarkdownRenderers: Sendable {
    /// The UI strings that name what Markdown adds: the footnote list, its back-links, a table's scrolling region.
    static let stringKeys: Set<String> = ["footnotes", "backToContent", "table"]

    /// Per language: the renderer and a fingerprint naming every setting its output depends on.
    let byLanguage: [String: (renderer: MarkdownRenderer, fingerprint: String)]

    init(config: SiteConfig, localizers: [String: Localizer]) {
        let settings = config.markdown
        var extensions: MarkdownExtensions = []
        if settings.tables { extensions.insert(.tables) }
        if settings.footnotes { extensions.insert(.footnotes) }
        if settings.strikethrough { extensions.insert(.strikethrough) }
        if settings.tasklists { extensions.insert(.taskLists) }
        if settings.autolinks { extensions.insert(.autolinks) }
        if settings.tagfilter { extensions.insert(.tagFilter) }
        byLanguage = Dictionary(uniqueKeysWithValues: config.languages.map { language in
            let marks = Quotes.marks(for: language.locale)
            let strings = localizers[language.code]?.strings
            let english = MarkdownLabels.english
            let labels = MarkdownLabels(footnotes: strings?.text("footnotes") ?? english.footnotes,
                                        backToContent: strings?.text("backToContent") ?? english.backToContent,
                                        table: strings?.text("table") ?? english.table)
            let options = MarkdownOptions(smart: settings.smart, unsafe: settings.unsafe,
                                          quotes: QuotationMarks(opening: marks.opening, closing: marks.closing),
                                          extensions: extensions, labels: labels)
            let key = "\(options)|\(config.slugStyle.rawValue)|\(language.code)"
            return (language.code, (MarkdownRenderer(options: options), key))
        })
    }

    /// The renderers' fingerprints by language: a cached body is reusable while its fingerprint is the same.
    func fingerprint(for language: String) -> String? { byLanguage[language]?.fingerprint }

    /// A page's body rendered for the language showing it (a fallback page resolves its links in
    /// that language; without a rewriter links stay as written), its footnote ids made its own, the
    /// pictures the site publishes written as `<picture>` wherever they stand (a table cell, a note).
    func render(_ page: Page, markdown: String? = nil, shownIn language: String, site: Site, rewriter: LinkRewriter?,
                pictures: PictureCatalog = [:]) -> RenderedMarkdown {
        let renderer = byLanguage[page.language]?.renderer ?? MarkdownRenderer()
        let slugger = site.slugger(for: page.language)
        var resolveLink: LinkResolver?
        if let rewriter {
            resolveLink = { destination, _ in rewriter.rewrite(destination, from: page, shownIn: language) }
        }
        return renderer.render(markdown ?? page.body, slugger: slugger, footnotePrefix: slugger.slug(page.id), resolveLink: resolveLink,
                               writePicture: pictures.isEmpty ? nil : pictures.markdownWriter(for: page))
    }

    /// Renders the bodies `refs` name, in parallel, each turned into what the caller keeps by
    /// `keep` (so that no list of every page's full rendering is ever held at once).
    /// - Parameter markdown: the pages' Markdown by page index, when the site no longer holds it
    ///   (a one-off build takes it out, `Site.takeBodies`); else each page's own.
    func render<Kept: Sendable>(_ refs: [PageRef], site: Site, markdown: [Int: String]? = nil, rewriter: LinkRewriter, pictures: PictureCatalog,
                                keep: @escaping @Sendable (PageRef, RenderedMarkdown) -> Kept) async -> [Kept] {
        await parallelMap(refs) { ref in
            keep(ref, render(site.pages[ref.page], markdown: markdown?[ref.page], shownIn: ref.language, site: site, rewriter: rewriter,
                             pictures: pictures))
        }
    }
}
