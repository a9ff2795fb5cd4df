import KoloMustache

/// A hash of everything a template receives for one output. Two outputs with the same template,
/// the same UI strings and the same fingerprint render to the same bytes, so a rebuild can skip them.
enum ContextFingerprint {
    static func of(_ context: TemplateObject, into hasher: inout Hasher) {
        combine(.object(context), into: &hasher)
    }

    private static func combine(_ value: TemplateValue, into hasher: inout Hasher) {
        switch value {
        case .string(let text):
            hasher.combine(1 as UInt8)
            combine(text, into: &hasher)
        case .bool(let flag):
            hasher.combine(2 as UInt8)
            hasher.combine(flag)
        case .int(let number):
            hasher.combine(3 as UInt8)
            hasher.combine(number)
        case .double(let number):
            hasher.combine(4 as UInt8)
            hasher.combine(number)
        case .object(let object):
            hasher.combine(5 as UInt8)
            hasher.combine(object.count)
            for (key, value) in object.pairs {
                hasher.combine(key)
                combine(value, into: &hasher)
            }
        case .list(let items):
            hasher.combine(6 as UInt8)
            hasher.combine(items.count)
            for item in items { combine(item, into: &hasher) }
        case .dynamic(let value):
            // Kolo's own template values (UI strings, counts that know their plural forms, cards):
            // their type and printed form; what they look up depends on the language's strings,
            // which the caller hashes alongside, and a card's values are beside it in the card.
            hasher.combine(7 as UInt8)
            hasher.combine(ObjectIdentifier(type(of: value)))
            combine(value.text, into: &hasher)
        }
    }

    /// A string's UTF-8 bytes, which is what the output gets. (`String`'s own hashing follows its
    /// equality, canonical equivalence: "é" written as one code point or as "e" and an accent hash
    /// alike though they print different bytes, and normalising costs most of the time a rebuild
    /// spends fingerprinting Cyrillic text.)
    private static func combine(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}
