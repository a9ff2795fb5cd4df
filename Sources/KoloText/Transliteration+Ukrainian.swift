extension Transliteration {
    /// Ukrainian: the official national system (Cabinet of Ministers resolution 55 of 2010).
    ///
    /// - г → h, but „зг“ → zgh (to tell it from ж = zh); ґ → g; и → y; і → i; х → kh; щ → shch.
    /// - є, ї, й, ю, я → ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia elsewhere
    ///   („Яготин“ → Yahotyn, „Київ“ → Kyiv).
    /// - The soft sign is dropped. The apostrophe is not a letter: it stays as written (the slug
    ///   drops it), and does not start a new word („Знам'янка“ → Znam'ianka).
    static func ukrainianLatin(_ letter: Unicode.Scalar, _ neighbours: Neighbours) -> String? {
        let initial = neighbours.atWordStart
        return switch letter {
        case "а": "a"
        case "б": "b"
        case "в": "v"
        case "г": neighbours.previous == "з" ? "gh" : "h"
        case "ґ": "g"
        case "д": "d"
        case "е": "e"
        case "є": initial ? "ye" : "ie"
        case "ж": "zh"
        case "з": "z"
        case "и": "y"
        case "і": "i"
        case "ї": initial ? "yi" : "i"
        case "й": initial ? "y" : "i"
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
        case "ь": ""
        case "ю": initial ? "yu" : "iu"
        case "я": initial ? "ya" : "ia"
        default: nil
        }
    }
}
