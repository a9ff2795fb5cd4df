extension Transliteration {
    /// Serbian (and Bosnian/Montenegrin Cyrillic): the Serbian Latin alphabet with its diacritics
    /// dropped, so that the Cyrillic and Latin spellings of a text give the same result:
    /// ђ → dj (as đ is written for these languages, see `Transliteration+Latin.swift`), ћ → c,
    /// ж → z, ч → c, ш → s, џ → dz, љ → lj, њ → nj, ј → j. „Ђорђе Чолић“ and „Đorđe Čolić“ both
    /// give Djordje Colic.
    static func serbianLatin(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": "g"
        case "д": "d"
        case "ђ": "dj"
        case "е": "e"
        case "ж": "z"
        case "з": "z"
        case "и": "i"
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
        case "ћ": "c"
        case "у": "u"
        case "ф": "f"
        case "х": "h"
        case "ц": "c"
        case "ч": "c"
        case "џ": "dz"
        case "ш": "s"
        default: nil
        }
    }
}
