/// The partials (`{{>name}}`) and parents (`{{<name}}`) a template names. swift-mustache renders a
/// missing partial as nothing; Kolo finds them at load time instead and reports where they are named.
enum TemplateReferences {
    struct Reference: Equatable {
        var name: String
        var isParent: Bool
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Reference] {
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

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
