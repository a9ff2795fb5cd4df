import KoloContent
import KoloDiagnostics
import KoloMarkdown
import KoloPictures
import KoloSite
import KoloTemplates

/// One place a page (or a funder) names a picture the site publishes.
struct PictureNaming: Sendable {
    var key: PictureUse
    var written: String
    var file: PictureSources.File
    var location: SourceLocation?
    /// `image:` of an item: its card is cropped around `imageFocus:`.
    var isCardImage: Bool
    var focus: PictureFocus
}

extension Build {
    /// Front matter `image:` and `logo:`, Markdown pictures and funders' logos, in page order.
    static func collectUses(site: Site, sources: PictureSources, root: String) -> [PictureNaming] {
        var uses: [PictureNaming] = []
        // The site's own Markdown settings: a picture in a table cell or a footnote is a picture
        // only where the site has tables or footnotes (labels do not change what is a picture).
        let renderers = MarkdownRenderers(config: site.config, localizers: [:])
        for (index, page) in site.pages.enumerated() {
            func add(_ written: String?, location: SourceLocation?, isCardImage: Bool = false) {
                guard let written, let file = sources.file(written, on: index, site: site, root: root) else { return }
                let focus = page.imageFocus.flatMap { PictureFocus(rawValue: $0.rawValue) } ?? .auto
                uses.append(PictureNaming(key: PictureUse(written: written, on: page.id), written: written, file: file,
                                          location: location, isCardImage: isCardImage, focus: focus))
            }
            add(page.image, location: page.keyLocations["image"], isCardImage: true)
            add(page.logo, location: page.keyLocations["logo"])
            guard page.body.utf8.contains(UInt8(ascii: "!")) && page.body.contains("![") else { continue }
            let rendered = renderers.render(page, shownIn: page.language, site: site, rewriter: nil)
            for link in rendered.links where link.isImage {
                add(link.destination, location: SourceLocation(path: page.sourcePath, line: link.line + page.bodyFirstLine - 1, column: link.column))
            }
        }
        for funder in site.config.funders {
            guard let logo = funder.logo, logo.hasPrefix("/"), let file = sources.staticFiles[String(logo.dropFirst())] else { continue }
            uses.append(PictureNaming(key: PictureUse(written: logo, on: ""), written: logo, file: file,
                                      location: SourceLocation(path: site.config.path), isCardImage: false, focus: .auto))
        }
        return uses
    }
}
