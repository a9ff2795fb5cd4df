extension Transliteration {
    /// Which romanisation tables apply, resolved once from a language tag.
    enum Scheme: Sendable, Equatable {
        case macedonian
        case bulgarian
        /// Serbian, and the other languages of the Serbo-Croatian group (hr, bs, cnr, sh).
        case serbian
        case russian
        case ukrainian
        case belarusian
        /// Any other language: Cyrillic uses the Russian-like table.
        case other

        init(language: String) {
            switch Transliteration.primaryLanguage(language) {
            case "mk": self = .macedonian
            case "bg": self = .bulgarian
            case "sr", "hr", "bs", "cnr", "sh": self = .serbian
            case "ru": self = .russian
            case "uk": self = .ukrainian
            case "be": self = .belarusian
            default: self = .other
            }
        }
    }

    /// The primary language subtag of a BCP 47 tag (or POSIX locale name), lower-cased, with
    /// ISO 639-2 codes of the languages Kolo knows about reduced to their ISO 639-1 form:
    /// "mk-MK" → "mk", "bg_BG.UTF-8" → "bg", "MKD" → "mk".
    static func primaryLanguage(_ tag: String) -> String {
        var bytes: [UInt8] = []
        for byte in tag.utf8 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                bytes.append(lower)
            } else if bytes.isEmpty && (byte == 0x20 || byte == 0x09) {
                continue
            } else {
                break
            }
        }
        let code = String(decoding: bytes, as: UTF8.self)
        switch code {
        case "mkd", "mac": return "mk"
        case "bul": return "bg"
        case "srp", "scc": return "sr"
        case "hrv", "scr": return "hr"
        case "bos": return "bs"
        case "rus": return "ru"
        case "ukr": return "uk"
        case "bel": return "be"
        case "ell", "gre": return "el"
        case "pol": return "pl"
        case "tur": return "tr"
        case "aze": return "az"
        default: return code
        }
    }
}
