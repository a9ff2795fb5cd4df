extension Transliteration {
    /// Russian, simplified from BGN/PCGN: ё → e, й → y, х → kh, ц → ts, щ → shch, ы → y, э → e,
    /// ю → yu, я → ya; the hard and soft signs ъ ь are dropped. Also the fallback for Cyrillic in
    /// languages without a table of their own.
    static func russianLatin(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": "g"
        case "д": "d"
        case "е", "ё": "e"
        case "ж": "zh"
        case "з": "z"
        case "и": "i"
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
        case "х": "kh"
        case "ц": "ts"
        case "ч": "ch"
        case "ш": "sh"
        case "щ": "shch"
        case "ъ", "ь": ""
        case "ы": "y"
        case "э": "e"
        case "ю": "yu"
        case "я": "ya"
        default: nil
        }
    }

    /// Letters of other Cyrillic alphabets, for text whose language's table does not have them
    /// (a Serbian name in Russian text, Kazakh or Tatar text under an unknown language…).
    static func otherCyrillicLatin(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "ѐ": "e"
        case "ѝ": "i"
        case "ђ": "dj"
        case "ѓ": "gj"
        case "є": "ye"
        case "ѕ": "dz"
        case "і": "i"
        case "ї": "yi"
        case "ј": "j"
        case "љ": "lj"
        case "њ": "nj"
        case "ћ": "c"
        case "ќ": "kj"
        case "ў": "u"
        case "џ": "dzh"
        case "ґ": "g"
        case "ѣ": "e"
        case "ѫ": "u"
        case "ѳ": "f"
        case "ѵ": "i"
        case "ә": "a"
        case "ғ": "gh"
        case "қ": "q"
        case "ң": "ng"
        case "ө": "o"
        case "ү", "ұ": "u"
        case "һ": "h"
        case "ҳ": "kh"
        case "җ": "zh"
        case "ҷ": "j"
        case "ҙ": "z"
        case "ҫ": "s"
        case "ӏ": ""
        default: nil
        }
    }
}
