import KoloLocalization
import Mustache

/// `{{t.readMore}}` in templates: the language's UI strings, looked up as templates ask for them.
struct StringsContext: MustacheParent, Sendable {
    let localizer: Localizer
    let prefix: String

    func child(named name: String) -> Any? {
        let key = prefix + name
        if let text = localizer.strings.text(key) { return text }
        // `t.status.active`: the dotted path is walked one name at a time.
        return StringsContext(localizer: localizer, prefix: key + ".")
    }
}
