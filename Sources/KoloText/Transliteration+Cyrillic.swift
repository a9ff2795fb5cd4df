extension Transliteration {
    /// What the context-dependent rules (Bulgarian final „ия“, Ukrainian initial є/ї/й/ю/я and „зг“)
    /// need to know about a Cyrillic letter's neighbours within its word; worked out only when asked.
    struct Neighbours {
        let scalars: [Unicode.Scalar]
        let index: Int

        /// The previous letter of the word, lower-cased; nil at the start of a word.
        var previous: Unicode.Scalar? { letter(before: index, in: scalars).map(lowercased) }

        /// The next letter of the word, lower-cased; nil at the end of a word.
        var next: Unicode.Scalar? { letter(from: index + 1, in: scalars).map(lowercased) }

        /// True when the letter begins a word; an apostrophe inside a word („з'їзд“) does not
        /// start a new one.
        var atWordStart: Bool {
            guard letter(before: index, in: scalars) == nil else { return false }
            return !(index > 0 && isApostrophe(scalars[index - 1].value)
                && letter(before: index - 1, in: scalars) != nil)
        }
    }

    /// Romanises the Cyrillic letter at `index`; returns how many scalars it used.
    static func romaniseCyrillic(
        _ scalars: [Unicode.Scalar], at index: Int, scheme: Scheme, into output: inout [UInt8]
    ) -> Int {
        let scalar = scalars[index]
        let lower = lowercased(scalar)
        let neighbours = Neighbours(scalars: scalars, index: index)
        guard let latin = cyrillicLatin(lower, scheme: scheme, neighbours) else {
            appendUTF8(scalar, to: &output)
            return 1
        }
        appendCased(latin, upper: lower != scalar, scalars, at: index, length: 1, into: &output)
        return 1
    }

    /// The romanisation of a lower-case Cyrillic letter: the language's own table first, then the
    /// Russian-like table, then letters of other Cyrillic alphabets, then the letter's base letter
    /// when it carries a diacritic that decomposes (ӓ → а). Nil when none knows it.
    static func cyrillicLatin(_ letter: Unicode.Scalar, scheme: Scheme, _ neighbours: Neighbours) -> String? {
        let specific: String? = switch scheme {
        case .macedonian: macedonianLatin(letter)
        case .bulgarian: bulgarianLatin(letter, neighbours)
        case .serbian: serbianLatin(letter)
        case .ukrainian: ukrainianLatin(letter, neighbours)
        case .belarusian: belarusianLatin(letter)
        case .russian, .other: nil
        }
        if let latin = specific ?? russianLatin(letter) ?? otherCyrillicLatin(letter) {
            return latin
        }
        if let base = Decomposition.base(of: letter), (0x0400...0x052F).contains(base.value) {
            return cyrillicLatin(lowercased(base), scheme: scheme, neighbours)
        }
        return nil
    }
}
