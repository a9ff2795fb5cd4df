import KoloContent
import KoloMustache
import KoloSite
import KoloText

/// A language's news as an Atom feed (RFC 4287): id, title, updated and author on the feed; id,
/// title, updated, link and summary on every entry. `updated` comes from content dates, never the clock.
enum AtomFeed {
    static func render(site: Site, language: String, views: TemplateContexts) -> String {
        let base = site.config.baseURL
        let news = Array((site.language(language)?.sections["news"] ?? []).prefix(Site.feedCount))
        let languageConfig = site.config.language(language)
        let title = (languageConfig?.title).flatMap { $0.isEmpty ? nil : $0 } ?? site.config.title
        let home = base.absolute(site.urls.home(language))
        let updated = news.compactMap { ref in site.pages[ref.page].lastmod ?? site.pages[ref.page].date }.max()
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(MarkupEscaping.xml(language))">
          <title>\(MarkupEscaping.xml(title))</title>
          <id>\(MarkupEscaping.xml(home))</id>
          <link rel="alternate" type="text/html" href="\(MarkupEscaping.xml(home))"/>
          <link rel="self" type="application/atom+xml" href="\(MarkupEscaping.xml(base.absolute(site.urls.feed(language))))"/>
          <updated>\(updated?.rfc3339 ?? "1970-01-01T00:00:00Z")</updated>
          <author><name>\(MarkupEscaping.xml(site.config.title.isEmpty ? title : site.config.title))</name></author>
          <generator>Kolo</generator>

        """
        for ref in news {
            let page = site.pages[ref.page]
            let url = base.absolute(site.path(ref))
            let body = views.body(ref)
            let published = page.date?.rfc3339 ?? "1970-01-01T00:00:00Z"
            xml += "  <entry>\n"
            xml += "    <title>\(MarkupEscaping.xml(page.title))</title>\n"
            xml += "    <id>\(MarkupEscaping.xml(url))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscaping.xml(url))\"/>\n"
            xml += "    <published>\(published)</published>\n"
            xml += "    <updated>\((page.lastmod ?? page.date)?.rfc3339 ?? published)</updated>\n"
            if let author = page.author { xml += "    <author><name>\(MarkupEscaping.xml(author))</name></author>\n" }
            for tag in views.tags(page, in: ref.language) { xml += "    <category term=\"\(MarkupEscaping.xml(tag.object?["label"]?.string ?? ""))\"/>\n" }
            let summary = page.description ?? body.summaryText
            if !summary.isEmpty { xml += "    <summary>\(MarkupEscaping.xml(summary))</summary>\n" }
            xml += "    <content type=\"html\">\(MarkupEscaping.xml(body.html))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
