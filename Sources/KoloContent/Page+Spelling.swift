import KoloText

extension Page {
    /// The known key that an unknown written key probably means ("tittle" → "title"); nil for known
    /// keys and for keys that resemble none (an editor's own parameters).
    public static func knownKey(resembling key: String) -> String? {
        guard !knownKeys.contains(key) else { return nil }
        return Spelling.nearest(to: key, among: knownKeys.sorted())
    }

    /// Of the keys this page wrote that Kolo does not know, the first that looks like a slip for `key`.
    public func unknownKey(resembling key: String) -> String? {
        writtenKeys.filter { !Page.knownKeys.contains($0) }.sorted().first { Spelling.nearest(to: $0, among: [key]) != nil }
    }
}
