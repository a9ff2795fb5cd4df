/// Escaping text for HTML and XML: one implementation for templates, feeds, the sitemap, redirect
/// pages and the preview's error overlay. It works on UTF-8 bytes (every byte it changes is ASCII,
/// so multi-byte characters pass through whole) and returns the text untouched, without copying,
/// when there is nothing to escape — the common case.
public enum MarkupEscaping {
    /// For HTML content and quoted attributes: `& < > " '`.
    public static func html(_ text: String) -> String {
        escape(text, droppingControlCharacters: false)
    }

    /// For XML 1.0, which also forbids control characters other than tab and newline: those are left out.
    public static func xml(_ text: String) -> String {
        escape(text, droppingControlCharacters: true)
    }

    private static func escape(_ text: String, droppingControlCharacters: Bool) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { needsWork($0, droppingControlCharacters) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])          // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])    // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])          // &#39;
            case 0x09, 0x0A: bytes.append(byte)
            case ..<0x20 where droppingControlCharacters: continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8, _ droppingControlCharacters: Bool) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
        case 0x09, 0x0A: return false
        case ..<0x20: return droppingControlCharacters
        default: return false
        }
    }
}
