internal import CKoloICU

/// A language's alphabetical order from ICU (Polish Ł after L, Macedonian Ѓ after Г), as sort keys
/// that compare bytewise, so lists sort without calling back into ICU for every comparison.
public final class Collator: Sendable {
    private let collator: UInt

    public init?(locale: String) {
        guard let pointer = kolo_collator_open(locale) else { return nil }
        collator = UInt(bitPattern: pointer)
    }

    deinit {
        kolo_collator_close(UnsafeMutableRawPointer(bitPattern: collator))
    }

    public func sortKey(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars -> [UInt8] in
                var key = [UInt8](repeating: 0, count: max(64, utf8.count * 4))
                var length = Int(kolo_collator_sort_key(UnsafeRawPointer(bitPattern: collator), chars.baseAddress, Int32(chars.count), &key, Int32(key.count)))
                if length > key.count {
                    key = [UInt8](repeating: 0, count: length)
                    length = Int(kolo_collator_sort_key(UnsafeRawPointer(bitPattern: collator), chars.baseAddress, Int32(chars.count), &key, Int32(key.count)))
                }
                guard length > 0 else { return Array(utf8) }
                return Array(key.prefix(length))
            }
        }
    }

    public func compare(_ a: String, _ b: String) -> Bool {
        sortKey(a).lexicographicallyPrecedes(sortKey(b))
    }
}
