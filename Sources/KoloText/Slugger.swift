/// How a `Slugger` spells slugs.
public enum SlugStyle: String, Sendable {
    /// Only a–z, 0–9 and "-"; other scripts are romanised with `Transliteration`.
    case ascii
    /// Letters and digits of every script, lower-cased: „Лабораторија за фузија“ →
    /// „лабораторија-за-фузија“.
    case unicode
}

/// Turns titles and headings into URL path segments and fragment identifiers.
///
/// Rules, in both styles:
/// - Letters are lower-cased; runs of anything that is not a letter or digit become one "-",
///   with none at either end. "&", "/", "." and control characters are separators like the rest.
/// - Apostrophes (' ’ ‘ ʼ ʻ ` ´) are dropped, so „O'Connor“ → `oconnor`; so are invisible
///   formatting characters such as the soft hyphen and zero-width joiners.
/// - At most 80 characters: a longer slug is cut at its last "-" within the limit, unless that
///   would leave fewer than 40 characters, in which case it is cut at 80.
/// - Nothing left (punctuation only, or in ascii style only letters of scripts that are not
///   romanised, e.g. Chinese) gives "" — callers choose the fallback.
///
/// In ascii style other scripts' decimal digits become 0–9 („٢٠٢٤“ → `2024`). In unicode style
/// combining marks stay on their letters (Devanagari vowel signs), the result is in NFC, Greek
/// capital sigma becomes ς at the end of a word, İ becomes i, and for Turkish and Azerbaijani
/// I becomes ı.
public struct Slugger: Sendable {
    /// The longest slug, in characters (extended grapheme clusters).
    static let maximumLength = 80
    /// A cut at a "-" must keep at least this many characters; otherwise the slug is cut mid-word.
    static let minimumCutLength = 40

    private let style: SlugStyle
    private let scheme: Transliteration.Scheme
    private let dotlessI: Bool

    public init(language: String, style: SlugStyle = .ascii) {
        self.style = style
        scheme = Transliteration.Scheme(language: language)
        let primary = Transliteration.primaryLanguage(language)
        dotlessI = primary == "tr" || primary == "az"
    }

    /// "Лабораторија за фузија" (mk) -> "laboratorija-za-fuzija". Lower-case, words joined by "-",
    /// no leading/trailing/double "-", only [a-z0-9-] in ascii style; in unicode style letters and
    /// digits of any script are kept (lower-cased), everything else becomes "-".
    /// Returns "" when nothing is left (e.g. only punctuation) — callers decide the fallback.
    /// Never returns "." or "..", never contains "/" or control characters. Caps length at 80
    /// characters, cutting at a "-" boundary when possible.
    public func slug(_ text: String) -> String {
        switch style {
        case .ascii: asciiSlug(text)
        case .unicode: unicodeSlug(text)
        }
    }

    // MARK: - ASCII

    private func asciiSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(text.utf8.count, Self.maximumLength) + 2)
        var separatorPending = false
        for scalar in Transliteration.latin(text, scheme: scheme).unicodeScalars {
            let value = scalar.value
            var byte: UInt8
            switch value {
            case 0x30...0x39, 0x61...0x7A:
                byte = UInt8(value)
            case 0x41...0x5A:
                byte = UInt8(value + 0x20)
            default:
                if Transliteration.isApostrophe(value) { continue }
                switch Transliteration.kind(scalar) {
                case .mark:
                    continue
                case .format where value != 0x200B:
                    continue
                case .digit where value >= 0x80:
                    guard let digit = Self.decimalDigit(scalar) else { fallthrough }
                    byte = 0x30 + digit
                default:
                    separatorPending = true
                    continue
                }
            }
            if separatorPending && !bytes.isEmpty { bytes.append(0x2D) }
            separatorPending = false
            bytes.append(byte)
            if bytes.count > Self.maximumLength { break }
        }
        return String(decoding: Self.truncated(bytes, hyphen: 0x2D), as: UTF8.self)
    }

    // MARK: - Unicode

    private func unicodeSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(text.utf8.count, Self.maximumLength * 4) + 2)
        var length = 0  // in scalars
        var separatorPending = false
        var afterLetter = false
        var normalize = false
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        // Grapheme clusters can be long, so the cap is applied at the end; this only bounds the work.
        while let scalar = next, length <= Self.maximumLength * 16 {
            next = scalars.next()
            let value = scalar.value
            if Transliteration.isApostrophe(value) { continue }
            let kind = Transliteration.kind(scalar)
            switch kind {
            case .letter, .digit:
                break
            case .mark:
                // A mark belongs to the letter before it; with none (or a separator) it is dropped.
                if length > 0 && !separatorPending {
                    Self.append(scalar, to: &bytes)
                    length += 1
                    normalize = true
                }
                continue
            case .format where value != 0x200B:
                continue
            case .format, .other:
                separatorPending = true
                continue
            }
            if separatorPending && length > 0 {
                bytes.append(0x2D)
                length += 1
                afterLetter = false
            }
            separatorPending = false
            length += appendLowercased(scalar, next: next, afterLetter: afterLetter, to: &bytes)
            afterLetter = kind == .letter
            // Letters of the Latin, Greek and Cyrillic blocks are already in NFC on their own.
            normalize = normalize || !Self.isStableLetter(value)
        }
        var result = String(decoding: bytes, as: UTF8.self)
        if normalize { result = String(decoding: result._nfcCodeUnits, as: UTF8.self) }
        // Canonically equivalent text has the same characters, so `length` (in scalars, before
        // NFC) bounds the character count.
        guard length > Self.maximumLength, result.unicodeScalars.count > Self.maximumLength else { return result }
        return String(Self.truncated(Array(result), hyphen: "-"))
    }

    /// Appends the lower-case form of `scalar`; returns how many scalars that took.
    private func appendLowercased(
        _ scalar: Unicode.Scalar, next: Unicode.Scalar?, afterLetter: Bool, to bytes: inout [UInt8]
    ) -> Int {
        let value = scalar.value
        switch value {
        case 0x49 where dotlessI:
            Self.append("ı", to: &bytes)
        case 0x0130:
            bytes.append(0x69)
        case 0x03A3:
            let final = afterLetter && !(next.map(Transliteration.isLetter) ?? false)
            Self.append(final ? "ς" : "σ", to: &bytes)
        case 0x41...0x5A:
            bytes.append(UInt8(value + 0x20))
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0xC0...0xDE where value != 0xD7:
            Self.append(Unicode.Scalar(value + 0x20)!, to: &bytes)
        case 0x0391...0x03A9, 0x0400...0x045F:
            Self.append(Transliteration.lowercased(scalar), to: &bytes)
        default:
            return Transliteration.appendFullLowercase(scalar, to: &bytes)
        }
        return 1
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        Transliteration.appendUTF8(scalar, to: &bytes)
    }

    /// Letters whose lower-case form is in NFC however it is followed (no marks come after them
    /// unless a mark is appended, which forces normalisation anyway).
    private static func isStableLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0xC0...0x02AF, 0x0386...0x03FF, 0x0400...0x052F, 0x1E00...0x1EFF: true
        default: false
        }
    }

    // MARK: - Shared

    /// The value of a decimal digit of any script („٣“ → 3).
    @inline(never)
    private static func decimalDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        guard let value = scalar.properties.numericValue, value >= 0, value <= 9 else { return nil }
        return UInt8(value)
    }

    /// `items` cut to `maximumLength`, at the last `hyphen` within it when that keeps at least
    /// `minimumCutLength` items; never ending in `hyphen`.
    static func truncated<Item: Equatable>(_ items: [Item], hyphen: Item) -> ArraySlice<Item> {
        guard items.count > maximumLength else { return items[...] }
        var end = maximumLength
        if items[end] != hyphen, let cut = items[..<end].lastIndex(of: hyphen), cut >= minimumCutLength {
            end = cut
        }
        while end > 0 && items[end - 1] == hyphen { end -= 1 }
        return items[..<end]
    }
}
