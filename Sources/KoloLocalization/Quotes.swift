/// The double quotation marks each language prints („…“ in Macedonian and Bulgarian, „…” in Polish,
/// «…» in French); cmark's smart punctuation knows only English ones.
public enum Quotes {
    public static func marks(for locale: String) -> (opening: String, closing: String) {
        let primary = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? locale
        switch primary {
        case "mk", "bg", "de", "cs", "sk", "sl", "is", "lt", "et", "ka", "sq":
            return ("\u{201E}", "\u{201C}")
        case "pl", "hu", "ro", "hr", "nl", "sr", "bs":
            return ("\u{201E}", "\u{201D}")
        case "fr":
            return ("\u{00AB}\u{202F}", "\u{202F}\u{00BB}")
        case "ru", "uk", "be", "es", "it", "pt", "ca", "el", "no", "nb", "nn", "ar", "fa", "tr", "hy", "az", "kk", "uz":
            return ("\u{00AB}", "\u{00BB}")
        case "sv", "fi":
            return ("\u{201D}", "\u{201D}")
        case "da":
            return ("\u{00BB}", "\u{00AB}")
        case "ja", "zh":
            return ("\u{300C}", "\u{300D}")
        case "he":
            return ("\u{201D}", "\u{201D}")
        default:
            return ("\u{201C}", "\u{201D}")
        }
    }
}
