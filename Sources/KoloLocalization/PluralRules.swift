internal import CKoloICU

/// CLDR plural rules for one locale, from ICU: which form ("one", "few", "many", "other"…) a count takes.
public final class PluralRules: Sendable {
    // ICU's rules are immutable once opened and `select` is const, so sharing across threads is safe;
    // the pointer is stored as a bit pattern to keep the class Sendable without unchecked escapes.
    private let rules: UInt

    public init?(locale: String) {
        guard let pointer = kolo_plural_rules_open(locale) else { return nil }
        rules = UInt(bitPattern: pointer)
    }

    deinit {
        kolo_plural_rules_close(UnsafeMutableRawPointer(bitPattern: rules))
    }

    public func category(for count: Double) -> String {
        ICUText.read(capacity: 32) { kolo_plural_rules_select(UnsafeRawPointer(bitPattern: rules), count, $0, $1) } ?? "other"
    }

    /// The categories this locale distinguishes ("one", "few", "many", "other" for Polish), sorted.
    public var categories: [String] {
        guard let text = ICUText.read(capacity: 128, { kolo_plural_rules_keywords(UnsafeRawPointer(bitPattern: rules), $0, $1) }) else { return ["other"] }
        return text.split(separator: " ").map(String.init).sorted()
    }

    public func category(for count: Int) -> String {
        category(for: Double(count))
    }
}
