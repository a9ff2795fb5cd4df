import KoloDiagnostics

/// One content file in one language, decoded: the editor's words and facts, before the site
/// decides URLs, translations or lists. Pure data; no Markdown has been rendered yet.
public struct Page: Sendable, Hashable, Identifiable {
    /// "mk/news/2016-07-22-fusion-lab": the language and the file's path without `.md`.
    public var id: String
    public var language: String
    public var kind: PageKind
    /// First folder under the language ("news"), or "" for a plain page at the language's top.
    public var section: String
    /// The folders between the language and the file ("news", "about/team" → ["about"]).
    public var folders: [String]
    /// Path to print in messages.
    public var sourcePath: String
    /// The file name without `.md` and without a leading `YYYY-MM-DD-` date.
    public var fileSlug: String
    /// The URL segment: front matter `slug`, else the file slug, transliterated.
    public var slug: String
    /// Joins translations; front matter `translationKey`, else the path within the language.
    public var translationKey: String
    public var hasExplicitTranslationKey: Bool

    public var title: String
    public var description: String?
    public var date: ContentDate?
    public var lastmod: ContentDate?
    public var draft: Bool
    public var weight: Int?
    public var image: String?
    public var imageAlt: String?
    /// Who took the picture (`imageCredit:`), shown as a caption line.
    public var imageCredit: String?
    /// Where the picture's subject is, for cropping cards (`imageFocus:`); nil lets Kolo find it.
    public var imageFocus: ImageFocus?
    /// For an item folder (`news/2021-12-17-lyon/index.md`): that folder within the language
    /// ("news/2021-12-17-lyon"), whose other files (pictures, a PDF) are published beside the page.
    public var bundle: String?
    public var tags: [Located<String>]
    public var references: [Reference]
    public var aliases: [Located<String>]

    // News
    public var author: String?
    // Projects
    public var status: ProjectStatus?
    public var startDate: ContentDate?
    public var endDate: ContentDate?
    public var funders: [String]
    public var website: String?
    // Members
    public var memberKind: MemberKind?
    public var city: String?
    public var country: String?
    public var email: String?
    public var logo: String?
    // Events
    public var event: EventDetails? = nil
    /// After this instant the item leaves lists, feeds, the sitemap and search, and its page is not
    /// built (Hugo's `expiryDate`): a call for applications after its deadline.
    public var expiryDate: ContentDate? = nil

    /// Every front matter key as written, for templates.
    public var params: [String: ParamValue]
    /// The front matter keys the editor wrote (to tell "omitted" from "empty" when inheriting).
    public var writtenKeys: Set<String>
    /// Where each front matter value was written.
    public var keyLocations: [String: SourceLocation]
    /// Where each front matter key itself was written (for "did you mean 'title'?" warnings).
    public var keyNameLocations: [String: SourceLocation] = [:]
    public var body: String
    /// File line of the body's first line, to turn Markdown positions into file positions.
    public var bodyFirstLine: Int
    /// The file's modification time (seconds since 1970), for translation status reports only:
    /// it never reaches the output, which must not depend on when files were checked out.
    public var fileModified: Int64 = 0

    public var isSectionIndex: Bool { kind == .section }
}

public enum PageKind: String, Sendable, Hashable, CaseIterable {
    case news, project, member, event
    /// A plain page such as `about.md`.
    case page
    /// A section's `_index.md`: the title and intro of a list page.
    case section

    /// The folder that holds items of this kind.
    public static func forSection(_ section: String) -> PageKind? {
        switch section {
        case "news": return .news
        case "projects": return .project
        case "members": return .member
        case "events": return .event
        default: return nil
        }
    }

    public var sectionName: String? {
        switch self {
        case .news: return "news"
        case .project: return "projects"
        case .member: return "members"
        case .event: return "events"
        case .page, .section: return nil
        }
    }
}

public enum ImageFocus: String, Sendable, Hashable, CaseIterable {
    case top, bottom, left, right, center
}

public enum ProjectStatus: String, Sendable, Hashable, CaseIterable {
    case planned, active, completed
}

public enum MemberKind: String, Sendable, Hashable, CaseIterable {
    case organisation, person
}

/// A front matter value that names another item (`projects: [fusion-lab]`).
public struct Reference: Sendable, Hashable {
    /// The front matter key: "projects", "members", "partners" or "organisers".
    public var field: String
    /// The section the named item lives in.
    public var targetSection: String
    /// As written: a file slug or a translationKey.
    public var value: String
    public var location: SourceLocation
}
