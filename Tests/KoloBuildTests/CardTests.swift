import KoloFixtures
import Foundation
import Testing

/// Cards come from `cards/<kind>` (else `cards/default`), rendered once per item, reader's language and
/// heading level: the same bytes in every list that shows them.
@Suite(.serialized)
struct CardTests {
    static let ownNewsCard = """
    -- templates/cards/news.mustache --
    <article class="own-news"><{{heading}}><a href="{{url}}">{{title}}</a></{{heading}}>{{#date}}<time>{{date.text}}</time>{{/date}} {{t.readMore}}</article>
    """

    @Test func aKindsCardTemplateIsUsedInEveryListWithTheHeadingTheListAsksFor() async throws {
        let site = try FixtureSite(twoLanguageSite + "\n" + Self.ownNewsCard + "\n-- i18n/en.yaml --\nreadMore: More\n")
        defer { site.cleanUp() }
        try await site.build()
        let card = #"<article class="own-news"><h2><a href="/hub/en/news/fusion-lab/">Fusion Lab opens &lt;script&gt;alert(1)&lt;/script&gt;</a></h2><time>22 July 2016</time> More</article>"#
        // The section list (page 2: newest first, two a page) and the tag's list print the same card.
        #expect(try site.read("en/news/page/2/index.html").contains(card))
        #expect(try site.read("en/tags/social-enterprise/index.html").contains(card))
        // The project's page lists its news under an h2 of its own: the same card with an h3.
        #expect(try site.read("en/projects/fusion-lab/index.html").contains(card.replacing("h2>", with: "h3>")))
        // Projects and members keep the theme's own cards.
        let members = try site.read("en/members/index.html")
        #expect(members.contains(#"<article class="card card-member""#))
        #expect(!members.contains("own-news"))
    }

    @Test func aCardIsInTheReadersLanguage() async throws {
        let site = try FixtureSite(twoLanguageSite + "\n" + Self.ownNewsCard)
        defer { site.cleanUp() }
        try await site.build()
        // The Macedonian tag page lists the Macedonian translation, dated in Macedonian (the date is
        // inherited from the English original), with the Macedonian UI string.
        let tag = try site.read("mk/tags/social-enterprise/index.html")
        #expect(tag.contains(#"<a href="/hub/mk/news/fusion-lab/">Лабораторија за фузија</a>"#))
        #expect(tag.contains("<time>22 јули 2016</time>"))
        #expect(!tag.contains("Fusion Lab opens"))
    }

    @Test func printingCardsWithoutACardTemplateIsAnErrorWithItsPosition() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- themes/bare/templates/layout.mustache --
        <html>{{$main}}{{/main}}</html>
        -- themes/bare/templates/list.mustache --
        {{<layout}}{{$main}}
        {{#list.items}}<li>{{{card.h2}}}</li>{{/list.items}}
        {{/main}}{{/layout}}
        -- themes/bare/templates/cards/news.mustache --
        <p>{{title}}</p>
        """)
        defer { site.cleanUp() }
        let config = site.root.appendingPathComponent("site.yaml")
        try (try String(contentsOf: config, encoding: .utf8) + "theme: bare\n").write(to: config, atomically: true, encoding: .utf8)
        let errors = await site.buildErrors()
        #expect(errors == ["themes/bare/templates/list.mustache:2:20: error: this template prints cards, but there is no templates/cards/default.mustache (nor templates/cards/project.mustache, templates/cards/member.mustache, templates/cards/event.mustache, templates/cards/page.mustache) in the site or in theme \"bare\""])
    }
}
