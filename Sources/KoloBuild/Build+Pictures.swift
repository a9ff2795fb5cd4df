import KoloDiagnostics
import KoloOutput
import KoloSite
import KoloSitePictures

extension Build {
    /// The picture step (KoloSitePictures), given the site's own Markdown renderers to find the
    /// pictures a body names: labels do not change what is a picture, so no UI strings are needed.
    static func processPictures(site: Site, root: String, displayRoot: String, staticFiles: [String: StaticFile],
                                progress: PictureProgress? = nil) async throws(DiagnosticError) -> SitePictures {
        let renderers = MarkdownRenderers(config: site.config, localizers: [:])
        return try await SitePictures.process(site: site, root: root, displayRoot: displayRoot, staticFiles: staticFiles, progress: progress) { page in
            renderers.render(page, shownIn: page.language, site: site, rewriter: nil).links
        }
    }
}
