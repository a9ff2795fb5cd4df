import FuzzSupport
import KoloText

/// The languages whose romanisation differs (mk, bg, sr, ru, uk, be), Turkish and Azerbaijani for
/// the dotless i, Greek for the final sigma, and English as any other language.
let languages = ["en", "mk", "bg", "sr", "ru", "uk", "be", "tr", "az", "el", "pl", "MKD", "sr-Latn"]
let sluggers = languages.flatMap { language in
    [(language, SlugStyle.ascii, Slugger(language: language, style: .ascii)),
     (language, SlugStyle.unicode, Slugger(language: language, style: .unicode))]
}

/// `Slugger.slug` on any text, in every language and both styles: its documented promises hold,
/// and a slug is its own slug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).lossyText
    for (language, style, slugger) in sluggers {
        let slug = slugger.slug(text)
        SlugRules.check(slug, style: style, of: text, language: language)
        let again = slugger.slug(slug)
        invariant(again == slug, "slug(\(String(reflecting: text)), \(language), \(style)) = \(String(reflecting: slug)), whose slug is \(String(reflecting: again))")
    }
    return 0
}
