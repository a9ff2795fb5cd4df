/// Which URLs can run script in a reader's browser, judged the way a browser reads an attribute:
/// character references decoded, tabs and newlines removed, leading spaces and control characters
/// dropped, the scheme compared without regard to case.
public enum URLRules {
    /// The dangerous scheme of an attribute value as written in HTML, or nil. `data:` is dangerous
    /// except as an image of type png, gif, jpeg or webp.
    public static func scriptScheme(_ attributeValue: String, isImage: Bool) -> String? {
        var url = Array(decodingCharacterReferences(attributeValue).unicodeScalars)
        url.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = url.firstIndex(where: { $0.value > 0x20 }) else { return nil }
        var scheme = ""
        for scalar in url[start...] {
            if scalar == ":" { break }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        guard url[start...].contains(":") else { return nil }
        switch scheme.lowercased() {
        case "javascript", "vbscript", "livescript":
            return scheme.lowercased()
        case "data":
            let rest = String(String.UnicodeScalarView(url[start...].dropFirst(5).prefix(11))).lowercased()
            if isImage && ["image/png", "image/gif", "image/jpeg", "image/webp"].contains(where: rest.hasPrefix) { return nil }
            return "data"
        default:
            return nil
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#39;`, `&#x3A;`… decoded; any other `&` kept.
    public static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: Unicode.Scalar?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            case "Tab": decoded = "\t"
            case "NewLine": decoded = "\n"
            case "colon": decoded = ":"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            if let decoded {
                result.unicodeScalars.append(decoded)
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }
}
