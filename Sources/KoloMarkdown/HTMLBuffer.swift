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

    /// The text written since `start`, without the byte ranges in `cuts` (ascending, all after `start`).
    func substring(from start: Int, leavingOut cuts: [Range<Int>] = []) -> String {
        guard start <= bytes.count else { return "" }
        guard !cuts.isEmpty else { return String(decoding: bytes[start...], as: UTF8.self) }
        var kept: [UInt8] = []
        var position = start
        for cut in cuts where cut.lowerBound >= position {
            kept += bytes[position..<cut.lowerBound]
            position = cut.upperBound
        }
        kept += bytes[position...]
        return String(decoding: kept, as: UTF8.self)
    }

    mutating func appendByte(_ byte: UInt8) {
        bytes.append(byte)
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

    /// Escapes an attribute value (always written in double quotes): a title or a class is text.
    mutating func appendAttribute(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "'"): append("&#39;")
            default: bytes.append(byte)
            }
        }
    }

    /// Writes a link or image destination as an `href`/`src` value with cmark's rules (houdini's
    /// href escaping): URL characters stay, `%` escapes stay as written, `&` and `'` become
    /// entities, and everything else (spaces, `\\`, `<`, non-ASCII) is percent-encoded as UTF-8.
    mutating func appendDestination(_ value: String) {
        for byte in value.utf8 {
            if byte < 0x80 && Self.isURLSafe[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                append("&amp;")
            } else if byte == UInt8(ascii: "'") {
                append("&#x27;")
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    /// ASCII characters a destination keeps as they are (cmark's HREF_SAFE table).
    private static let isURLSafe: [Bool] = (0..<128).map { code in
        let scalar = Character(Unicode.Scalar(UInt8(code)))
        return scalar.isLetter || scalar.isNumber || "-_.+!*(),%#@?=;:/$~".contains(scalar)
    }
}
