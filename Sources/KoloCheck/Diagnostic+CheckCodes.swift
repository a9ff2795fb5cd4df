import KoloDiagnostics

extension Diagnostic.Code {
    /// A link to a page or file that the site does not have.
    public static let brokenLink = Self(rawValue: "broken-link")
    /// A link to `#anchor` that the target page has no heading (or template id) for.
    public static let missingAnchor = Self(rawValue: "missing-anchor")
    /// An image or file named in Markdown or front matter that neither `static/` nor the build provides.
    public static let missingAsset = Self(rawValue: "missing-asset")
    /// A link the build removes because its scheme can run script (`javascript:`).
    public static let unsafeLink = Self(rawValue: "unsafe-link")
    /// A front matter key that looks like a misspelt known key.
    public static let unknownKey = Self(rawValue: "unknown-key")
    /// A picture without a description for people who cannot see it.
    public static let missingAlt = Self(rawValue: "missing-alt")
    /// A link or reference to an item whose `expiryDate` has passed, which is no longer published.
    public static let expiredLink = Self(rawValue: "expired-link")
    /// A footnote reference with no definition, or a definition that nothing refers to.
    public static let footnote = Self(rawValue: "footnote")
    /// An alias that cannot become a redirect page.
    public static let alias = Self(rawValue: "alias")
}
