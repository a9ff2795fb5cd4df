extension Transliteration {
    /// Belarusian, simplified from BGN/PCGN to ASCII without position rules: г → h, ё → yo,
    /// і → i, й → y, ў → u (ŭ of the national system without its breve), х → kh, ц → ts, ы → y,
    /// э → e, ю → yu, я → ya; the soft sign is dropped.
    static func belarusianLatin(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": "h"
        case "ґ": "g"
        case "д": "d"
        case "е": "e"
        case "ё": "yo"
        case "ж": "zh"
        case "з": "z"
        case "і": "i"
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
        case "ў": "u"
        case "ф": "f"
        case "х": "kh"
        case "ц": "ts"
        case "ч": "ch"
        case "ш": "sh"
        case "ы": "y"
        case "ь": ""
        case "э": "e"
        case "ю": "yu"
        case "я": "ya"
        default: nil
        }
    }
}
