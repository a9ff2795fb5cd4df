import Yams

/// A YAML value with its position: Kolo's own tree, filled by `FastYAML` for plain front matter and
/// converted from Yams for everything else. Scalars are typed the way YAML 1.1 types plain scalars
/// (as Yams does): only plain — unquoted — text can be a number, a flag or null.
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    struct Mark: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        enum Style: Sendable { case plain, quoted, block }
        var string: String
        var style: Style
        var mark: Mark
    }

    struct Sequence: Sendable, RandomAccessCollection {
        var items: [YAMLNode]
        var mark: Mark
        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(position: Int) -> YAMLNode { items[position] }
    }

    struct Mapping: Sendable, RandomAccessCollection {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark
        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }
        var keys: [YAMLNode] { pairs.map(\.key) }
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .sequence(let sequence): return sequence.mark
        case .mapping(let mapping): return mapping.mark
        }
    }

    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    private var plain: String? {
        if case .scalar(let scalar) = self, scalar.style == .plain { return scalar.string }
        return nil
    }

    var null: Bool? {
        guard let text = plain else { return nil }
        return ["", "~", "null", "Null", "NULL"].contains(text) ? true : nil
    }

    var isNull: Bool { null != nil }

    var bool: Bool? {
        switch plain {
        case "true"?, "True"?, "TRUE"?, "yes"?, "Yes"?, "YES"?, "on"?, "On"?, "ON"?: return true
        case "false"?, "False"?, "FALSE"?, "no"?, "No"?, "NO"?, "off"?, "Off"?, "OFF"?: return false
        default: return nil
        }
    }

    var int: Int? {
        guard let text = plain, let first = text.utf8.first,
              (0x30...0x39).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return nil }
        return Int(Self.withoutDigitSeparators(text))
    }

    var float: Double? {
        guard let text = plain else { return nil }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default:
            guard let first = text.utf8.first, (0x30...0x39).contains(first) || first == UInt8(ascii: "-")
                    || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") else { return nil }
            return Double(Self.withoutDigitSeparators(text))
        }
    }

    /// YAML 1.1 allows `_` between digits (`1_000`). Most numbers have none, and every date and
    /// title that starts with a digit is tried as a number first, so the copy is made only when needed.
    private static func withoutDigitSeparators(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "_")) ? String(text.unicodeScalars.filter { $0 != "_" }) : text
    }

    /// A plain-language name for the kind of value, for "expected a list, found a number" messages.
    var kindDescription: String {
        switch self {
        case .mapping: return "a mapping of keys to values"
        case .sequence: return "a list"
        case .scalar:
            if isNull { return "nothing (null)" }
            if bool != nil { return "true/false" }
            if int != nil || float != nil { return "a number" }
            return "text"
        }
    }
}

extension YAMLNode {
    /// Converts what Yams composed (aliases are followed by Yams itself).
    init(_ node: Node) {
        func mark(_ mark: Yams.Mark?) -> Mark { Mark(line: mark?.line ?? 1, column: mark?.column ?? 1) }
        switch node {
        case .scalar(let scalar):
            let style: Scalar.Style
            switch scalar.style {
            case .plain, .any: style = .plain
            case .singleQuoted, .doubleQuoted: style = .quoted
            case .literal, .folded: style = .block
            }
            self = .scalar(Scalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
        case .sequence(let sequence):
            self = .sequence(Sequence(items: sequence.map(YAMLNode.init), mark: mark(sequence.mark)))
        case .mapping(let mapping):
            self = .mapping(Mapping(pairs: mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) }, mark: mark(mapping.mark)))
        case .alias(let alias):
            self = .scalar(Scalar(string: "", style: .plain, mark: mark(alias.mark)))
        }
    }
}
