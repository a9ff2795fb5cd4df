/// A tag in one language: one term may be linked across languages when editors write the same
/// language-neutral key (`tags: [youth]`) everywhere.
public struct TagTerm: Sendable, Hashable {
    /// The URL segment, which is also the term's identity across languages.
    public var slug: String
    /// What readers see: the i18n label `tags.<key>` when there is one, else the tag as written.
    public var label: String
    public var language: String
    /// Pages carrying the tag in this language, in list order (newest first).
    public var pages: [PageRef]
}
