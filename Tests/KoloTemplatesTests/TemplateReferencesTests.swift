@testable import KoloTemplates
import Testing

/// What a theme's templates name, found at load time: the partials and parents (a missing one is an
/// error at its line and column), the first card, the UI strings.
struct TemplateReferencesTests {
    @Test func partialsAndParentsWithTheirPositions() {
        let text = "<h1>Ω {{ title }}</h1>\n  ж {{> partials/head }}\n{{<base}}{{$main}}x{{/main}}{{/base}}\n{{>*dynamic}}"
        let references = TemplateReferences.find(in: text)
        #expect(references == [
            .init(name: "partials/head", isParent: false, line: 2, column: 5),
            .init(name: "base", isParent: true, line: 3, column: 1),
        ])
    }

    @Test func aTagOverSeveralLinesKeepsTheLinesAfterItRight() {
        let text = "{{!\ncomment\n}}\n{{>footer}}"
        #expect(TemplateReferences.find(in: text) == [.init(name: "footer", isParent: false, line: 4, column: 1)])
    }

    @Test func anUnclosedTagNamesNothing() {
        #expect(TemplateReferences.find(in: "{{>head") == [])
    }

    @Test func theFirstCardIsFoundInAnyTagForm() {
        #expect(TemplateReferences.firstCardUse(in: "a\nbč {{{ card.h3 }}} {{{card.h2}}}")! == (2, 4))
        #expect(TemplateReferences.firstCardUse(in: "{{& card.h2}}")! == (1, 1))
        #expect(TemplateReferences.firstCardUse(in: "{{title}} card.h2") == nil)
    }

    @Test func stringKeysAreTheTKeysAndPluralTransforms() {
        let keys = TemplateReferences.stringKeys(in: "{{t.readMore}} {{membersCount(home.memberCount)}} {{#first(items)}}{{/first(items)}} {{t.status.active}}")
        #expect(keys == ["readMore", "membersCount", "status.active"])
    }
}
