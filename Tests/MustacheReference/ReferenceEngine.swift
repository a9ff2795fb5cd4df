import KoloMustache
import KoloText
import Mustache

/// swift-mustache 2.1.1 configured as Kolo used it before it had its own engine (templates escaped
/// byte-wise through a content type put first in every template): the yardstick the differential
/// tests and the fuzz target hold `KoloMustache` to. Test-only; Kolo itself never links it.
public struct ReferenceEngine: Sendable {
    let library: MustacheLibrary

    static let pragma = "{{% CONTENT_TYPE: KOLO_REFERENCE_HTML }}\n"

    /// Parses every template; throws the first one's error (as text) when one does not parse.
    public init(_ sources: [String: String]) throws {
        MustacheContentTypes.register(ByteWiseHTML(), named: "KOLO_REFERENCE_HTML")
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            library.register(try MustacheTemplate(string: Self.pragma + text), named: name)
        }
        self.library = library
    }

    public func render(_ name: String, _ value: TemplateValue) -> String? {
        library.render(Self.convert(value), withTemplate: name)
    }

    /// The value as swift-mustache's look-ups expect it: dictionaries, arrays (of `String` when every
    /// item is text, so that `sorted()` works as on Kolo's typed lists), and wrappers for dynamic values.
    public static func convert(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let text): return text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .list(let items):
            let texts = items.compactMap(\.string)
            if texts.count == items.count && !items.isEmpty { return texts }
            let numbers = items.compactMap { item -> Int? in if case .int(let n) = item { return n } else { return nil } }
            if numbers.count == items.count && !items.isEmpty { return numbers }
            return items.map(convert)
        case .object(let object): return OrderedObject(object: object)
        case .dynamic(let dynamic): return DynamicReference(value: dynamic)
        }
    }
}

/// A dynamic value as swift-mustache asks it: named parts, transforms, its printed form.
struct DynamicReference: MustacheParent, MustacheTransformable, MustacheCustomRenderable {
    let value: any DynamicTemplateValue

    func child(named name: String) -> Any? {
        value.child(TemplateKey(name)).map(ReferenceEngine.convert)
    }

    func transform(_ name: String) -> Any? {
        value.transform(name).map(ReferenceEngine.convert)
    }

    var renderText: String { value.text }
    var isNull: Bool { false }
}

struct ByteWiseHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.html(text) }
}

/// An object as a dictionary to swift-mustache's look-ups and transforms, but printed in its own
/// order (a Swift dictionary prints in an order that changes from run to run).
struct OrderedObject: MustacheParent, MustacheTransformable, MustacheCustomRenderable, CustomDebugStringConvertible {
    let object: TemplateObject

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = [:]
        for (key, value) in object.pairs { dictionary[key.name] = ReferenceEngine.convert(value) }
        return dictionary
    }

    func child(named name: String) -> Any? {
        object[TemplateKey(name)].map(ReferenceEngine.convert)
    }

    func transform(_ name: String) -> Any? {
        switch name {
        case "enumerated": return object.pairs.map { (key: $0.name, value: ReferenceEngine.convert($1)) }
        default: return dictionary.transform(name)
        }
    }

    var renderText: String { TemplateValue.object(object).swiftDescription }
    var isNull: Bool { false }
    var debugDescription: String { renderText }
}

extension DynamicReference: CustomDebugStringConvertible {
    var debugDescription: String { value.text }
}
