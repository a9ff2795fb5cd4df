/// What HTML Kolo may write when Markdown authors are not trusted (`markdown.unsafe` off): only the
/// tags and attributes of Kolo's own writer (and, for whole pages, of the theme's templates), every
/// `<` of text escaped, and no link that runs script.
public struct HTMLRules: Sendable {
    public var tags: Set<String>
    public var attributes: Set<String>
    /// The content of each `<script>` element the theme writes: a script element must be one of them.
    public var scripts: Set<[UInt8]>
    /// Whether the theme writes JSON-LD (`<script type="application/ld+json">{{{page.jsonLD}}}`):
    /// data from the page, held to one rule instead, no `<` at all, so it cannot close its element.
    public var allowsJSONData = false
    /// Whether `<img src>` is held to Markdown's rule too (no `javascript:`, only image `data:`). The
    /// theme writes front matter's `image:` as it is: no browser runs script from an image's source.
    public var checksImageSources: Bool

    public init(tags: Set<String>, attributes: Set<String>, scripts: Set<[UInt8]> = [], checksImageSources: Bool) {
        self.tags = tags
        self.attributes = attributes.filter { !$0.hasPrefix("on") && !Self.neverAllowedAttributes.contains($0) }
        self.scripts = scripts
        self.checksImageSources = checksImageSources
    }

    static let neverAllowedAttributes: Set<String> = ["style", "srcdoc", "formaction", "action", "http-equiv"]

    /// What `MarkdownRenderer` writes (KoloMarkdown's HTMLWriter).
    public static let markdown = HTMLRules(
        tags: ["p", "a", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
               "blockquote", "hr", "br", "img",
               // Kolo's GFM extensions: tables in a scrolling region, strikethrough, footnotes, task lists.
               "div", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "section", "label", "input"],
        attributes: ["href", "title", "src", "alt", "loading", "id", "class", "start",
                     "role", "tabindex", "aria-label", "scope", "type", "checked", "disabled"],
        checksImageSources: true
    )

    /// The Markdown rules plus every tag and attribute name written literally in `templates`, and
    /// their script elements (which must hold no `{{…}}`, so nothing of a page can reach them, unless
    /// they are JSON-LD data).
    public static func page(templates: [String]) -> HTMLRules {
        var tags = markdown.tags
        var attributes = markdown.attributes
        var scripts: Set<[UInt8]> = []
        var allowsJSONData = false
        for text in templates {
            let bytes = Array(text.utf8)
            var rest = bytes[...]
            while let open = find("<script", in: rest), let start = rest[open...].firstIndex(of: UInt8(ascii: ">")),
                  let end = find("</script>", in: rest[(start + 1)...]) {
                let script = Array(bytes[(start + 1)..<end])
                if find(jsonDataType, in: bytes[open..<start]) != nil {
                    allowsJSONData = true
                } else {
                    invariant(find("{{", in: script[...]) == nil, "a template's script holds a {{…}} tag: the fuzzer cannot check it")
                    scripts.insert(script)
                }
                rest = bytes[end...]
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), index + 1 < bytes.count, isNameStart(bytes[index + 1]) {
                    let (name, end) = readName(bytes, from: index + 1)
                    tags.insert(name)
                    index = end
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09, index + 1 < bytes.count, isNameStart(bytes[index + 1]) {
                    let (name, end) = readName(bytes, from: index + 1)
                    if end == bytes.count || [UInt8(ascii: "="), 0x20, 0x0A, UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "/")].contains(bytes[end]) {
                        attributes.insert(name)
                    }
                    index = end
                } else {
                    index += 1
                }
            }
        }
        tags.remove("script")
        var rules = HTMLRules(tags: tags, attributes: attributes, scripts: scripts, checksImageSources: false)
        rules.allowsJSONData = allowsJSONData
        return rules
    }

    static let jsonDataType = #"type="application/ld+json""#

    static func find(_ needle: String, in haystack: ArraySlice<UInt8>) -> Int? {
        let needle = Array(needle.utf8)
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Checks `html`; `what` names it in the message.
    public func check(_ html: String, what: @autoclosure () -> String) {
        let bytes = Array(html.utf8)
        var index = 0
        func fail(_ reason: String) -> Never {
            let start = max(0, index - 80)
            let excerpt = String(decoding: bytes[start..<min(bytes.count, index + 120)], as: UTF8.self)
            invariant(false, "\(what()): \(reason) at byte \(index): …\(String(reflecting: excerpt))…")
            fatalError()
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let rest = bytes[(index + 1)...]
            if rest.starts(with: "!--".utf8) {
                let comment = Array("<!-- raw HTML omitted -->".utf8)
                guard bytes[index...].starts(with: comment) else { fail("a comment other than Kolo's own") }
                index += comment.count
            } else if rest.starts(with: "!DOCTYPE html>".utf8) || rest.starts(with: "!doctype html>".utf8) {
                index += 15
            } else if rest.first == UInt8(ascii: "/") {
                let (name, end) = Self.readName(bytes, from: index + 2)
                guard tags.contains(name) else { fail("closing tag </\(name)> is not one Kolo writes") }
                guard end < bytes.count, bytes[end] == UInt8(ascii: ">") else { fail("a closing tag that does not end in '>'") }
                index = end + 1
            } else if let first = rest.first, Self.isNameStart(first) {
                let (name, end) = Self.readName(bytes, from: index + 1)
                guard tags.contains(name) || (name == "script" && (!scripts.isEmpty || allowsJSONData)) else {
                    fail("tag <\(name)> is not one Kolo writes")
                }
                let tagStart = index
                index = end
                // Attributes, each name="value" or a bare name.
                while true {
                    while index < bytes.count, [0x20, 0x0A, 0x09].contains(bytes[index]) { index += 1 }
                    guard index < bytes.count else { fail("a tag that never ends") }
                    if bytes[index] == UInt8(ascii: ">") { index += 1; break }
                    if bytes[index...].starts(with: "/>".utf8) { index += 2; break }
                    guard Self.isNameStart(bytes[index]) else { fail("a stray character in tag <\(name)>") }
                    let (attribute, afterName) = Self.readName(bytes, from: index)
                    guard attributes.contains(attribute) else { fail("attribute \(attribute) is not one Kolo writes") }
                    index = afterName
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") else { fail("an attribute value not in double quotes") }
                    guard let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "\"")) else { fail("an attribute value that never ends") }
                    let value = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                    guard !value.contains("<") else { fail("an unescaped '<' in attribute \(attribute)") }
                    let isImageSource = name == "img" && attribute == "src"
                    if ["href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "cite", "background"].contains(attribute),
                       checksImageSources || !isImageSource,
                       let scheme = URLRules.scriptScheme(value, isImage: isImageSource) {
                        fail("a \(scheme): URL in \(attribute) of <\(name)>")
                    }
                    index = close + 1
                }
                if name == "script" {
                    guard let end = Self.find("</script>", in: bytes[index...]) else { fail("a script that never ends") }
                    if allowsJSONData, Self.find(Self.jsonDataType, in: bytes[tagStart..<index]) != nil {
                        guard !bytes[index..<end].contains(UInt8(ascii: "<")) else { fail("a '<' in JSON-LD data") }
                    } else if !scripts.contains(Array(bytes[index..<end])) {
                        fail("a script that is none of the theme's")
                    }
                    index = end + 9
                }
            } else {
                fail("an unescaped '<' in text")
            }
        }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// An ASCII name (letters, digits, '-', ':', '_'), lower-cased, and the index after it.
    static func readName(_ bytes: [UInt8], from start: Int) -> (String, Int) {
        var end = start
        var name: [UInt8] = []
        while end < bytes.count {
            let byte = bytes[end]
            guard isNameStart(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") else { break }
            name.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            end += 1
        }
        return (String(decoding: name, as: UTF8.self), end)
    }
}
