import KoloDiagnostics
import KoloMustache
import KoloSite
import KoloText

/// Turns one output into text: templates for pages, Kolo's own writers for feeds, the sitemap,
/// robots.txt and redirects. `kolo build` and `kolo serve`'s rebuilds both render through it;
/// KoloBuild decides what to render and writes the bytes.
public struct OutputRenderer: Sendable {
    public let views: TemplateContexts
    public let theme: Theme

    public init(views: TemplateContexts, theme: Theme) {
        self.views = views
        self.theme = theme
    }

    /// The template a page output uses, or nil for the outputs Kolo writes itself (and for a
    /// page whose template is missing, which `checkTemplates` reports before rendering).
    public func template(for output: OutputPage) -> TemplateLibrary.Template? {
        theme.template(views.templateNames(for: output))
    }

    /// The output's bytes, as written to its file.
    /// - Parameter page: for a page output, its template and context when the caller has them already.
    ///   A page output without a template renders as nothing: `checkTemplates`, which both builds run
    ///   before rendering, has already stopped the build with an error naming it.
    public func bytes(for output: OutputPage, page: (template: TemplateLibrary.Template, context: TemplateObject)? = nil) -> [UInt8] {
        let site = views.site
        switch output.kind {
        case .feed(let language): return Array(AtomFeed.render(site: site, language: language, views: views).utf8)
        case .sitemap: return Array(Sitemap.render(site: site).utf8)
        case .calendar(let language): return Array(EventCalendar.render(site: site, language: language, views: views).utf8)
        case .eventCalendar(let ref): return Array(EventCalendar.render(site: site, event: ref, views: views).utf8)
        case .robots: return Array(Robots.render(site: site).utf8)
        case .redirect(let target): return Array(Redirect.render(to: target, site: site).utf8)
        default:
            guard let page = page ?? template(for: output).map({ ($0, views.context(for: output)) }) else { return [] }
            return theme.library.render(page.template, .object(page.context))
        }
    }

    /// The theme must have a template for every page output; the first that has none is an error.
    public func checkTemplates(_ outputs: [OutputPage]) throws(DiagnosticError) {
        for output in outputs {
            let names = views.templateNames(for: output)
            if !names.isEmpty && theme.first(names) == nil {
                throw DiagnosticError(.error(.template, at: nil, "the theme has no template for \(output.origin) (looked for \(names.map { "templates/\($0).mustache" }.joined(separator: ", ")))"))
            }
        }
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
        let relative = MarkupEscaping.xml(site.config.baseURL.relative(target))
        let absolute = MarkupEscaping.xml(site.config.baseURL.absolute(target))
        return """
        <!DOCTYPE html>
        <html lang="\(MarkupEscaping.xml(language(of: target, site: site)))"><head><meta charset="utf-8"><title>\(relative)</title>\
        <link rel="canonical" href="\(absolute)"><meta name="robots" content="noindex">\
        <meta http-equiv="refresh" content="0; url=\(relative)"></head>\
        <body><p><a href="\(relative)">\(relative)</a></p></body></html>

        """
    }
}
