import KoloMustache
import KoloSite
import Synchronization

/// Renders each list item's card once per item, reader's language and heading level, however many
/// lists show it. On a hub an item is in its section's list, in a list per tag and beside the pages
/// it is related to, and rendering its card again for each was the largest part of rendering lists.
///
/// The card template is `cards/<kind>` (`cards/news`, `cards/project`, `cards/member`, `cards/page`),
/// else `cards/default`. It receives the card's values, `heading` (`h2`…`h6`) and what every
/// template of the language receives (`site`, `lang`, `t`, `fragments`), never the page showing it:
/// that is what makes one rendering right for every list.
final class CardRenderer: Sendable {
    /// An item as a reader of one language sees it.
    struct Key: Hashable {
        let ref: PageRef
        let language: String
    }

    static let headings: [(key: TemplateKey, name: String)] = ["h2", "h3", "h4", "h5", "h6"].map { (TemplateKey($0), $0) }

    let library: TemplateLibrary
    let common: [String: TemplateObject]
    /// The card's values, and its HTML by heading level.
    private let built = Mutex<[Key: TemplateValue]>([:])
    private let rendered = Mutex<[Key: [String: String]]>([:])

    init(theme: Theme, common: [String: TemplateObject]) {
        library = theme.library
        self.common = common
    }

    /// `cards/<kind>`, else `cards/default`; nil when the theme has neither, which `Theme.load` refuses
    /// for a theme whose templates print cards.
    func template(forKind kind: String) -> TemplateLibrary.Template? {
        library.template("cards/" + kind) ?? library.template("cards/default")
    }

    /// The card's values as a reader of `language` sees them: built on first use (`build`), then
    /// shared; `shown` runs whenever they are found already built.
    func values(_ ref: PageRef, language: String, build: () -> TemplateValue, shown: () -> Void) -> TemplateValue {
        let key = Key(ref: ref, language: language)
        if let done = built.withLock({ $0[key] }) {
            shown()
            return done
        }
        let values = build()
        built.withLock { $0[key] = values }
        return values
    }

    /// The card's HTML: rendered on first use, then the same string for every list that shows it.
    /// Two workers asking at once may both render it; they render the same bytes.
    func html(_ card: CardView, heading: String) -> String? {
        let key = card.key
        if let done = rendered.withLock({ $0[key]?[heading] }) { return done }
        guard let template = template(forKind: card.kind), let common = common[key.language] else { return nil }
        var context = common.merging(card.values)
        context["heading"] = .string(heading)
        let html = library.renderText(template, .object(context))
        rendered.withLock { $0[key, default: [:]][heading] = html }
        return html
    }
}

/// A card as templates print it: `{{{card.h2}}}` is the card with its title in an `h2`.
final class CardView: DynamicTemplateValue {
    let renderer: CardRenderer
    let key: CardRenderer.Key
    let kind: String
    let values: TemplateObject

    init(renderer: CardRenderer, key: CardRenderer.Key, kind: String, values: TemplateObject) {
        self.renderer = renderer
        self.key = key
        self.kind = kind
        self.values = values
    }

    func child(_ key: TemplateKey) -> TemplateValue? {
        guard let heading = CardRenderer.headings.first(where: { $0.key == key }) else { return nil }
        return renderer.html(self, heading: heading.name).map(TemplateValue.string)
    }
}
