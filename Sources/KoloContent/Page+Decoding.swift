import KoloDiagnostics
import KoloText
import Yams

extension Page {
    /// Front matter keys Kolo gives a meaning to, for any kind (others are kept as params).
    public static let knownKeys: Set<String> = Set<String>([
        "title", "date", "description", "tags", "projects", "members", "image", "imageAlt", "author", "draft",
        "status", "startDate", "endDate", "funder", "funders", "partners", "website", "kind", "city", "country",
        "email", "logo", "slug", "translationKey", "lastmod", "weight", "aliases", "expiryDate", "imageFocus", "imageCredit",
    ]).union(eventKeys)

    /// Which front matter keys name other items, and in which section those items live.
    static let referenceFields: [PageKind: [(field: String, section: String)]] = [
        .news: [("projects", "projects"), ("members", "members")],
        .project: [("partners", "members")],
        .member: [],
        .event: [("organisers", "members"), ("projects", "projects")],
        .page: [("projects", "projects"), ("members", "members")],
        .section: [],
    ]

    /// Decodes one content file.
    /// - Parameter context: what decoding needs from the site: slugging and the time zone.
    public static func decode(_ file: ContentFile, context: PageDecodingContext) throws(DiagnosticError) -> Page {
        let path = file.displayPath
        let split = try FrontMatter.split(file.text, path: path)
        let document = try YAMLDocument(text: String(split.yaml), path: path, firstLine: split.yamlFirstLine)
        var reader = YAMLReader(document: document, node: document.root, what: "front matter")
        // Front matter that is not a mapping has no keys to check: say that alone.
        try reader.diagnostics.throwIfErrors()

        var folders = file.pathInLanguage.split(separator: "/").map(String.init)
        let fileName = folders.removeLast()
        var baseName = String(fileName.dropLast(3))
        // An item folder (`news/2021-12-17-lyon/index.md`, its pictures beside it) is the item the
        // folder names.
        var bundle: String?
        if baseName == "index" && !folders.isEmpty {
            bundle = folders.joined(separator: "/")
            baseName = folders.removeLast()
        }
        let section = folders.first ?? ""
        let kind: PageKind = baseName == "_index" ? .section : (PageKind.forSection(section) ?? .page)
        let fileSlug = removingDatePrefix(baseName)
        let slugger = context.slugger(for: file.language)

        func date(_ key: String) -> ContentDate? {
            guard let text = reader.string(key) else { return nil }
            if let parsed = context.parseDate(text) { return parsed }
            reader.diagnostics.error(.frontMatter, at: reader.location(key),
                                     "'\(key)' is not a date: \"\(text)\" (write it as 2016-07-22, or 2016-07-22T10:00:00+02:00 with a time)")
            return nil
        }
        func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _: Value.Type) -> Value? where Value.RawValue == String {
            guard let text = reader.string(key) else { return nil }
            if let value = Value(rawValue: text) { return value }
            let choices = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            reader.diagnostics.error(.frontMatter, at: reader.location(key), "'\(key)' must be one of \(choices), not \"\(text)\"")
            return nil
        }

        let what = ["news": "a news item", "project": "a project", "member": "a member", "event": "an event", "page": "a page", "section": "a section index"][kind.rawValue]!
        let title = kind == .section ? (reader.string("title") ?? "") : (reader.requiredString("title", what: what) ?? "")
        let pageDate = date("date")

        var slug = slugger.slug(fileSlug)
        if let written = reader.string("slug") {
            slug = slugger.slug(written)
            if slug.isEmpty {
                reader.diagnostics.error(.frontMatter, at: reader.location("slug"),
                                         "'slug' \"\(written)\" has no letters or digits to make a URL from")
            }
        } else if slug.isEmpty && kind != .section {
            reader.diagnostics.error(.content, at: SourceLocation(path: path),
                                     "the file name \"\(fileName)\" has no letters or digits to make a URL from; rename it or set 'slug'")
        }

        var funders = reader.strings("funders").map(\.value)
        if let funder = reader.string("funder") { funders.insert(funder, at: 0) }
        var references: [Reference] = []
        for (field, targetSection) in referenceFields[kind] ?? [] {
            for value in reader.strings(field) {
                references.append(Reference(field: field, targetSection: targetSection, value: value.value, location: value.location))
            }
        }
        let explicitKey = reader.string("translationKey")
        var keyLocations: [String: SourceLocation] = [:]
        for key in reader.keys { keyLocations[key] = reader.location(key) }

        var page = Page(
            id: "\(file.language)/\(file.pathInLanguage.dropLast(3))",
            language: file.language, kind: kind, section: section, folders: folders, sourcePath: path,
            fileSlug: fileSlug, slug: slug,
            translationKey: explicitKey ?? String(file.pathInLanguage.dropLast(3)),
            hasExplicitTranslationKey: explicitKey != nil,
            title: title, description: reader.string("description"), date: pageDate, lastmod: date("lastmod"),
            draft: reader.bool("draft") ?? false, weight: reader.int("weight"),
            image: reader.string("image"), imageAlt: reader.string("imageAlt"), imageCredit: reader.string("imageCredit"),
            tags: reader.strings("tags"), references: references, aliases: reader.strings("aliases"),
            author: reader.string("author"), status: choice("status", ProjectStatus.self),
            startDate: date("startDate"), endDate: date("endDate"), funders: funders, website: reader.string("website"),
            memberKind: choice("kind", MemberKind.self), city: reader.string("city"), country: reader.string("country"),
            email: reader.string("email"), logo: reader.string("logo"),
            params: reader.params(), writtenKeys: Set(reader.keys), keyLocations: keyLocations,
            body: String(split.body), bodyFirstLine: split.bodyFirstLine
        )
        page.fileModified = file.modified
        page.expiryDate = date("expiryDate")
        if kind == .event { page.event = eventDetails(&reader, context: context) }
        page.bundle = bundle
        page.imageFocus = choice("imageFocus", ImageFocus.self)
        for key in reader.keys { page.keyNameLocations[key] = reader.keyLocation(key) }
        try reader.diagnostics.throwIfErrors()
        return page
    }

    /// "2016-07-22-fusion-lab" → "fusion-lab".
    public static func removingDatePrefix(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 11 else { return name }
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        let isDate = digitsAt.allSatisfy { (0x30...0x39).contains(bytes[$0]) }
            && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") && bytes[10] == UInt8(ascii: "-")
        return isDate ? String(decoding: bytes[11...], as: UTF8.self) : name
    }
}

/// What decoding a page needs from the site, kept small so that decoding can run on any thread.
public struct PageDecodingContext: Sendable {
    public var slugStyle: SlugStyle
    public var timeZone: SiteTimeZone
    /// False when site.yaml names no zone: an event's time written without one is then an error.
    public var siteTimeZoneIsWritten: Bool

    public init(slugStyle: SlugStyle, timeZone: SiteTimeZone, siteTimeZoneIsWritten: Bool = true) {
        self.slugStyle = slugStyle
        self.timeZone = timeZone
        self.siteTimeZoneIsWritten = siteTimeZoneIsWritten
    }

    /// What the site's configuration says about decoding.
    public init(config: SiteConfig) {
        self.init(slugStyle: config.slugStyle == .unicode ? .unicode : .ascii,
                  timeZone: SiteTimeZone(identifier: config.timeZone) ?? .utc, siteTimeZoneIsWritten: config.timeZoneIsWritten)
    }

    public func slugger(for language: String) -> Slugger {
        Slugger(language: language, style: slugStyle)
    }

    public func parseDate(_ text: String) -> ContentDate? {
        ContentDate.parse(text, defaultOffset: timeZone.offset)
    }
}
