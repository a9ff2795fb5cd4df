import Synchronization

/// A hash of everything a template receives for one output. Two outputs with the same template,
/// the same UI strings and the same fingerprint render to the same bytes, so a rebuild can skip them.
enum ContextFingerprint {
    static func of(_ context: [String: Any], into hasher: inout Hasher) {
        combine(context, into: &hasher)
    }

    private static func combine(_ value: Any, into hasher: inout Hasher) {
        switch value {
        case let text as String:
            hasher.combine(1 as UInt8)
            hasher.combine(text)
        case let flag as Bool:
            hasher.combine(2 as UInt8)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(3 as UInt8)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(4 as UInt8)
            hasher.combine(number)
        case let dictionary as [String: String]:
            hasher.combine(5 as UInt8)
            hasher.combine(dictionary.count)
            for key in dictionary.keys.sorted() {
                hasher.combine(key)
                hasher.combine(1 as UInt8)
                hasher.combine(dictionary[key]!)
            }
        case let dictionary as [String: Any]:
            hasher.combine(5 as UInt8)
            hasher.combine(dictionary.count)
            for key in dictionary.keys.sorted() {
                hasher.combine(key)
                combine(dictionary[key]!, into: &hasher)
            }
        case let list as [Any]:
            hasher.combine(6 as UInt8)
            hasher.combine(list.count)
            for item in list { combine(item, into: &hasher) }
        default:
            // Kolo's own template values (UI strings, counts that know their plural forms): their
            // type and printed form; what they look up depends on the language's strings, which
            // the caller hashes alongside.
            hasher.combine(7 as UInt8)
            hasher.combine(String(reflecting: type(of: value)))
            if let printable = value as? CustomStringConvertible { hasher.combine(printable.description) }
        }
    }
}

/// Notes which pages' bodies an output asks for while its context is built: the pages it shows.
final class BodyRecorder: Sendable {
    @TaskLocal static var current: BodyRecorder?

    private let pages = Mutex<[Int]>([])

    func record(_ page: Int) {
        pages.withLock { $0.append(page) }
    }

    var recorded: [Int] {
        pages.withLock { $0 }
    }
}
