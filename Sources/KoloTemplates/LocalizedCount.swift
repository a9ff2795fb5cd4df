import KoloLocalization
import Mustache

/// A number that templates can print as it is (`{{home.memberCount}}` → 5) or through a plural UI
/// string named like a function: `{{ membersCount(home.memberCount) }}` → „5 членки“, „5 organizacji
/// członkowskich“ — the form chosen by the language's CLDR plural rules.
///
/// Like a plain number it has no named parts: inside `{{#page.readingTime}}…{{/page.readingTime}}`
/// every name is looked up outside it (and swift-mustache does not reflect it with `Mirror` each time).
struct LocalizedCount: MustacheTransformable, MustacheCustomRenderable, MustacheParent, CustomStringConvertible, Sendable {
    let value: Int
    let localizer: Localizer

    var description: String { String(value) }
    var renderText: String { description }
    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        guard localizer.strings.entry(name) != nil else { return nil }
        return localizer.plural(name, count: value)
    }
}

extension ViewBuilder {
    func count(_ value: Int, in language: String) -> LocalizedCount {
        LocalizedCount(value: value, localizer: localizer(language))
    }
}
