/// Which URLs may reach a page when editors are not trusted with script (`markdown.unsafe` off):
/// cmark's rule, stricter for links. Markdown links and images, and front matter's `website`,
/// `image` and `logo`, all go through it.
public enum URLSafety {
    public static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        // Browsers ignore leading spaces and control characters and match schemes case-insensitively.
        let trimmed = url.utf8.drop { $0 <= 0x20 }
        var scheme: [UInt8] = []
        for byte in trimmed {
            if byte == UInt8(ascii: ":") { break }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            scheme.append(byte | 0x20)
            if scheme.count > 12 { return false }
        }
        guard scheme.count < trimmed.count else { return false }
        switch String(decoding: scheme, as: UTF8.self) {
        case "javascript", "vbscript", "file":
            return true
        case "data":
            guard isImage else { return true }
            let rest = String(decoding: trimmed.dropFirst(5).prefix(11), as: UTF8.self).lowercased()
            return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains { rest.hasPrefix($0) }
        default:
            return false
        }
    }
}
