extension Transliteration {
    /// Bulgarian: the Streamlined System of the 2009 Transliteration Act (also BGN/PCGN 2013).
    ///
    /// - щ → sht, ъ → a, ь → y (ьо → yo), ю → yu, я → ya.
    /// - „ия“ at the end of a word → ia: „София“ → Sofia, „Синергия на мрежата“ → Sinergia na
    ///   mrezhata; elsewhere ия stays iya: „Биологията“ → Biologiyata. The word ends at any
    ///   non-letter, so „София-Град“ → Sofia-Grad.
    /// - The Act lets the state's name be written „Bulgaria“; that exception is not applied here,
    ///   so „България“ → Balgaria, as the table gives.
    /// - ѝ (the pronoun „her“) → i, ѐ → e.
    static func bulgarianLatin(_ letter: Unicode.Scalar, _ neighbours: Neighbours) -> String? {
        switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": "g"
        case "д": "d"
        case "е", "ѐ": "e"
        case "ж": "zh"
        case "з": "z"
        case "и", "ѝ": "i"
        case "й": "y"
        case "к": "k"
        case "л": "l"
        case "м": "m"
        case "н": "n"
        case "о": "o"
        case "п": "p"
        case "р": "r"
        case "с": "s"
        case "т": "t"
        case "у": "u"
        case "ф": "f"
        case "х": "h"
        case "ц": "ts"
        case "ч": "ch"
        case "ш": "sh"
        case "щ": "sht"
        case "ъ": "a"
        case "ь": "y"
        case "ю": "yu"
        case "я": neighbours.previous == "и" && neighbours.next == nil ? "a" : "ya"
        default: nil
        }
    }
}
