import KoloLocalization
import KoloMustache

/// `{{t.readMore}}` in templates: the language's UI strings, looked up as templates ask for them.
final class StringsContext: DynamicTemplateValue {
    let localizer: Localizer
    let prefix: String

    init(localizer: Localizer, prefix: String) {
        self.localizer = localizer
        self.prefix = prefix
    }

    func child(_ key: TemplateKey) -> TemplateValue? {
        let key = prefix + key.name
        if let text = localizer.strings.text(key) { return .string(text) }
        // `t.status.active`: the dotted path is walked one name at a time.
        return .dynamic(StringsContext(localizer: localizer, prefix: key + "."))
    }
}
