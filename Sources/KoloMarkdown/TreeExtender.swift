internal import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adds GitHub Flavored Markdown's tables, footnotes, task lists, strikethrough and autolinks to a
/// tree cmark has parsed, reading the source lines cmark reports for each block. Pieces cmark read
/// as something else (a table's rows as a paragraph, a footnote's indented blocks as code) are
/// parsed again on their own with the same options and grafted into the tree as custom nodes.
struct TreeExtender {
    let options: MarkdownOptions
    let parserOptions: Int32
    let bytes: [UInt8]
    /// The page's lines: split only for a page that may hold a table or a footnote.
    private(set) var source = SourceLines([])
    /// What the page's text may hold, from one pass over its bytes.
    private(set) var hints = SyntaxHints()
    var tree = ExtendedTree()
    var definitions: [String: FootnoteDefinition] = [:]
    /// `[^label]` without a definition: the line it is on and the text to find its column by.
    var undefinedReferences: [(line: Int, written: String)] = []
    /// Whether the page has `[^` at all: without it, no text is a footnote reference.
    var hasFootnoteSyntax: Bool { hints.footnote }
    /// Link reference definitions of the page, for pieces parsed on their own (`[a][ref]` in a cell).
    private var referenceText: [UInt8]?

    struct FootnoteDefinition {
        /// As written (labels match whatever their case).
        var label: String
        /// A detached custom block holding the note's blocks, until a reference places it.
        var node: OpaquePointer
        var line: Int
        var column: Int
        var number = 0
        var references = 0
    }

    init(options: MarkdownOptions, parserOptions: Int32, source: [UInt8]) {
        self.options = options
        self.parserOptions = parserOptions
        self.bytes = source
    }

    mutating func extend(_ document: OpaquePointer) {
        let extensions = options.extensions
        hints = SyntaxHints(bytes)
        let hasFootnotes = extensions.contains(.footnotes) && hints.footnote
        let hasTables = extensions.contains(.tables) && hints.pipe
        if hasFootnotes || hasTables { source = SourceLines(bytes) }
        if hasFootnotes { collectFootnoteDefinitions(document) }
        if hasTables { buildTables(in: document, lines: source) }
        for root in [document] + definitions.values.map(\.node) {
            cmark_consolidate_text_nodes(root)
            if extensions.contains(.taskLists) && hints.taskMarker { markTasks(in: root) }
            extendInlines(in: root)
        }
        if hasFootnotes { placeFootnotes(in: document) }
    }

    // MARK: - Pieces parsed on their own

    /// Parses `body` as a document of its own, after the page's link reference definitions when
    /// it could use them. Returns the document, the line of it where `body` starts and its text.
    mutating func parsePiece(_ body: [UInt8]) -> (document: OpaquePointer, firstLine: Int, text: [UInt8])? {
        var text: [UInt8] = []
        var firstLine = 1
        if body.contains(UInt8(ascii: "[")) {
            let references = referenceDefinitions()
            if !references.isEmpty {
                text = references + [0x0A, 0x0A]
                firstLine = text.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            }
        }
        text += body
        let document: OpaquePointer? = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, parserOptions) }
        }
        guard let document else { return nil }
        // The definitions' own blocks (text that only looked like one) are not part of the piece.
        for child in Nodes.children(of: document) where cmark_node_get_start_line(child) < firstLine {
            Nodes.remove(child)
        }
        return (document, firstLine, text)
    }

    /// Lines of the page that look like link reference definitions (`[label]: destination`), with
    /// the lines that follow them (a title may sit on the next line).
    private mutating func referenceDefinitions() -> [UInt8] {
        if let referenceText { return referenceText }
        var text: [UInt8] = []
        var inDefinition = false
        for number in 1...source.count {
            let line = source.content(ofLine: number, quoteDepth: .max)
            if line.isEmpty {
                inDefinition = false
            } else if line.first == UInt8(ascii: "[") && line.dropFirst().first != UInt8(ascii: "^")
                        && Self.contains(Array(line), "]:") {
                inDefinition = true
            }
            if inDefinition { text += line + [0x0A] }
        }
        referenceText = text
        return text
    }

    /// A new custom node standing for `kind`.
    mutating func customNode(_ kind: ExtensionNode, block: Bool) -> OpaquePointer {
        let node = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!
        tree.kinds[node] = kind
        return node
    }

    /// Bytes that every construct of an extension needs (most pages lack most of them): one pass over
    /// the page tells which extensions can skip it. A hint may be wrong only towards looking.
    struct SyntaxHints {
        var pipe = false, tilde = false, footnote = false, autolink = false, taskMarker = false

        init() {}

        init(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
                let count = buffer.count
                func has(_ needle: StaticString) -> Bool {
                    let length = needle.utf8CodeUnitCount
                    var offset = 0
                    while offset + length <= count,
                          let found = memchr(base + offset, Int32(needle.utf8Start.pointee), count - offset - length + 1) {
                        if memcmp(found, needle.utf8Start, length) == 0 { return true }
                        offset = base.distance(to: UnsafeRawPointer(found)) + 1
                    }
                    return false
                }
                pipe = memchr(base, Int32(UInt8(ascii: "|")), count) != nil
                tilde = memchr(base, Int32(UInt8(ascii: "~")), count) != nil
                autolink = memchr(base, Int32(UInt8(ascii: "@")), count) != nil || has("://") || has("www.")
                footnote = has("[^")
                // `[ ]`, `[x]`, `[X]` (or a tab inside): found from each `[` (few in most text).
                var offset = 0
                while !taskMarker, offset + 2 < count,
                      let found = memchr(base + offset, Int32(UInt8(ascii: "[")), count - offset - 2) {
                    let index = base.distance(to: UnsafeRawPointer(found))
                    let inside = buffer[index + 1]
                    taskMarker = buffer[index + 2] == UInt8(ascii: "]") && (inside == 0x20 || inside == 0x09 || inside | 0x20 == UInt8(ascii: "x"))
                    offset = index + 1
                }
            }
        }
    }

    static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        let pattern = needle.withUTF8Buffer { Array($0) }
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
