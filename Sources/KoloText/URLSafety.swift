/// Which URLs may reach a page when editors are not trusted with script (`markdown.unsafe` off):
/// cmark's rule, stricter for links. Markdown links and images, and front matter's `website`,
/// `image` and `logo`, all go through it.
public enum URLSafety {
    public static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        dangerousScheme(url, isImage: isImage) != nil
    }

    /// The scheme, lower-cased, when it can run script (`javascript`, `vbscript`, `file`, `data` other
    /// than a PNG, GIF, JPEG or WebP picture); nil for every other URL.
    public static func dangerousScheme(_ url: String, isImage: Bool) -> String? {
        // Browsers ignore leading spaces and control characters, drop tabs and newlines anywhere, and
        // match schemes case-insensitively.
        let trimmed = url.utf8.drop { $0 <= 0x20 }
        var bytes: [UInt8] = []
        var colon: Substring.UTF8View.Index?
        for index in trimmed.indices {
            let byte = trimmed[index]
            if byte == UInt8(ascii: ":") { colon = index; break }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            // No scheme that runs script is longer than "javascript"; most URLs stop here early.
            guard bytes.count < 10 else { return nil }
            bytes.append(byte | 0x20)  // ASCII upper-case letters to lower case; no other byte becomes a letter
        }
        guard let colon else { return nil }
        let scheme = String(decoding: bytes, as: UTF8.self)
        switch scheme {
        case "javascript", "vbscript", "file":
            return scheme
        case "data":
            guard isImage else { return scheme }
            let mediaType = String(decoding: trimmed[trimmed.index(after: colon)...].prefix(11), as: UTF8.self).lowercased()
            return ["image/png", "image/gif", "image/jpeg", "image/webp"].contains { mediaType.hasPrefix($0) } ? nil : scheme
        default:
            return nil
        }
    }
}
