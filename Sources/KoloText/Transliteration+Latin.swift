extension Transliteration {
    /// A Latin letter outside ASCII as lower-case ASCII and its case; nil for anything else.
    ///
    /// Letters with a canonical decomposition lose their combining marks (ą → a, č → c, ő → o,
    /// ş → s, ǽ → æ → ae); `undecomposableLatin` covers the letters that do not decompose.
    /// Full-width Latin letters become ASCII. German umlauts are not expanded (ü → u, not ue).
    static func latinLetter(_ scalar: Unicode.Scalar, scheme: Scheme) -> (latin: String, upper: Bool)? {
        if let letter = undecomposableLatin(scalar, scheme: scheme) { return letter }
        let value = scalar.value
        switch value {
        case 0xFF21...0xFF3A: return (String(Unicode.Scalar(UInt8(value - 0xFF21 + 0x61))), true)
        case 0xFF41...0xFF5A: return (String(Unicode.Scalar(UInt8(value - 0xFF41 + 0x61))), false)
        default: break
        }
        guard let base = Decomposition.base(of: scalar) else { return nil }
        if base.value < 0x80 {
            guard isLetter(base) else { return nil }
            return (String(lowercased(base)), base.value < 0x61)
        }
        return undecomposableLatin(base, scheme: scheme)
    }

    /// Latin letters without a canonical decomposition, as lower-case ASCII and their case.
    /// đ is dj for the languages that write ђ as đ (Serbian, Croatian, Bosnian, Montenegrin:
    /// „Đorđe“ → Djordje) and d elsewhere (Vietnamese „Đà Nẵng“ → Da Nang).
    static func undecomposableLatin(_ scalar: Unicode.Scalar, scheme: Scheme) -> (String, Bool)? {
        switch scalar {
        case "ß": ("ss", false)
        case "ẞ": ("ss", true)
        case "æ": ("ae", false)
        case "Æ": ("ae", true)
        case "ø": ("o", false)
        case "Ø": ("o", true)
        case "œ": ("oe", false)
        case "Œ": ("oe", true)
        case "ł": ("l", false)
        case "Ł": ("l", true)
        case "đ": (scheme == .serbian ? "dj" : "d", false)
        case "Đ": (scheme == .serbian ? "dj" : "d", true)
        case "ð": ("d", false)
        case "Ð": ("d", true)
        case "þ": ("th", false)
        case "Þ": ("th", true)
        case "ı": ("i", false)
        case "ħ": ("h", false)
        case "Ħ": ("h", true)
        case "ŧ": ("t", false)
        case "Ŧ": ("t", true)
        case "ŀ": ("l", false)
        case "Ŀ": ("l", true)
        case "ĸ": ("k", false)
        case "ŋ": ("ng", false)
        case "Ŋ": ("ng", true)
        case "ŉ": ("n", false)
        case "ſ": ("s", false)
        case "ĳ": ("ij", false)
        case "Ĳ": ("ij", true)
        case "ə", "ǝ", "ɛ": ("e", false)
        case "Ə", "Ǝ", "Ɛ": ("e", true)
        case "ɔ": ("o", false)
        case "Ɔ": ("o", true)
        case "ƀ", "ɓ": ("b", false)
        case "Ƀ", "Ɓ": ("b", true)
        case "ƈ", "ȼ": ("c", false)
        case "Ƈ", "Ȼ": ("c", true)
        case "ɗ", "ɖ": ("d", false)
        case "Ɗ", "Ɖ": ("d", true)
        case "ƒ": ("f", false)
        case "Ƒ": ("f", true)
        case "ɠ", "ɣ": ("g", false)
        case "Ɠ", "Ɣ": ("g", true)
        case "ɨ": ("i", false)
        case "Ɨ": ("i", true)
        case "ƙ": ("k", false)
        case "Ƙ": ("k", true)
        case "ƚ": ("l", false)
        case "Ƚ": ("l", true)
        case "ɲ", "ƞ": ("n", false)
        case "Ɲ", "Ƞ": ("n", true)
        case "ƥ": ("p", false)
        case "Ƥ": ("p", true)
        case "ƭ", "ʈ": ("t", false)
        case "Ƭ", "Ʈ": ("t", true)
        case "ʉ": ("u", false)
        case "Ʉ": ("u", true)
        case "ʋ": ("v", false)
        case "Ʋ": ("v", true)
        case "ƴ": ("y", false)
        case "Ƴ": ("y", true)
        case "ƶ", "ȥ": ("z", false)
        case "Ƶ", "Ȥ": ("z", true)
        case "ǆ", "ǳ": ("dz", false)
        case "Ǆ", "ǅ", "Ǳ", "ǲ": ("dz", true)
        case "ǉ": ("lj", false)
        case "Ǉ", "ǈ": ("lj", true)
        case "ǌ": ("nj", false)
        case "Ǌ", "ǋ": ("nj", true)
        case "ª": ("a", false)
        case "º": ("o", false)
        case "ﬀ": ("ff", false)
        case "ﬁ": ("fi", false)
        case "ﬂ": ("fl", false)
        case "ﬃ": ("ffi", false)
        case "ﬄ": ("ffl", false)
        case "ﬅ", "ﬆ": ("st", false)
        default: nil
        }
    }
}
