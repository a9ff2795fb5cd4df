internal import CKoloICU
import KoloContent

/// Everything language-specific a page needs: UI strings (with plural forms), long dates and the
/// language's alphabetical order. One per language, built once per build, shared by every render.
public struct Localizer: Sendable {
    public let language: LanguageConfig
    public let strings: Strings
    public let dates: LongDateFormat
    public let plurals: PluralRules?
    public let collator: Collator?
    /// Events' dates as ranges in this language (CLDR interval formats).
    public let dateRanges: DateRangeFormat

    public init(language: LanguageConfig, strings: Strings) {
        self.language = language
        self.strings = strings
        let pattern = strings.text("date.long")
        dates = LongDateFormat(locale: language.locale, pattern: pattern)
        plurals = PluralRules(locale: language.locale)
        collator = Collator(locale: language.locale)
        dateRanges = DateRangeFormat(locale: language.locale)
    }

    /// The UI string for `key`, with `{name}` placeholders filled; the key itself when no language has it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(strings.text(key) ?? key, values)
    }

    /// The plural form of `key` for `count` ("5 projektów"), with `{count}` and other placeholders filled.
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = String(count)
        switch strings.entry(key) {
        case .plural(let forms)?:
            let category = plurals?.category(for: count) ?? (count == 1 ? "one" : "other")
            return fill(forms[category] ?? forms["other"] ?? key, values)
        case .text(let text)?:
            return fill(text, values)
        case nil:
            return String(count)
        }
    }

    public func formatDate(_ date: ContentDate) -> String {
        dates.format(date)
    }

    public func sortKey(_ text: String) -> [UInt8] {
        collator?.sortKey(text) ?? Array(text.lowercased().utf8)
    }

    /// `template` with each `{name}` of `values` replaced by its value; other braces stay as written.
    /// One pass over the bytes, and a value is never read again as a template: this runs for every
    /// plural count a page prints.
    func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard !values.isEmpty, bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "{")) {
            result += String(Substring(rest[..<open]))
            let afterOpen = bytes.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(Substring(rest[afterOpen..<close]))] {
                result += value
                rest = rest[bytes.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        result += String(Substring(rest))
        return result
    }
}

extension Localizer {
    /// A country's name in this language ("mk" → „Северна Македонија“ in Macedonian), from CLDR
    /// through the system ICU; the code itself when CLDR has no name for it.
    public func countryName(_ code: String) -> String {
        let locale = language.locale
        return ICUText.read { kolo_region_name(locale, code.uppercased(), $0, $1) } ?? code
    }
}
