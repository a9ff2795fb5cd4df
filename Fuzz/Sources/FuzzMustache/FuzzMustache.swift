import FuzzSupport
import KoloMustache
import MustacheReference

/// Kolo's Mustache engine against swift-mustache 2.1.1 (as Kolo used it) on random templates: the
/// same output, or both refuse the templates. Each byte picks a piece of Mustache (tags of every
/// kind, text, line breaks, indentation, set delimiters, pragmas, transforms); a zero byte starts
/// the next template. `main` may use `p` and `q` as partials or parents, `p` may use `q`, `q` none:
/// an endless recursion would overflow the stack of both engines alike, which tests nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    var texts = ["", "", ""]
    var current = 0
    for byte in input.bytes {
        if byte == 0 {
            current += 1
            if current == texts.count { break }
            continue
        }
        let pieces = current == 0 ? mainPieces : current == 1 ? partialPieces : leafPieces
        texts[current] += pieces[Int(byte) % pieces.count]
    }
    let sources = ["main": texts[0], "p": texts[1], "q": texts[2]]
    // swift-mustache refuses a template whose last character starts its start delimiter (`a{`):
    // it reads past the end looking for the second. Kolo takes the character as text.
    guard !texts.contains(where: { ["{", "<", "|"].contains($0.last) }) else { return 0 }
    let (library, errors) = TemplateLibrary.compile(sources)
    let reference = try? ReferenceEngine(sources)
    invariant(errors.isEmpty == (reference != nil),
              "Kolo \(errors.isEmpty ? "accepts" : "refuses (\(errors))") what swift-mustache \(reference == nil ? "refuses" : "accepts"): \(sources)")
    guard let reference else { return 0 }
    for value in values(input.hash) {
        let ours = library.renderText("main", value)
        let theirs = reference.render("main", value)
        invariant(ours == theirs, "\(sources)\nKolo:          \(String(reflecting: ours))\nswift-mustache: \(String(reflecting: theirs))")
    }
    return 0
}

/// Pieces every template may use: text, whitespace, line breaks, names, sections, transforms.
let leafPieces: [String] = [
    "x", "é", " ", "  ", "\t", "\n", "\r\n", "\r", "<&\"'>", "}", "{", "}}", "{{", ".",
    "{{a}}", "{{{a}}}", "{{&a}}", "{{ a }}", "{{b.c}}", "{{.}}", "{{.a}}", "{{c}}", "{{d}}", "{{e}}", "{{list}}", "{{n}}",
    "{{#a}}", "{{/a}}", "{{^a}}", "{{#b}}", "{{/b}}", "{{^b}}", "{{#list}}", "{{/list}}", "{{^list}}", "{{#d}}", "{{/d}}",
    "{{#e}}", "{{/e}}", "{{^e}}", "{{#n}}", "{{/n}}", "{{#.}}", "{{/.}}", "{{#c}}", "{{/c}}", "{{#empty}}", "{{/empty}}",
    "{{#first()}}", "{{/first()}}", "{{^last()}}", "{{/last()}}", "{{index()}}", "{{#even()}}", "{{/even()}}",
    "{{count(list)}}", "{{first(list)}}", "{{#sorted(list)}}", "{{/sorted(list)}}", "{{reversed(a)}}", "{{uppercased(a)}}",
    "{{plusone(c)}}", "{{#equalzero(c)}}", "{{/equalzero(c)}}", "{{empty(list)}}", "{{count(b)}}", "{{plural(n)}}", "{{nope(a)}}",
    "{{!note}}", "{{! a\nb }}", "{{% CONTENT_TYPE: TEXT }}", "{{% CONTENT_TYPE: HTML }}", "{{% NOPE: X }}",
    "{{#a}}\n", "{{/a}}\n", "  {{#list}}\n", "  {{/list}}\n", "{{^b}}\n", "\n  {{!c}}\n", "{{a", "{{#a}}{{/b}}",
    "{{$blk}}", "{{/blk}}", "{{$blk}}d{{/blk}}",
]

/// What `p` may add: `q` as partial or parent, and dynamic names (whose value is `q`).
let partialPieces: [String] = leafPieces + [
    "{{>q}}", "  {{>q}}\n", "{{<q}}", "{{/q}}", "{{<q}}{{$blk}}o{{/blk}}{{/q}}", "{{>*dq}}", "\t{{>*dq}}\n", "{{>missing}}",
]

/// What `main` may add: `p` as partial or parent, set delimiters (which `p` and `q` never see).
let mainPieces: [String] = partialPieces + [
    "{{>p}}", "  {{>p}}\n", "{{<p}}", "{{/p}}", "{{<p}}\n{{$blk}}\n  O\n{{/blk}}\n{{/p}}\n", "{{>*dp}}", " {{>*dp}}\n",
    "{{=<% %>=}}", "<%a%>", "<%#list%>", "<%/list%>", "<%={{ }}=%>", "{{= | | =}}", "|a|", "|={{ }}=|",
]

/// Values of every kind, some chosen by the input's hash.
func values(_ hash: UInt64) -> [TemplateValue] {
    let counted = DynamicCount(count: Int(hash % 5))
    let base: TemplateValue = [
        "a": hash & 1 == 0 ? "<b>Ana & 'Lee'</b>" : "",
        "b": ["c": "inner", "a": "shadow"],
        "c": .int(Int(hash >> 3 % 3)),
        "d": .bool(hash & 4 == 0),
        "e": .double(1.5),
        "list": hash & 8 == 0 ? ["x", "y", "z"] : [],
        "items": [["a": "one"], ["a": "two", "b": ["c": "deep"]]],
        "empty": "",
        "n": .dynamic(counted),
        "dp": "p",
        "dq": "q",
    ]
    return [base, ["list": [1, 2], "a": 0], "text at the root"]
}

/// A count whose plural strings are transforms, like Kolo's.
final class DynamicCount: DynamicTemplateValue {
    let count: Int
    init(count: Int) { self.count = count }
    var text: String { String(count) }
    func transform(_ name: String) -> TemplateValue? { name == "plural" ? .string(count == 1 ? "1 item" : "\(count) items") : nil }
}
