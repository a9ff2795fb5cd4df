/// An SVG opened on its own runs its scripts on the site's origin: one with `<script>`, an event
/// handler attribute (`onload=`) or a `javascript:` link is refused rather than published.
public enum SVGSafety {
    /// What makes the SVG unsafe, or nil.
    public static func problem(in bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        if text.contains("<script") { return "it contains a <script> element" }
        if text.contains("javascript:") { return "it contains a javascript: link" }
        if text.contains("<foreignobject") { return "it contains a <foreignObject> element, which can hold HTML and script" }
        if let handler = eventHandler(in: Array(text.utf8)) {
            return "it has an event handler attribute (\(handler)=), which runs script"
        }
        return nil
    }

    /// The first attribute named on… (onload, onclick, onbegin…) followed by `=`.
    static func eventHandler(in bytes: [UInt8]) -> String? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        var index = 1
        while index + 2 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "o"), bytes[index + 1] == UInt8(ascii: "n"),
                  isSpace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "/") || bytes[index - 1] == UInt8(ascii: "\"") else { continue }
            var end = index + 2
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            guard end > index + 2 else { continue }
            var next = end
            while next < bytes.count, isSpace(bytes[next]) { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: "=") { return String(decoding: bytes[index..<end], as: UTF8.self) }
        }
        return nil
    }
}
