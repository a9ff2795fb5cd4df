/// What a template receives: text, numbers, flags, lists, objects, and values computed as templates
/// ask for them (UI strings, cards, counts with plural forms).
///
/// How each behaves (docs/templates.md, "Things to know about Mustache here"): in a section `false`,
/// an empty list and an absent name are false; everything else — `""` and `0` too — is true. A list
/// repeats the section once per item; `true` renders it once in the same context; any other value
/// renders it once with the value on top of the context stack.
public enum TemplateValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case dynamic(any DynamicTemplateValue)
}

/// A value that answers templates' questions as they are asked: its named parts, the transforms it
/// offers (a count's plural strings) and how it prints.
public protocol DynamicTemplateValue: AnyObject, Sendable {
    /// The part named `key`, or nil when there is none (the look-up then climbs the context stack).
    func child(_ key: TemplateKey) -> TemplateValue?
    /// The result of the transform `name(value)`, or nil when the value has no such transform.
    func transform(_ name: String) -> TemplateValue?
    /// How `{{value}}` prints it.
    var text: String { get }
}

extension DynamicTemplateValue {
    public func child(_ key: TemplateKey) -> TemplateValue? { nil }
    public func transform(_ name: String) -> TemplateValue? { nil }
    public var text: String { "" }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
                         ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

extension TemplateValue {
    /// A list of texts.
    public static func strings(_ texts: [String]) -> TemplateValue {
        .list(texts.map(TemplateValue.string))
    }

    /// The object this value is, if it is one.
    public var object: TemplateObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The text this value is, if it is text.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var list: [TemplateValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }
}
