/// Romanisation of text in Cyrillic, Greek and accented Latin script to plain ASCII Latin.
///
/// The letter tables live in one file per language (`Transliteration+Macedonian.swift`, …) so that
/// any of them can later be replaced, e.g. by an ICU transform, without touching the rest.
///
/// How a letter is romanised:
/// - ASCII passes through unchanged, whatever the language.
/// - Cyrillic uses the table of the text's language (mk, bg, sr/hr/bs, uk, be, ru); a letter that
///   table does not know, or Cyrillic in any other language, falls back to the Russian-like table,
///   then to letters of other Cyrillic alphabets (`Transliteration+Russian.swift`).
/// - Greek always uses the Greek table (ELOT 743, simplified to ASCII).
/// - Latin letters lose their diacritics (`Transliteration+Latin.swift`).
/// - Combining diacritical marks (U+0300–U+036F) are dropped; every other character (CJK, Arabic,
///   punctuation, emoji…) passes through unchanged.
///
/// Case is kept. A capital that becomes several Latin letters is written in title case ("Ж" → "Zh",
/// "Жена" → "Zhena") unless it stands in an upper-case run: when the next letter of the word is a
/// capital, or it ends a word whose previous letter is a capital, it is all capitals ("ЖЕНА" →
/// "ZHENA", "ОБЩ" → "OBSHT"). So "ЖЖ" gives "ZHZH".
public enum Transliteration {
    /// Latin transliteration of `text` for the language whose BCP 47 code (or its primary subtag:
    /// "mk", "mk-MK", "bg_BG" all work; ISO 639-2 codes such as "mkd" too) is given.
    public static func latin(_ text: String, language: String) -> String {
        latin(text, scheme: Scheme(language: language))
    }

    /// As `latin(_:language:)`, with the language already resolved (for callers that romanise a lot).
    static func latin(_ text: String, scheme: Scheme) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = scalarArray(text)
        if scalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            // Decomposed input (e.g. file names from macOS): compose й, ё, ї… before the tables see them.
            scalars = scalarArray(String(decoding: text._nfcCodeUnits, as: UTF8.self))
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        var index = 0
        while index < scalars.count {
            index += romanise(scalars, at: index, scheme: scheme, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalars of `text`, without counting them first as `Array(text.unicodeScalars)` does.
    private static func scalarArray(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    /// Romanises the character at `index`, appending UTF-8 to `output`; returns how many scalars it used.
    private static func romanise(
        _ scalars: [Unicode.Scalar], at index: Int, scheme: Scheme, into output: inout [UInt8]
    ) -> Int {
        let scalar = scalars[index]
        switch scalar.value {
        case 0..<0x80:
            output.append(UInt8(scalar.value))
            return 1
        case 0x0300...0x036F:
            return 1
        case 0x0400...0x052F:
            return romaniseCyrillic(scalars, at: index, scheme: scheme, into: &output)
        case 0x0370...0x03FF, 0x1F00...0x1FFF:
            if let used = romaniseGreek(scalars, at: index, into: &output) { return used }
        default:
            if let letter = latinLetter(scalar, scheme: scheme) {
                appendCased(letter.latin, upper: letter.upper, scalars, at: index, length: 1, into: &output)
                return 1
            }
        }
        appendUTF8(scalar, to: &output)
        return 1
    }

    // MARK: - Shared helpers for the per-language files

    /// Appends `latin` (lower-case ASCII) in the case of the `length` source scalars at `index`, as
    /// described on the type; `allCapitals` overrides the look at the neighbouring letters.
    static func appendCased(
        _ latin: String, upper: Bool, _ scalars: [Unicode.Scalar], at index: Int, length: Int,
        into output: inout [UInt8], allCapitals capitals: Bool? = nil
    ) {
        guard upper else {
            for byte in latin.utf8 { output.append(byte) }
            return
        }
        var allCapitals = true
        if let capitals {
            allCapitals = capitals
        } else if latin.utf8.count > 1 {
            if let next = letter(from: index + length, in: scalars) {
                allCapitals = isUppercase(next)
            } else {
                allCapitals = letter(before: index, in: scalars).map(isUppercase) ?? false
            }
        }
        var first = true
        for byte in latin.utf8 {
            let capital = first || allCapitals
            output.append(capital && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
            first = false
        }
    }

    /// The letter at `index` or after it, skipping combining marks; nil if a non-letter comes first.
    static func letter(from index: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var position = index
        while position < scalars.count {
            let scalar = scalars[position]
            if isMark(scalar) {
                position += 1
                continue
            }
            return isLetter(scalar) ? scalar : nil
        }
        return nil
    }

    /// The letter just before `index`, skipping combining marks; nil if a non-letter comes first.
    static func letter(before index: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var position = index - 1
        while position >= 0 {
            let scalar = scalars[position]
            if isMark(scalar) {
                position -= 1
                continue
            }
            return isLetter(scalar) ? scalar : nil
        }
        return nil
    }
}
