extension TemplateRenderer {
    /// `{{name}}`: text as it is, numbers in digits, flags as `true`/`false`; lists and objects as
    /// Swift writes them (swift-mustache printed them so); HTML-escaped unless `escaped` is false.
    mutating func print(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text): append(text, escaped: escaped)
        case .int(let number): append(String(number), escaped: false)
        case .bool(let flag): append(flag ? "true" : "false", escaped: false)
        case .double(let number): append("\(number)", escaped: escaped)
        case .dynamic(let dynamic): append(dynamic.text, escaped: escaped)
        case .list, .object: append(value.swiftDescription, escaped: escaped)
        }
    }

    mutating func append(_ text: String, escaped: Bool) {
        var text = text
        text.withUTF8 { bytes in
            guard escaped else {
                output.append(contentsOf: bytes)
                return
            }
            HTMLEscaping.append(bytes, to: &output)
        }
    }
}

/// HTML escaping, byte by byte: exactly `& < > " '`, as Kolo escapes everywhere else
/// (KoloText's `MarkupEscaping.html`). Every byte it changes is ASCII, so characters pass whole.
enum HTMLEscaping {
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<bytes.count {
            let replacement: StaticString
            switch bytes[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            default: continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
}

extension TemplateValue {
    /// How Swift's `String(describing:)` writes the value inside a collection: texts quoted.
    public var swiftDescription: String {
        switch self {
        case .list(let items): return "[" + items.map(\.nestedDescription).joined(separator: ", ") + "]"
        case .object(let object):
            guard !object.isEmpty else { return "[:]" }
            return "[" + object.pairs.map { String(reflecting: $0.name) + ": " + $1.nestedDescription }.joined(separator: ", ") + "]"
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return "\(number)"
        case .bool(let flag): return flag ? "true" : "false"
        case .dynamic(let value): return value.text
        }
    }

    var nestedDescription: String {
        if case .string(let text) = self { return String(reflecting: text) }
        return swiftDescription
    }
}
