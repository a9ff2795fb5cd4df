extension Transliteration {
    // Classification, case and UTF-8 helpers shared by the tables and by `Slugger`.

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { kind(scalar) == .letter }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool { kind(scalar) == .mark }

    /// What a scalar is, as far as romanising and slugging care.
    enum ScalarKind: Sendable, Equatable {
        /// General category L*.
        case letter
        /// A decimal digit of any script (Nd).
        case digit
        /// A combining mark (Mn, Mc, Me).
        case mark
        /// An invisible formatting character (Cf): soft hyphen, zero-width joiners, direction marks…
        case format
        case other
    }

    /// The kind of `scalar`, answered without a Unicode property lookup for ASCII, Latin, Greek and
    /// Cyrillic (the property tables are slow enough to dominate slugging).
    static func kind(_ scalar: Unicode.Scalar) -> ScalarKind {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0..<0x80: return .other
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x02AF: return .letter
        case 0x0300...0x036F, 0x0483...0x0489: return .mark
        case 0x0386, 0x0388...0x03F5, 0x03F7...0x03FF: return .letter
        case 0x0400...0x0481, 0x048A...0x052F, 0x1E00...0x1EFF: return .letter
        default: return propertyKind(scalar)
        }
    }

    // Unicode property lookups stay in functions of their own: `Unicode.Scalar.Properties` and
    // `Unicode.GeneralCategory` are resilient types, and a function that merely mentions them
    // fetches their metadata on every call, fast path or not.
    @inline(never)
    private static func propertyKind(_ scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .format: return .format
        default: return .other
        }
    }

    /// Whether `scalar` is an upper-case (or title-case) letter.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x0391...0x03A9, 0x0400...0x042F: return true
        case 0..<0x80, 0x03AC...0x03CE, 0x0430...0x045F: return false
        default: return propertyIsUppercase(scalar)
        }
    }

    @inline(never)
    private static func propertyIsUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Apostrophes, which do not end a word (ASCII ', ’, ‘, ʼ, ʻ, `, ´).
    static func isApostrophe(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0x60, 0xB4, 0x02BB, 0x02BC, 0x2018, 0x2019: return true
        default: return false
        }
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The simple lower-case mapping of `scalar` (itself when it has none or maps to several scalars).
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x0391...0x03A9, 0x0410...0x042F:
            return Unicode.Scalar(value + 0x20)!
        case 0x0400...0x040F:
            return Unicode.Scalar(value + 0x50)!
        case 0..<0x80, 0x03B1...0x03C9, 0x0430...0x045F:
            return scalar
        default:
            return propertyLowercased(scalar)
        }
    }

    @inline(never)
    private static func propertyLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// The full lower-case mapping of `scalar` (İ → i + U+0307), appended as UTF-8; returns how
    /// many scalars that took.
    @inline(never)
    static func appendFullLowercase(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Int {
        var count = 0
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            appendUTF8(lower, to: &bytes)
            count += 1
        }
        return count
    }
}
