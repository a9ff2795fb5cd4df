import KoloContent
import KoloSite
import KoloText

/// `sitemap.xml` (sitemaps.org) with `xhtml:link` hreflang alternates and `x-default`. Fallback pages
/// are left out: they are copies, and their canonical URL is the original.
enum Sitemap {
    static func render(site: Site) -> String {
        let base = site.config.baseURL
        var entries: [(path: String, lastmod: ContentDate?, alternates: [(String, String)])] = []
        // Readers of no listed language are best served by the chooser at the root, when there is one.
        let chooser = site.urls.home(site.config.defaultLanguage) == "/" ? nil : "/"
        let languages = site.config.languages.map(\.code)
        func all(_ path: (String) -> String) -> [(String, String)] { languages.map { ($0, path($0)) } }
        for language in site.languages {
            let code = language.code
            entries.append((site.urls.home(code), nil, all(site.urls.home)))
            for section in language.sections.keys.sorted() {
                let alternates = languages.filter { site.language($0)?.sections[section] != nil }.map { ($0, site.urls.section(section, $0)) }
                entries.append((site.urls.section(section, code), nil, alternates))
            }
            entries.append((site.urls.tags(code), nil, all(site.urls.tags)))
            for facet in language.memberFacets {
                let alternates = languages.compactMap { other in
                    site.language(other)?.memberFacets.first { $0.kind == facet.kind && $0.slug == facet.slug }
                        .map { (other, site.urls.memberFacet($0, other)) }
                }
                entries.append((site.urls.memberFacet(facet, code), nil, alternates))
            }
            for term in language.tags {
                let alternates = languages.filter { site.language($0)?.tags.contains { $0.slug == term.slug } ?? false }
                    .map { ($0, site.urls.tag(term.slug, $0)) }
                entries.append((site.urls.tag(term.slug, code), nil, alternates))
            }
        }
        for (index, page) in site.pages.enumerated() where page.kind != .section {
            let group = site.groups[site.groupOfPage[index]]
            let alternates = languages.compactMap { code in
                group.pages[code].map { (code, site.path(PageRef(page: $0, language: code, isFallback: false))) }
            }
            entries.append((site.path(PageRef(page: index, language: page.language, isFallback: false)), page.lastmod ?? page.date, alternates))
        }
        entries.sort { $0.path < $1.path }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for entry in entries {
            xml += "  <url>\n    <loc>\(MarkupEscaping.xml(base.absolute(entry.path)))</loc>\n"
            if let lastmod = entry.lastmod { xml += "    <lastmod>\(lastmod.rfc3339)</lastmod>\n" }
            if entry.alternates.count > 1 {
                for (code, path) in entry.alternates {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(MarkupEscaping.xml(code))\" href=\"\(MarkupEscaping.xml(base.absolute(path)))\"/>\n"
                }
                let isHome = entry.path == site.urls.home(entry.alternates.first { $0.1 == entry.path }?.0 ?? "")
                let fallback = (isHome ? chooser : nil) ?? (entry.alternates.first { $0.0 == site.config.defaultLanguage } ?? entry.alternates[0]).1
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(MarkupEscaping.xml(base.absolute(fallback)))\"/>\n"
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
