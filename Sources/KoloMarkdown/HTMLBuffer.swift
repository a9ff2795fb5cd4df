/// A growing UTF-8 byte buffer with the escaping rules HTML needs; cheaper than building Strings.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    var count: Int { bytes.count }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(cString: UnsafePointer<CChar>?) {
        guard var p = cString else { return }
        while p.pointee != 0 {
            bytes.append(UInt8(bitPattern: p.pointee))
            p += 1
        }
    }

    mutating func ensureNewline() {
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    mutating func insert(_ text: String, at index: Int) {
        bytes.insert(contentsOf: text.utf8, at: index)
    }

    mutating func truncate(to count: Int) {
        bytes.removeSubrange(count...)
    }

    func substring(from start: Int) -> String {
        guard start <= bytes.count else { return "" }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Escapes text content; with `quotes`, swaps cmark's English smart double quotes for the language's.
    mutating func appendText(_ literal: UnsafePointer<CChar>?, quotes: QuotationMarks?) {
        guard var p = literal else { return }
        while p.pointee != 0 {
            let byte = UInt8(bitPattern: p.pointee)
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case 0xE2 where quotes != nil && UInt8(bitPattern: p[1]) == 0x80
                && (UInt8(bitPattern: p[2]) == 0x9C || UInt8(bitPattern: p[2]) == 0x9D):
                let mark = UInt8(bitPattern: p[2]) == 0x9C ? quotes!.opening : quotes!.closing
                bytes.append(contentsOf: mark.utf8)
                p += 2
            default: bytes.append(byte)
            }
            p += 1
        }
    }

    /// Escapes an attribute value (always written in double quotes).
    mutating func appendAttribute(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "'"): append("&#39;")
            case 0..<0x20: append("%\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true))")
            default: bytes.append(byte)
            }
        }
    }
}
