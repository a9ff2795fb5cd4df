import KoloDiagnostics
import KoloText

/// Reads typed values out of one YAML mapping, collecting an error with a position for every value of
/// the wrong type instead of stopping at the first.
struct YAMLReader {
    let document: YAMLDocument
    let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    var diagnostics = DiagnosticLog()

    /// - Parameter what: how to name the mapping in messages ("front matter", "site.yaml").
    init(document: YAMLDocument, node: YAMLNode?, what: String) {
        self.document = document
        var pairs: [(String, YAMLNode, YAMLNode)] = []
        switch node {
        case .mapping(let mapping)?:
            for (key, value) in mapping {
                pairs.append((key.string ?? "\(key)", key, value))
            }
        case nil:
            break
        case let other?:
            diagnostics.error(.frontMatter, at: document.location(of: other),
                              "\(what) must be a mapping of keys to values (like 'title: ...'), but it is \(other.kindDescription)")
        }
        self.pairs = pairs
    }

    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> YAMLNode? {
        pairs.first { $0.key == key }?.value
    }

    func location(_ key: String) -> SourceLocation? {
        pairs.first { $0.key == key }.map { document.location(of: $0.value) }
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key == key }.map { document.location(of: $0.keyNode) }
    }

    mutating func wrongType(_ key: String, _ node: YAMLNode, expected: String) {
        diagnostics.error(.frontMatter, at: document.location(of: node),
                          "'\(key)' must be \(expected), but it is \(node.kindDescription)")
    }

    mutating func string(_ key: String) -> String? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .scalar(let scalar) = node else { wrongType(key, node, expected: "text"); return nil }
        return scalar.string
    }

    mutating func requiredString(_ key: String, what: String) -> String? {
        guard let node = node(key) else {
            if let slip = misspelling(of: key) {
                diagnostics.error(.frontMatter, at: keyLocation(slip), "\(what) needs '\(key)' (is '\(slip)' a misspelling of it?)")
            } else {
                diagnostics.error(.frontMatter, at: SourceLocation(path: document.path, line: max(document.firstLine - 1, 1)),
                                  "\(what) needs '\(key)'")
            }
            return nil
        }
        if let value = string(key), value.contains(where: { !$0.isWhitespace }) { return value }
        if case .scalar = node { diagnostics.error(.frontMatter, at: document.location(of: node), "'\(key)' must not be empty") }
        return nil
    }

    /// A written key that Kolo does not know and that looks like a slip for `key` ("tittle" for "title").
    func misspelling(of key: String) -> String? {
        keys.filter { !Page.knownKeys.contains($0) }.sorted().first { Spelling.nearest(to: $0, among: [key]) != nil }
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .scalar = node, let value = node.bool else { wrongType(key, node, expected: "true or false"); return nil }
        return value
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .scalar = node, let value = node.int else { wrongType(key, node, expected: "a whole number"); return nil }
        return value
    }

    /// A list of text values; a single text value is taken as a list of one, as editors often write `tags: youth`.
    mutating func strings(_ key: String) -> [Located<String>] {
        guard let node = node(key), !node.isNull else { return [] }
        switch node {
        case .scalar(let scalar):
            return [Located(scalar.string, at: document.location(of: node))]
        case .sequence(let sequence):
            var result: [Located<String>] = []
            for item in sequence {
                if case .scalar(let scalar) = item {
                    result.append(Located(scalar.string, at: document.location(of: item)))
                } else {
                    wrongType(key, item, expected: "a list of text values")
                }
            }
            return result
        default:
            wrongType(key, node, expected: "a list of text values")
            return []
        }
    }

    /// The whole mapping as template parameters.
    func params() -> [String: ParamValue] {
        var result: [String: ParamValue] = [:]
        for pair in pairs { result[pair.key] = Self.param(pair.value) }
        return result
    }

    static func param(_ node: YAMLNode) -> ParamValue {
        switch node {
        case .scalar(let scalar):
            if node.null != nil { return .null }
            if scalar.style == .plain {
                if let b = node.bool { return .bool(b) }
                if let i = node.int { return .int(i) }
                if let d = node.float { return .double(d) }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(param))
        case .mapping(let mapping):
            return .map(mapping.map { (key: $0.key.string ?? "\($0.key)", value: param($0.value)) })
        }
    }
}

/// A value with the place it was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
