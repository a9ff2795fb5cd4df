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
        var line = 1
        var column = 1
        var characters = Substring(text)
        while let first = characters.first {
            if characters.hasPrefix("{{>") || characters.hasPrefix("{{<") {
                let isParent = characters.dropFirst(2).first == "<"
                let rest = characters.dropFirst(3)
                if let end = rest.range(of: "}}") {
                    let name = rest[..<end.lowerBound].trimmingSpaces
                    // A dynamic name ({{>*name}}) is resolved at render time.
                    if !name.isEmpty && !name.hasPrefix("*") {
                        references.append(Reference(name: name, isParent: isParent, line: line, column: column))
                    }
                }
            }
            if first == "\n" { line += 1; column = 1 } else { column += 1 }
            characters = characters.dropFirst()
        }
        return references
    }
}

extension TemplateReferences {
    /// Where a template first prints a card (`{{{card.h2}}}`, `{{{ card.h3 }}}`), as line and column.
    public static func firstCardUse(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("{{") {
                let tag = rest.dropFirst(2).drop { $0 == "{" || $0 == "&" || $0 == " " }
                if tag.hasPrefix("card.h") { return (line, column) }
            }
            if first == "\n" { line += 1; column = 1 } else { column += 1 }
            rest = rest.dropFirst()
        }
        return nil
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
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstRange(of: "}}") else { break }
            let tag = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
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
        }
        return keys
    }

    /// swift-mustache's own transforms, which are not UI strings.
    static let builtInTransforms: Set<String> = [
        "first", "last", "odd", "even", "index", "count", "empty", "reversed", "sorted",
        "capitalized", "lowercased", "uppercased", "plusone", "minusone", "equalzero",
    ]
}
