import KoloDiagnostics

/// Everything `site.yaml` says about the site as a whole.
public struct SiteConfig: Sendable {
    public var baseURL: BaseURL
    public var title: String
    public var defaultLanguage: String
    /// false puts the default language at `/` instead of `/<code>/`.
    public var defaultLanguageInSubdir: Bool
    public var theme: String
    public var paginate: Int
    /// In site order: the order of the switcher, the sitemap and inheritance.
    public var languages: [LanguageConfig]
    public var timeZone: String
    /// False when site.yaml leaves `timeZone` out and UTC is assumed: an event's time without a zone
    /// is then an error rather than a guess.
    public var timeZoneIsWritten: Bool = true
    public var untranslated: UntranslatedPolicy
    public var slugStyle: SlugStyleSetting
    /// Translated section names in URLs: `sections: {news: {pl: aktualnosci}}`.
    public var sectionPaths: [String: [String: String]]
    public var markdown: MarkdownSettings
    /// Organisations that fund projects, with the acknowledgement each requires on the projects it funds.
    public var funders: [FunderConfig]
    /// Build a per-language search index with Pagefind.
    public var search: Bool
    /// How pictures are published (`images:`).
    public var images: ImagesConfig
    /// Any other key, offered to templates as `site.params`.
    public var params: [String: ParamValue]
    /// Where the config was read from, for messages.
    public var path: String

    public func language(_ code: String) -> LanguageConfig? {
        languages.first { $0.code == code }
    }

    public var defaultLanguageConfig: LanguageConfig {
        language(defaultLanguage) ?? languages[0]
    }
}

public struct LanguageConfig: Sendable, Hashable {
    public var code: String
    /// The language's name in itself ("Македонски").
    public var name: String
    /// BCP 47 locale for dates, plurals and collation ("mk-MK").
    public var locale: String
    public var title: String
    public var description: String
    public var direction: TextDirection
    public var menu: [MenuItem]

    public init(code: String, name: String, locale: String, title: String, description: String, direction: TextDirection, menu: [MenuItem]) {
        self.code = code
        self.name = name
        self.locale = locale
        self.title = title
        self.description = description
        self.direction = direction
        self.menu = menu
    }
}

public enum TextDirection: String, Sendable, Hashable {
    case ltr, rtl

    /// The scripts of these languages run right to left.
    static func natural(for code: String) -> TextDirection {
        let primary = code.split(separator: "-").first.map(String.init) ?? code
        return ["ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug"].contains(primary) ? .rtl : .ltr
    }
}

public struct MenuItem: Sendable, Hashable {
    public var name: String
    /// As written: a site path ("/mk/news/"), a path relative to the language ("news/") or a full URL.
    public var url: String
    public var weight: Int
}

public enum UntranslatedPolicy: String, Sendable, Hashable, CaseIterable {
    /// A page missing in a language simply does not exist there.
    case hide
    /// A page missing in a language is shown there in its original language, with a notice.
    case fallback
}

public enum SlugStyleSetting: String, Sendable, Hashable, CaseIterable {
    case ascii, unicode
}

/// A funder named in `site.yaml`: projects whose `funder`/`funders` name it (by key, name or one of
/// `match`) show its logo and its acknowledgement text in the reader's language.
public struct FunderConfig: Sendable, Hashable {
    public var key: String
    public var name: String
    public var names: [String]
    public var logo: String?
    public var url: String?
    /// Language code → the disclaimer text ("Funded by the European Union. Views and opinions…").
    public var text: [String: String]

    /// Whether a project's `funder` value means this funder.
    public func matches(_ funder: String) -> Bool {
        let folded = funder.trimmingWhitespace.lowercased()
        return folded == key.lowercased() || folded == name.lowercased() || names.contains { $0.lowercased() == folded }
    }
}

public struct MarkdownSettings: Sendable, Hashable {
    public var smart: Bool
    public var unsafe: Bool
    /// GFM tables, footnotes, `~~strikethrough~~`, `- [ ]` task lists, bare-URL autolinks; and,
    /// with `unsafe`, GFM's filter of disallowed raw HTML tags. All on unless the site turns one off.
    public var tables = true
    public var footnotes = true
    public var strikethrough = true
    public var tasklists = true
    public var autolinks = true
    public var tagfilter = true

    public init(smart: Bool = true, unsafe: Bool = false) {
        self.smart = smart
        self.unsafe = unsafe
    }
}
