/// Choices that change which pages are built, not how they look.
public struct SiteOptions: Sendable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// Keep items whose `expiryDate` has passed (`kolo build --expired`).
    public var includeExpired: Bool
    /// "Now", in seconds since 1970, for leaving out future-dated and expired items and for telling
    /// upcoming events from past ones.
    public var now: Int64
    /// A tag's label in a language from the UI strings (`tags.<key>`), if any.
    public var tagLabel: @Sendable (_ language: String, _ key: String) -> String?
    /// Sort key for titles in a language (collation); plain lower-casing when nil.
    public var collationKey: (@Sendable (_ language: String, _ text: String) -> [UInt8])?

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, includeExpired: Bool = false, now: Int64,
                tagLabel: @escaping @Sendable (String, String) -> String? = { _, _ in nil },
                collationKey: (@Sendable (String, String) -> [UInt8])? = nil) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.includeExpired = includeExpired
        self.now = now
        self.tagLabel = tagLabel
        self.collationKey = collationKey
    }
}
