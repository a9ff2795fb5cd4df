/// A page as it appears in one language: its own, or (with `untranslated: fallback`) another
/// language's page shown there.
public struct PageRef: Sendable, Hashable {
    /// Index into `Site.pages`.
    public var page: Int
    /// The language whose site shows it.
    public var language: String
    /// True when the page was written in another language than the one showing it.
    public var isFallback: Bool

    public init(page: Int, language: String, isFallback: Bool) {
        self.page = page
        self.language = language
        self.isFallback = isFallback
    }
}

/// Pages that are the same item in different languages.
public struct TranslationGroup: Sendable, Hashable {
    public var key: String
    /// The section all its pages live in ("news"), or "" for plain pages; for a section's index
    /// (`news/_index.md`), the section it introduces. Whether a group is an index is its pages' kind.
    public var section: String
    /// Language code → index into `Site.pages`.
    public var pages: [String: Int]
}
