import Testing
import Yams
@testable import KoloContent

/// The fast front matter reader must agree with Yams on everything it accepts, positions included,
/// and hand everything else to Yams.
struct FastYAMLTests {
    func describe(_ node: YAMLNode?) -> String {
        switch node {
        case nil: return "nil"
        case .scalar(let scalar)?: return "\(scalar.style == .plain ? "plain" : "quoted")(\(scalar.string))@\(scalar.mark.line):\(scalar.mark.column)"
        case .sequence(let sequence)?: return "[" + sequence.map { describe($0) }.joined(separator: ", ") + "]"
        case .mapping(let mapping)?: return "{" + mapping.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    @Test(arguments: [
        "title: Лабораторија за фузија\ndate: 2016-07-22\n",
        "title: \"Fusion: a lab\"\ndate: 2016-07-22T10:00:00+02:00\ndraft: true\nweight: 3\n",
        "tags: [social-enterprise, \"civil society\", 'it''s', грантови]\n",
        "tags: []\nprojects:\n  - fusion-lab\n  - \"fuse\"\n- bad\n",
        "partners:\n- a\n- b\n\n# a comment\nfounded: 1997 # since\nratio: 1.5\nempty:\nnothing: ~\n",
        "title: 'Single ''quoted'''\ndescription: \"Escapes \\\"work\\\" \\\\ too\"\n",
        "title: Ѓорче Петров   \n",
    ])
    func agreesWithYams(_ yaml: String) throws {
        guard let fast = FastYAML.parse(yaml) else {
            // Falling back is always allowed; these samples are expected to be fast except the broken one.
            #expect(yaml.contains("- bad"))
            return
        }
        let slow = try Yams.compose(yaml: yaml).map(YAMLNode.init)
        #expect(describe(fast) == describe(slow))
    }

    @Test(arguments: [
        "title: a\ntitle: b\n",                  // duplicate keys: Yams reports them
        "title:\n  nested: map\n",               // nested mappings
        "description: |\n  block text\n",        // block scalars
        "a: &anchor x\nb: *anchor\n",            // anchors and aliases
        "\ttitle: tab\n",                         // tabs
        "title: a: b\n",                          // ambiguous plain scalar
        "tags: [a, [b]]\n",                       // nested flow
        "title: \"unterminated\n",
        "{title: x}\n",
        "- a\n- b\n",
        "title: \"\\u0041\"\n",                   // rarer escapes
    ])
    func leavesTheRestToYams(_ yaml: String) {
        #expect(FastYAML.parse(yaml) == nil)
    }

    @Test func typesPlainScalarsLikeYAML11() throws {
        let node = try #require(FastYAML.parse("a: yes\nb: \"yes\"\nc: 12\nd: '12'\ne: ~\nf: 1_000\ng: 2016-07-22\n"))
        guard case .mapping(let mapping) = node else { Issue.record("not a mapping"); return }
        let values = Dictionary(uniqueKeysWithValues: mapping.map { ($0.key.string!, $0.value) })
        #expect(values["a"]?.bool == true)
        #expect(values["b"]?.bool == nil)
        #expect(values["c"]?.int == 12)
        #expect(values["d"]?.int == nil)
        #expect(values["e"]?.isNull == true)
        #expect(values["f"]?.int == 1000)
        #expect(values["g"]?.int == nil)
        #expect(values["g"]?.string == "2016-07-22")
    }
}
