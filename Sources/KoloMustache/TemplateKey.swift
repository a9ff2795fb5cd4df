/// A name in a template value's object (`title`, `readMore`), packed into two machine words so that
/// a look-up compares integers instead of strings. Names of up to 15 bytes are packed whole (the
/// length in the last byte); the text is kept beside them (free for short names, which Swift stores
/// inline) and compared only for longer names. No table is shared between threads and nothing is
/// allocated for the short names nearly every key has.
public struct TemplateKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    @usableFromInline let low: UInt64
    @usableFromInline let high: UInt64
    /// The name as written.
    public let name: String

    public init(_ name: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        for byte in name.utf8 {
            if count < 8 {
                low |= UInt64(byte) << (8 * UInt64(count))
            } else if count < 15 {
                high |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            count += 1
        }
        high |= UInt64(min(count, 255)) << 56
        self.low = low
        self.high = high
        self.name = name
    }

    public init(stringLiteral name: String) {
        self.init(name)
    }

    @inlinable
    public static func == (a: TemplateKey, b: TemplateKey) -> Bool {
        a.low == b.low && a.high == b.high && (a.high >> 56 <= 15 || a.name == b.name)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
    }

    public var description: String { name }
}
