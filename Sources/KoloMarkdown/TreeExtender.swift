internal import CCmark

/// Adds GitHub Flavored Markdown's tables, footnotes, task lists, strikethrough and autolinks to a
/// tree cmark has parsed, reading the source lines cmark reports for each block. Pieces cmark read
/// as something else (a table's rows as a paragraph, a footnote's indented blocks as code) are
/// parsed again on their own with the same options and grafted into the tree as custom nodes.
struct TreeExtender {
    let options: MarkdownOptions
    let parserOptions: Int32
    let source: SourceLines
    var tree = ExtendedTree()
    var definitions: [String: FootnoteDefinition] = [:]
    /// `[^label]` without a definition: the line it is on and the text to find its column by.
    var undefinedReferences: [(line: Int, written: String)] = []
    /// Whether the page has `[^` at all: without it, no text is a footnote reference.
    private(set) var hasFootnoteSyntax = false
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
        self.source = SourceLines(source)
    }

    mutating func extend(_ document: OpaquePointer) {
        let extensions = options.extensions
        hasFootnoteSyntax = Self.contains(source.bytes, "[^")
        let hasFootnotes = extensions.contains(.footnotes) && hasFootnoteSyntax
        if hasFootnotes { collectFootnoteDefinitions(document) }
        if extensions.contains(.tables) && source.bytes.contains(UInt8(ascii: "|")) { buildTables(in: document, lines: source) }
        for root in [document] + definitions.values.map(\.node) {
            cmark_consolidate_text_nodes(root)
            if extensions.contains(.taskLists) { markTasks(in: root) }
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
