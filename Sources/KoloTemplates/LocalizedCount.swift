import KoloLocalization
import KoloMustache

/// A number that templates can print as it is (`{{home.memberCount}}` → 5) or through a plural UI
/// string named like a function: `{{ membersCount(home.memberCount) }}` → „5 членки“, „5 organizacji
/// członkowskich“ — the form chosen by the language's CLDR plural rules.
///
/// Like a plain number it has no named parts: inside `{{#page.readingTime}}…{{/page.readingTime}}`
/// every name is looked up outside it.
final class LocalizedCount: DynamicTemplateValue {
    let value: Int
    let localizer: Localizer

    init(value: Int, localizer: Localizer) {
        self.value = value
        self.localizer = localizer
    }

    var text: String { String(value) }

    func transform(_ name: String) -> TemplateValue? {
        guard localizer.strings.entry(name) != nil else { return nil }
        return .string(localizer.plural(name, count: value))
    }
}

extension TemplateContexts {
    func count(_ value: Int, in language: String) -> TemplateValue {
        .dynamic(LocalizedCount(value: value, localizer: localizer(language)))
    }
}
