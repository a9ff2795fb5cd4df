extension Transliteration {
    /// Macedonian: the official romanisation adopted by the Government of (North) Macedonia in 2008
    /// and by BGN/PCGN in 2013, written without diacritics as on passports and road signs.
    ///
    /// Letters that the official system writes with a diacritic are written with digraphs, following
    /// its own precedent for ж, ч, ш (ž → zh, č → ch, š → sh):
    /// - ѓ → gj and ќ → kj (official passport spelling; BGN/PCGN's ǵ, ḱ);
    /// - ѕ → dz (the same in every system);
    /// - џ → dzh: the official system writes „dž“, and the ž of that digraph becomes zh like ж does.
    ///   The other spelling seen in use, „dj“, is avoided: it collides with д + ј („одјава“ →
    ///   odjava) and with Serbian ђ.
    /// ѐ and ѝ (grave accents that only tell homographs apart) are e and i.
    static func macedonianLatin(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": "g"
        case "д": "d"
        case "ѓ": "gj"
        case "е", "ѐ": "e"
        case "ж": "zh"
        case "з": "z"
        case "ѕ": "dz"
        case "и", "ѝ": "i"
        case "ј": "j"
        case "к": "k"
        case "л": "l"
        case "љ": "lj"
        case "м": "m"
        case "н": "n"
        case "њ": "nj"
        case "о": "o"
        case "п": "p"
        case "р": "r"
        case "с": "s"
        case "т": "t"
        case "ќ": "kj"
        case "у": "u"
        case "ф": "f"
        case "х": "h"
        case "ц": "c"
        case "ч": "ch"
        case "џ": "dzh"
        case "ш": "sh"
        default: nil
        }
    }
}
