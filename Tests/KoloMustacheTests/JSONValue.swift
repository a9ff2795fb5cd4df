import Foundation
import KoloMustache

/// A JSON value as the Mustache spec writes its test data, turned into template values.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Int.self) { self = .int(number) }
        else if let number = try? container.decode(Double.self) { self = .double(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let items = try? container.decode([JSONValue].self) { self = .list(items) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// nil for `null`: an absent value.
    var templateValue: TemplateValue? {
        switch self {
        case .null: return nil
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.compactMap(\.templateValue))
        case .object(let pairs):
            return .object(TemplateObject(pairs.sorted { $0.key < $1.key }.compactMap { key, value in
                value.templateValue.map { (TemplateKey(key), $0) }
            }))
        }
    }
}

/// `../shared/conformance/` (beside the clone in CI; `KOLO_CONFORMANCE` to choose): searched upward
/// from this package, never copied into it.
enum Conformance {
    static func folder(_ suite: String) -> URL? {
        if let chosen = ProcessInfo.processInfo.environment["KOLO_CONFORMANCE"] {
            return URL(fileURLWithPath: chosen).appendingPathComponent(suite)
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/conformance/" + suite)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
