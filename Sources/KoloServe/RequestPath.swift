/// A request's path, decoded and checked before it comes near the file system. Anything that
/// could leave the site's folder is refused outright: `..` and `.` segments (written or
/// percent-encoded), encoded slashes and backslashes, NUL and control characters, hidden names.
struct RequestPath: Sendable, Equatable {
    /// Decoded segments, none empty.
    var segments: [String]
    /// The path ended with "/" (a folder's URL).
    var hasTrailingSlash: Bool
    /// The query as written ("?a=b"), or "".
    var query: String

    /// nil when the path is refused.
    init?(_ target: String) {
        var path = Substring(target)
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        if let mark = path.firstIndex(of: "?") {
            query = String(path[mark...])
            path = path[..<mark]
        } else {
            query = ""
        }
        guard path.first == "/" else { return nil }
        var raw = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        hasTrailingSlash = raw.last == ""
        if hasTrailingSlash { raw.removeLast() }
        var segments: [String] = []
        for piece in raw {
            guard let segment = Self.percentDecoded(piece), Self.isSafe(segment) else { return nil }
            segments.append(segment)
        }
        self.segments = segments
    }

    /// The folder-relative file path ("" for the root).
    var relative: String { segments.joined(separator: "/") }

    static func isSafe(_ segment: String) -> Bool {
        guard !segment.isEmpty, !segment.hasPrefix(".") else { return false }
        return !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Percent-decodes a segment as UTF-8; nil for a malformed escape or invalid UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
