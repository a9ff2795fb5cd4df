import KoloMustache
import Testing

/// The rules docs/templates.md promises theme authors, beyond the spec: what is true, what escapes,
/// transforms, and where a syntax error is.
struct EngineTests {
    func render(_ template: String, _ value: TemplateValue, partials: [String: String] = [:]) -> String? {
        var sources = partials
        sources["main"] = template
        let (library, errors) = TemplateLibrary.compile(sources)
        #expect(errors.isEmpty, "\(errors)")
        return library.renderText("main", value)
    }

    @Test func emptyTextAndZeroAreTrueFalseAndAbsentAreNot() {
        let value: TemplateValue = ["empty": "", "zero": 0, "no": false, "none": [], "yes": true]
        #expect(render("{{#empty}}e{{/empty}}{{#zero}}z{{/zero}}{{#no}}n{{/no}}{{#none}}l{{/none}}{{#missing}}m{{/missing}}{{#yes}}y{{/yes}}", value) == "ezy")
        #expect(render("{{^empty}}e{{/empty}}{{^no}}n{{/no}}{{^none}}l{{/none}}{{^missing}}m{{/missing}}", value) == "nlm")
        #expect(render("{{yes}} {{no}} {{zero}}", value) == "true false 0")
    }

    @Test func escapesExactlyFiveCharactersByteWise() {
        #expect(render("{{x}}|{{{x}}}|{{&x}}", ["x": "<a href=\"x\">'&é</a>"])
                == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;é&lt;/a&gt;|<a href=\"x\">'&é</a>|<a href=\"x\">'&é</a>")
        #expect(render("{{% CONTENT_TYPE: TEXT }}\n{{x}}", ["x": "<b>"]) == "<b>")
    }

    @Test func namesClimbTheStackUnlessAnchored() {
        let value: TemplateValue = ["title": "outer", "items": [["name": "a"], ["name": "b", "title": "own"]]]
        #expect(render("{{#items}}{{name}}:{{title}}:{{.title}};{{/items}}", value) == "a:outer:;b:own:own;")
    }

    @Test func transformsAndListPositions() {
        let value: TemplateValue = ["tags": ["b", "a", "c"], "n": 4, "name": "ana lee", "map": ["y": 1, "x": 2]]
        #expect(render("{{#tags}}{{#first()}}[{{/first()}}{{.}}{{^last()}},{{/last()}}{{#last()}}]{{/last()}}{{/tags}}", value) == "[b,a,c]")
        #expect(render("{{count(tags)}} {{first(tags)}} {{#sorted(tags)}}{{.}}{{/sorted(tags)}} {{plusone(n)}} {{uppercased(name)}} {{capitalized(name)}}", value)
                == "3 b abc 5 ANA LEE Ana Lee")
        #expect(render("{{#sorted(map)}}{{key}}={{value}};{{/sorted(map)}}", value) == "x=2;y=1;")
        // A transform the value does not have makes the name absent; list positions exist only in lists.
        #expect(render("[{{plusone(name)}}][{{first()}}]", value) == "[][]")
    }

    @Test func dynamicValuesAnswerNamesAndTransforms() {
        final class Count: DynamicTemplateValue {
            func transform(_ name: String) -> TemplateValue? { name == "apples" ? "3 apples" : nil }
            var text: String { "3" }
        }
        #expect(render("{{n}} {{apples(n)}} {{pears(n)}}{{#n}} in{{/n}}", ["n": .dynamic(Count())]) == "3 3 apples  in")
    }

    @Test func outerBlockOverrideWinsAndReachesPartials() {
        let partials = ["layout": "<{{$main}}default{{/main}}>{{>part}}", "part": "({{$side}}side{{/side}})"]
        #expect(render("{{<layout}}{{$main}}mine{{/main}}{{$side}}S{{/side}}{{/layout}}", [:], partials: partials) == "<mine>(S)")
    }

    @Test func standalonePartialsIndentEveryLine() {
        #expect(render("<ul>\n  {{>item}}\n</ul>\n", ["a": "x"], partials: ["item": "<li>\n{{a}}\n</li>\n"]) == "<ul>\n  <li>\n  x\n  </li>\n</ul>\n")
    }

    @Test func recursivePartialsAndDynamicNames() {
        let tree: TemplateValue = ["name": "a", "kids": [["name": "b", "kids": [["name": "c", "kids": []]]]], "which": "node"]
        #expect(render("{{>*which}}", tree, partials: ["node": "{{name}}({{#kids}}{{>node}}{{/kids}})"]) == "a(b(c()))")
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let (_, errors) = TemplateLibrary.compile(["news/single": "<p>\n  {{#items}}\n  {{/item}}\n", "ok": "{{x}}", "open": "a\n{{name"])
        #expect(errors.map(\.description).sorted() == [
            "news/single:3:6: error: template syntax: a section is closed with a different name than it was opened with",
            "open:2:7: error: template syntax: a tag is not closed with }}",
        ])
    }
}
