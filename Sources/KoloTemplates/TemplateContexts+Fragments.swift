import KoloDiagnostics
import KoloMustache

extension TemplateContexts {
    /// This builder ready to render pages with `theme`: `fragments/*` rendered once per language (the
    /// parts of every page that do not depend on the page) and the cards set up, rendered once each.
    public func prepared(for theme: Theme) -> TemplateContexts {
        // Rendering cannot fail and every name comes from the library itself: nothing to report here.
        // A fragment that could not be loaded was reported (with its path) when the theme was.
        let templates = theme.library.templates(named: Self.fragmentFolder)
        var fragments: [String: [String: String]] = [:]
        for language in site.config.languages {
            let context = fragmentContext(language.code)
            var rendered: [String: String] = [:]
            for template in templates {
                rendered[String(template.name.dropFirst(Self.fragmentFolder.count))] = theme.library.renderText(template, context)
            }
            fragments[language.code] = rendered
        }
        return withFragments(fragments).withCards(theme)
    }

    /// The templates rendered once per language, printed as `{{{fragments.<name>}}}`.
    static let fragmentFolder = "fragments/"

    /// What `fragments/*` templates receive: only what is the same on every page of the language.
    public func fragmentContext(_ language: String) -> TemplateValue {
        .object(common(language))
    }

    /// This builder with each language's fragments (`fragments/*` rendered once); the rest of `init`'s
    /// work is kept, only the values every page starts from are built again.
    public func withFragments(_ fragments: [String: [String: String]]) -> TemplateContexts {
        var views = self
        for (code, rendered) in fragments { views.languageValues[code]?.fragments = rendered }
        views.commonValues = views.buildCommonValues()
        return views
    }

    /// This builder with cards: every card gets `card`, rendered by the theme's `cards/*` templates.
    public func withCards(_ theme: Theme) -> TemplateContexts {
        var views = self
        views.cards = CardRenderer(theme: theme, common: commonValues)
        return views
    }
}
