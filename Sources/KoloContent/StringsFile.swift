import KoloDiagnostics

/// One UI string as an i18n file gives it: plain text, or one text per CLDR plural category.
public enum StringEntry: Sendable, Hashable {
    case text(String)
    /// Keys are CLDR plural categories: zero, one, two, few, many, other.
    case plural([String: String])
}

/// A language's UI strings file (`i18n/<lang>.yaml`), with nested mappings flattened to dotted keys
/// (`tags: {youth: Млади}` → `tags.youth`).
public struct StringsFile: Sendable {
    public var path: String
    public var entries: [String: StringEntry]
    public var locations: [String: SourceLocation]

    public static let pluralCategories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    public static func load(text: String, displayPath: String) throws(DiagnosticError) -> StringsFile {
        let document = try YAMLDocument(text: text, path: displayPath)
        var file = StringsFile(path: displayPath, entries: [:], locations: [:])
        var log = DiagnosticLog()
        switch document.root {
        case nil:
            break
        case .mapping(let mapping)?:
            file.flatten(mapping, prefix: "", document: document, log: &log)
        case let other?:
            log.error(.frontMatter, at: document.location(of: other), "a strings file must be a mapping of keys to texts, but it is \(other.kindDescription)")
        }
        try log.throwIfErrors()
        return file
    }

    private mutating func flatten(_ mapping: YAMLNode.Mapping, prefix: String, document: YAMLDocument, log: inout DiagnosticLog) {
        for (keyNode, value) in mapping {
            let key = prefix + (keyNode.string ?? "")
            switch value {
            case .scalar(let scalar):
                entries[key] = .text(scalar.string)
                locations[key] = document.location(of: keyNode)
            case .mapping(let inner):
                let innerKeys = inner.keys.compactMap(\.string)
                if !innerKeys.isEmpty && innerKeys.allSatisfy(Self.pluralCategories.contains) {
                    var forms: [String: String] = [:]
                    for (category, text) in inner {
                        guard case .scalar(let scalar) = text else {
                            log.error(.frontMatter, at: document.location(of: text), "plural form '\(key).\(category.string ?? "")' must be text")
                            continue
                        }
                        forms[category.string ?? ""] = scalar.string
                    }
                    entries[key] = .plural(forms)
                    locations[key] = document.location(of: keyNode)
                } else {
                    flatten(inner, prefix: key + ".", document: document, log: &log)
                }
            default:
                log.error(.frontMatter, at: document.location(of: value), "string '\(key)' must be text or a mapping of plural forms, but it is \(value.kindDescription)")
            }
        }
    }
}
