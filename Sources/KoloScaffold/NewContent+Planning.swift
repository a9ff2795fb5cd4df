import Foundation
import KoloContent
import KoloDiagnostics
import KoloText

extension NewContent {
    /// What `kolo new` was asked for.
    public struct Request: Sendable {
        public var kind: Kind
        public var title: String
        public var language: String
        /// The site folder.
        public var source: String
        /// A translationKey, file slug or file path of the item this one translates.
        public var translationOf: String?
        /// Seconds since 1970: a news item is dated today in the site's time zone.
        public var now: Int64

        public init(kind: Kind, title: String, language: String, source: String = ".", translationOf: String? = nil, now: Int64) {
            self.kind = kind
            self.title = title
            self.language = language
            self.source = source
            self.translationOf = translationOf
            self.now = now
        }
    }

    /// Decides the file's path and text without writing anything. Errors with code `.usage` mean the
    /// request named something the site does not have (a language).
    public static func plan(_ request: Request) throws(DiagnosticError) -> NewContent {
        let site = try SiteFolder(source: request.source)
        guard site.config.language(request.language) != nil else {
            throw DiagnosticError(.error(.usage, at: nil,
                                         "unknown language \"\(request.language)\": the site's languages are \(site.config.languages.map(\.code).joined(separator: ", "))"))
        }
        guard request.title.contains(where: { !$0.isWhitespace }) else {
            throw DiagnosticError(.error(.usage, at: nil, "the title is empty"))
        }
        if let key = request.translationOf {
            return try planTranslation(request, of: key, in: site)
        }
        let style: SlugStyle = site.config.slugStyle == .unicode ? .unicode : .ascii
        let slug = Slugger(language: request.language, style: style).slug(request.title)
        guard !slug.isEmpty else {
            throw DiagnosticError(.error(.usage, at: nil,
                                         "the title \"\(request.title)\" has no letters or digits to make a file name from"))
        }
        let today = Self.today(request.now, timeZone: site.config.timeZone)
        let relative: String
        var lines = ["title: " + YAMLText.quoted(request.title)]
        switch request.kind {
        case .news:
            relative = "news/\(today)-\(slug).md"
            lines.append("date: \(today)")
        case .project:
            relative = "projects/\(slug).md"
            lines.append("status: planned")
        case .member:
            relative = "members/\(slug).md"
            lines.append("kind: organisation")
        case .event:
            relative = "events/\(slug).md"
            lines += ["start: \(today)  # the first day, or a day and time: \(today)T09:00",
                      "# end: \(today)  # the last day, or the end time",
                      "# timeZone: \(site.config.timeZone)  # when it is not the site's",
                      "# location: \"\"  # the place; online: https://… for an online event",
                      "# registration: https://…",
                      "# organisers: []  # members, by file name"]
        case .page:
            relative = "\(slug).md"
        }
        let file = try make(relative, language: request.language, lines: lines, in: site)
        let pages = site.pages()
        if let twin = pages.first(where: { $0.page.language == request.language && $0.page.kind == request.kind.pageKind
                                             && $0.page.folders == Self.folders(of: relative) && $0.page.slug == slug }) {
            throw DiagnosticError(.error(.content, at: SourceLocation(path: twin.entry.displayPath),
                                         "this file already has the address that \(request.kind.noun) titled \"\(request.title)\" would get (\(slug)); choose another title, or edit this file"))
        }
        return file
    }

    /// The file at `content/<language>/<relative>`, refusing one that exists.
    static func make(_ relative: String, language: String, lines: [String], in site: SiteFolder) throws(DiagnosticError) -> NewContent {
        let inSite = "content/\(language)/\(relative)"
        let file = NewContent(path: site.root + "/" + inSite, displayPath: site.display(inSite),
                              text: "---\n" + lines.map { $0 + "\n" }.joined() + "---\n\n")
        if FileManager.default.fileExists(atPath: file.path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) != nil {
            throw DiagnosticError(.error(.io, at: SourceLocation(path: file.displayPath), "this file already exists, and kolo new never replaces a file"))
        }
        return file
    }

    static func folders(of relative: String) -> [String] {
        relative.split(separator: "/").dropLast().map(String.init)
    }

    /// "2025-01-31": the day it is at `now` in the site's time zone.
    static func today(_ now: Int64, timeZone identifier: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(now)))
        func two(_ number: Int?) -> String { number.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "01" }
        return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day))"
    }
}
