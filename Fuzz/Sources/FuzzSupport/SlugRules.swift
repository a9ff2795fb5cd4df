import KoloText

/// The promises `Slugger.slug` makes, checked from the outside.
public enum SlugRules {
    public static func check(_ slug: String, style: SlugStyle, of text: String, language: String) {
        let context = "slug(\(String(reflecting: text)), \(language), \(style)) = \(String(reflecting: slug))"
        invariant(slug != "." && slug != "..", "a dot segment: \(context)")
        invariant(slug.count <= 80, "\(slug.count) characters, over 80: \(context)")
        invariant(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "a stray '-': \(context)")
        switch style {
        case .ascii:
            invariant(slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D },
                      "not [a-z0-9-]: \(context)")
        case .unicode:
            for scalar in slug.unicodeScalars {
                let properties = scalar.properties
                let value = scalar.value
                invariant(value >= 0x20 && !(0x7F...0x9F).contains(value), "a control character: \(context)")
                invariant(!properties.isWhitespace, "white space U+\(String(value, radix: 16)): \(context)")
                invariant(value >= 0x80 || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || value == 0x2D,
                          "ASCII other than [a-z0-9-] (U+\(String(value, radix: 16))): \(context)")
                invariant(!properties.isUppercase || properties.lowercaseMapping == String(scalar),
                          "an upper-case letter U+\(String(value, radix: 16)): \(context)")
                switch properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
                    break
                case .unassigned where value < 0x1F00:
                    // The fast path takes whole Latin, Greek and Cyrillic blocks as letters, their
                    // few unassigned code points included (U+038D): harmless in a URL.
                    break
                default:
                    invariant(value == 0x2D, "not a letter, mark, digit or '-' (U+\(String(value, radix: 16)), \(properties.generalCategory)): \(context)")
                }
            }
        }
    }
}
