extension Transliteration {
    /// Greek: ELOT 743 (= ISO 843 transcription, as on Greek passports), simplified to ASCII.
    ///
    /// - Letters: β v, γ g, η i, θ th, ξ x, υ y, φ f, χ ch, ψ ps, ω o; accents and breathings
    ///   are dropped.
    /// - αυ, ευ, ηυ → av, ev, iv before a vowel or voiced consonant and af, ef, if before
    ///   θ κ ξ π σ τ φ χ ψ or at the end of a word („Ευρώπη“ → Evropi, „αυτός“ → aftos);
    ///   ου → ou; γγ → ng, γκ → gk, γξ → nx, γχ → nch; μπ → b at the start of a word, mp elsewhere.
    /// - A diaeresis on the second vowel breaks a pair („Ταΰγετος“ → Taygetos).
    static func romaniseGreek(_ scalars: [Unicode.Scalar], at index: Int, into output: inout [UInt8]) -> Int? {
        guard let first = greekLetter(scalars[index]) else { return nil }
        var secondIndex = index + 1
        while secondIndex < scalars.count, isMark(scalars[secondIndex]) { secondIndex += 1 }
        if secondIndex < scalars.count, let second = greekLetter(scalars[secondIndex]),
           !second.diaeresis, !diaeresisFollows(secondIndex, in: scalars),
           let pair = greekPair(first.letter, second.letter, scalars, after: secondIndex + 1, at: index) {
            let length = secondIndex - index + 1
            appendCased(pair, upper: first.upper, scalars, at: index, length: length, into: &output,
                        allCapitals: second.upper)
            return length
        }
        let latin = greekSingle(first.letter) ?? String(first.letter)
        appendCased(latin, upper: first.upper, scalars, at: index, length: 1, into: &output)
        return 1
    }

    /// A Greek letter as its lower-case unaccented base, its case, and whether it has a diaeresis.
    static func greekLetter(_ scalar: Unicode.Scalar) -> (letter: Unicode.Scalar, upper: Bool, diaeresis: Bool)? {
        let value = scalar.value
        switch value {
        case 0x03B1...0x03C9: return (scalar, false, false)
        case 0x0391...0x03A9 where value != 0x03A2: return (lowercased(scalar), true, false)
        case 0x03D0: return ("β", false, false)
        case 0x03D1: return ("θ", false, false)
        case 0x03D5: return ("φ", false, false)
        case 0x03F0: return ("κ", false, false)
        case 0x03F1: return ("ρ", false, false)
        case 0x03F2: return ("σ", false, false)
        case 0x03F9: return ("σ", true, false)
        default:
            guard let base = Decomposition.base(of: scalar), base != scalar,
                  let letter = greekLetter(base) else { return nil }
            return (letter.letter, letter.upper, Decomposition.hasDiaeresis(scalar))
        }
    }

    private static func diaeresisFollows(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var position = index + 1
        while position < scalars.count, isMark(scalars[position]) {
            if scalars[position].value == 0x0308 { return true }
            position += 1
        }
        return false
    }

    private static func greekPair(
        _ first: Unicode.Scalar, _ second: Unicode.Scalar, _ scalars: [Unicode.Scalar],
        after next: Int, at index: Int
    ) -> String? {
        switch (first, second) {
        case ("α", "υ"), ("ε", "υ"), ("η", "υ"):
            let vowel = first == "α" ? "a" : first == "ε" ? "e" : "i"
            let following = letter(from: next, in: scalars).flatMap(greekLetter)?.letter
            let voiceless = following.map { "θκξπσςτφχψ".unicodeScalars.contains($0) } ?? true
            return vowel + (voiceless ? "f" : "v")
        case ("ο", "υ"): return "ou"
        case ("γ", "γ"): return "ng"
        case ("γ", "κ"): return "gk"
        case ("γ", "ξ"): return "nx"
        case ("γ", "χ"): return "nch"
        case ("μ", "π"): return letter(before: index, in: scalars) == nil ? "b" : "mp"
        default: return nil
        }
    }

    private static func greekSingle(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "α": "a"
        case "β": "v"
        case "γ": "g"
        case "δ": "d"
        case "ε": "e"
        case "ζ": "z"
        case "η": "i"
        case "θ": "th"
        case "ι": "i"
        case "κ": "k"
        case "λ": "l"
        case "μ": "m"
        case "ν": "n"
        case "ξ": "x"
        case "ο": "o"
        case "π": "p"
        case "ρ": "r"
        case "σ", "ς": "s"
        case "τ": "t"
        case "υ": "y"
        case "φ": "f"
        case "χ": "ch"
        case "ψ": "ps"
        case "ω": "o"
        default: nil
        }
    }
}
