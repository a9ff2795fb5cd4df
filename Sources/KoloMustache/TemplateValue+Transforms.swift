import Foundation

/// The transforms swift-mustache offers, on the same kinds of values: `uppercased(title)`,
/// `count(items)`, `plusone(index())`… A transform a value does not have makes the name absent.
extension TemplateValue {
    func transform(_ transform: TemplateTransform) -> TemplateValue? {
        if case .dynamic(let value) = self { return value.transform(transform.name) }
        guard let builtIn = transform.builtIn else { return nil }
        switch self {
        case .string(let text):
            switch builtIn {
            case .empty: return .bool(text.isEmpty)
            case .capitalized: return .string(text.capitalized)
            case .lowercased: return .string(text.lowercased())
            case .uppercased: return .string(text.uppercased())
            case .reversed: return .string(String(text.reversed()))
            default: return nil
            }
        case .int(let number):
            switch builtIn {
            case .equalzero: return .bool(number == 0)
            case .plusone: return .int(number &+ 1)
            case .minusone: return .int(number &- 1)
            case .even: return .bool(number & 1 == 0)
            case .odd: return .bool(number & 1 == 1)
            default: return nil
            }
        case .list(let items):
            switch builtIn {
            case .first: return items.first
            case .last: return items.last
            case .reversed: return .list(items.reversed())
            case .count: return .int(items.count)
            case .empty: return .bool(items.isEmpty)
            case .sorted: return Self.sorted(items)
            default: return nil
            }
        case .object(let object):
            switch builtIn {
            case .count: return .int(object.count)
            case .empty: return .bool(object.isEmpty)
            case .enumerated: return .list(object.pairs.map { .object(["key": .string($0.name), "value": $1]) })
            case .sorted:
                return .list(object.pairs.sorted { $0.0.name < $1.0.name }.map { .object(["key": .string($0.name), "value": $1]) })
            default: return nil
            }
        case .bool, .double, .dynamic:
            return nil
        }
    }

    /// A list of texts or of numbers, sorted; other lists cannot be.
    static func sorted(_ items: [TemplateValue]) -> TemplateValue? {
        let texts = items.compactMap(\.string)
        if texts.count == items.count { return .strings(texts.sorted()) }
        let numbers = items.compactMap { value -> Int? in
            if case .int(let number) = value { return number }
            return nil
        }
        if numbers.count == items.count { return .list(numbers.sorted().map(TemplateValue.int)) }
        return nil
    }
}
