import Foundation

/// A link or image destination as an editor wrote it, cut into the parts a check needs.
struct LinkDestination: Sendable, Hashable {
    /// "https", "mailto", "javascript"… when the destination has one; such links leave the site.
    var scheme: String?
    /// The path without query and fragment, percent-decoded ("" for `#anchor` alone).
    var path: String
    /// The fragment without "#", percent-decoded; nil when there is none.
    var fragment: String?

    init(_ written: String) {
        var rest = Substring(written)
        if let hash = rest.firstIndex(of: "#") {
            fragment = Self.decoded(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        scheme = Self.scheme(of: rest)
        path = Self.decoded(rest)
    }

    /// Leaves the site: a scheme, or a protocol-relative `//host/…`.
    var isExternal: Bool { scheme != nil || path.hasPrefix("//") }

    private static func scheme(of text: Substring) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return nil }
        let name = text[..<colon]
        guard name.first!.isASCII && name.first!.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return name.lowercased()
    }

    private static func decoded(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }

    /// Resolves `path` against the folder of `base` (a site path ending in "/"), as a browser does:
    /// "." and ".." segments are applied, and ".." never climbs above the root.
    static func resolve(_ path: String, against base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + path
        var segments: [Substring] = []
        let parts = joined.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in parts.enumerated() {
            let isLast = index == parts.count - 1
            if segment == "." || segment == ".." {
                if segment == "..", !segments.isEmpty { segments.removeLast() }
                if isLast { segments.append("") }
            } else if !segment.isEmpty || isLast {
                segments.append(segment)
            }
        }
        if segments.first != "" { segments.insert("", at: 0) }
        let result = segments.joined(separator: "/")
        return result.isEmpty ? "/" : result
    }
}
