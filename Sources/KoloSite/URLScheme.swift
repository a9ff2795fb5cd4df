import KoloContent
import KoloText

/// Where every kind of page lives, as site paths ("/mk/news/fusion-lab/"): always starting and ending
/// with "/" for pages, never containing "..", never holding the base URL's path (links add it).
public struct URLScheme: Sendable {
    let config: SiteConfig

    public init(config: SiteConfig) {
        self.config = config
    }

    /// "/mk/", or "/" for the default language when `defaultLanguageInSubdir` is false.
    public func home(_ language: String) -> String {
        if language == config.defaultLanguage && !config.defaultLanguageInSubdir { return "/" }
        return "/\(language)/"
    }

    /// The section's folder in a language's URLs: translated when `sections:` names it.
    public func sectionSegment(_ section: String, _ language: String) -> String {
        if let translated = config.sectionPaths[section]?[language] { return translated }
        if section.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) { return section }
        // Folder names are written by editors: slug them like any other path segment ("Über uns" → "uber-uns").
        let slug = Slugger(language: language, style: config.slugStyle == .unicode ? .unicode : .ascii).slug(section)
        return slug.isEmpty ? section : slug
    }

    public func section(_ section: String, _ language: String, page number: Int = 1) -> String {
        paginated(home(language) + sectionSegment(section, language) + "/", number)
    }

    /// A content page's path when shown in `language` (its own or, for a fallback, another).
    public func page(_ page: Page, in language: String, slugger: Slugger) -> String {
        switch page.kind {
        case .section:
            return section(page.section, language)
        case .news, .project, .member, .event:
            return home(language) + sectionSegment(page.section, language) + "/" + page.slug + "/"
        case .page:
            let folders = page.folders.map { slugger.slug($0) }.filter { !$0.isEmpty }
            return home(language) + folders.map { $0 + "/" }.joined() + page.slug + "/"
        }
    }

    /// Past events: "/mk/events/past/", "/mk/events/past/page/2/".
    public func pastEvents(_ language: String, page number: Int = 1) -> String {
        paginated(section("events", language) + "past/", number)
    }

    /// The calendar of a language's events, to subscribe to: "/mk/events.ics".
    public func calendar(_ language: String) -> String {
        home(language) + sectionSegment("events", language) + ".ics"
    }

    /// One event's calendar file, beside its page: "/mk/events/lyon-training.ics".
    public func eventCalendar(pagePath: String) -> String {
        String(pagePath.dropLast()) + ".ics"
    }

    public func tags(_ language: String) -> String {
        section("tags", language)
    }

    public func tag(_ term: String, _ language: String, page number: Int = 1) -> String {
        paginated(tags(language) + term + "/", number)
    }

    /// A filtered member directory: "/mk/members/city/bitola/".
    public func memberFacet(_ facet: MemberFacet, _ language: String) -> String {
        section("members", language) + facet.kind.rawValue + "/" + facet.slug + "/"
    }

    public func search(_ language: String) -> String {
        home(language) + "search/"
    }

    public func feed(_ language: String) -> String {
        home(language) + "atom.xml"
    }

    public func notFound(_ language: String) -> String {
        home(language) + "404.html"
    }

    private func paginated(_ path: String, _ number: Int) -> String {
        number <= 1 ? path : path + "page/\(number)/"
    }

    /// The file a site path is written to, relative to the output folder.
    public static func outputFile(for sitePath: String) -> String {
        var path = sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return path
    }
}
