import KoloDiagnostics
import KoloSite
import KoloTemplates

/// Turns one output into bytes and writes it: templates for pages, Kolo's own writers for feeds,
/// the sitemap, robots.txt and redirects.
struct PageWriter: Sendable {
    let views: ViewBuilder
    let theme: Theme
    let folder: OutputFolder

    func write(_ output: OutputPage, createdFolders: inout Set<String>) throws(DiagnosticError) {
        let site = views.site
        let text: String
        switch output.kind {
        case .feed(let language):
            text = AtomFeed.render(site: site, language: language, views: views)
        case .sitemap:
            text = Sitemap.render(site: site)
        case .robots:
            text = Robots.render(site: site)
        case .redirect(let target):
            text = Redirect.render(to: target, site: site)
        default:
            guard let name = theme.first(views.templateNames(for: output)) else { return }
            text = theme.library.render(views.context(for: output), withTemplate: name) ?? ""
        }
        try folder.write(text.utf8, to: output.file, createdFolders: &createdFolders)
    }
}

enum Robots {
    /// Everything may be crawled; the sitemap says where the pages are.
    static func render(site: Site) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(site.config.baseURL.absolute("/sitemap.xml"))\n"
    }
}

enum Redirect {
    /// The language whose pages a site path belongs to ("/mk/news/" → mk), else the default language.
    static func language(of path: String, site: Site) -> String {
        site.config.languages.first { language in
            let home = site.urls.home(language.code)
            return home != "/" && path.hasPrefix(home)
        }?.code ?? site.config.defaultLanguage
    }

    static func render(to target: String, site: Site) -> String {
        let relative = XML.escape(site.config.baseURL.relative(target))
        let absolute = XML.escape(site.config.baseURL.absolute(target))
        return """
        <!DOCTYPE html>
        <html lang="\(XML.escape(language(of: target, site: site)))"><head><meta charset="utf-8"><title>\(relative)</title>\
        <link rel="canonical" href="\(absolute)"><meta name="robots" content="noindex">\
        <meta http-equiv="refresh" content="0; url=\(relative)"></head>\
        <body><p><a href="\(relative)">\(relative)</a></p></body></html>

        """
    }
}
