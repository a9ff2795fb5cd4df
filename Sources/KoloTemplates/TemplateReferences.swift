/// The partials (`{{>name}}`) and parents (`{{<name}}`) a template names. swift-mustache renders a
/// missing partial as nothing; Kolo finds them at load time instead and reports where they are named.
public enum TemplateReferences {
    public struct Reference: Equatable, Sendable {
        public var name: String
        public var isParent: Bool
        public var line: Int
        public var column: Int
    }

    public static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        forEachTag(in: text) { tag, line, column in
            guard tag.count > 1, tag.first == UInt8(ascii: ">") || tag.first == UInt8(ascii: "<") else { return false }
            let name = Substring(String(decoding: tag.dropFirst(), as: UTF8.self)).trimmingSpaces
            // A dynamic name ({{>*name}}) is resolved at render time.
            if !name.isEmpty && !name.hasPrefix("*") {
                references.append(Reference(name: name, isParent: tag.first == UInt8(ascii: "<"), line: line, column: column))
            }
            return false
        }
        return references
    }

    /// Calls `visit` with the bytes between every `{{` and the next `}}`, and the line and column
    /// (in characters) of the `{{`, until it returns true. Bytes, not Characters: themes are read at
    /// every start, and walking them a Character at a time cost more than compiling them.
    static func forEachTag(in text: String, _ visit: (ArraySlice<UInt8>, Int, Int) -> Bool) {
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var line = 1
        var lineStart = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == open && bytes[index + 1] == open {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
                guard end + 1 < bytes.count else { return }
                let column = bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
                if visit(bytes[(index + 2)..<end], line, column) { return }
                // The tag's own lines still count.
                for position in index..<end where bytes[position] == 0x0A {
                    line += 1
                    lineStart = position + 1
                }
                index = end + 2
                continue
            }
            index += 1
        }
    }
}

extension TemplateReferences {
    /// Where a template first prints a card (`{{{card.h2}}}`, `{{{ card.h3 }}}`), as line and column.
    public static func firstCardUse(in text: String) -> (line: Int, column: Int)? {
        var found: (line: Int, column: Int)?
        forEachTag(in: text) { tag, line, column in
            let name = tag.drop { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: " ") }
            guard name.starts(with: "card.h".utf8) else { return false }
            found = (line, column)
            return true
        }
        return found
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension TemplateReferences {
    /// UI string keys a template uses: `t.readMore`, `t.status.active`, and plural strings used as
    /// transforms (`membersCount(home.memberCount)`).
    static func stringKeys(in text: String) -> Set<String> {
        var keys: Set<String> = []
        forEachTag(in: text) { bytes, _, _ in
            let tag = Substring(String(decoding: bytes, as: UTF8.self))
            var index = tag.startIndex
            while index < tag.endIndex {
                let word = tag[index...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
                if word.isEmpty {
                    index = tag.index(after: index)
                    continue
                }
                let after = word.endIndex
                if word.hasPrefix("t.") && word.count > 2 {
                    keys.insert(String(word.dropFirst(2)))
                } else if after < tag.endIndex, tag[after] == "(", !word.contains("."), !builtInTransforms.contains(String(word)) {
                    keys.insert(String(word))
                }
                index = after
            }
            return false
        }
        return keys
    }

    /// swift-mustache's own transforms, which are not UI strings.
    static let builtInTransforms: Set<String> = [
        "first", "last", "odd", "even", "index", "count", "empty", "reversed", "sorted",
        "capitalized", "lowercased", "uppercased", "plusone", "minusone", "equalzero",
    ]
}
