import KoloContent

/// A language's UI strings: the site's own file over the theme's, then the default language's as a
/// last resort (so a page never shows a bare key).
public struct Strings: Sendable {
    public let language: String
    public let entries: [String: StringEntry]
    let fallback: [String: StringEntry]

    public init(language: String, entries: [String: StringEntry], fallback: [String: StringEntry]) {
        self.language = language
        self.entries = entries
        self.fallback = fallback
    }

    /// Merges files, later ones winning key by key (theme first, then the site).
    public static func merging(_ files: [StringsFile]) -> [String: StringEntry] {
        var merged: [String: StringEntry] = [:]
        for file in files { merged.merge(file.entries) { _, new in new } }
        return merged
    }

    public func entry(_ key: String) -> StringEntry? {
        entries[key] ?? fallback[key]
    }

    /// The plain text for a key; for a plural entry its "other" form.
    public func text(_ key: String) -> String? {
        switch entry(key) {
        case .text(let text)?: return text
        case .plural(let forms)?: return forms["other"] ?? forms.values.sorted().first
        case nil: return nil
        }
    }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// Keys that the language lacks but the default language has.
    public var missingKeys: [String] {
        fallback.keys.filter { entries[$0] == nil }.sorted()
    }
}
