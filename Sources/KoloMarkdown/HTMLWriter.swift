internal import CCmark
import KoloText

/// Walks a cmark tree once and writes HTML bytes, collecting headings, links and the summary on the way.
struct HTMLWriter {
    let options: MarkdownOptions
    let slugger: Slugger
    let resolveLink: LinkResolver?
    let source: String
    /// What Kolo's custom nodes stand for (tables, footnotes…).
    let tree: ExtendedTree
    /// Makes this page's footnote ids its own.
    let footnotePrefix: String

    var out = HTMLBuffer()
    var headings: [RenderedMarkdown.Heading] = []
    var links: [RenderedMarkdown.Link] = []
    var usedIDs: [String: Int] = [:]
    var wordCount = 0
    var summaryHTML: String?
    var summaryText = ""
    /// Inside an image: children become alt text, not markup.
    var plainTextDepth = 0
    var writePicture: PictureWriter?
    /// The image being written: where its tag and its alt text start, and its destination as written.
    var openImage: (tagStart: Int, altStart: Int, destination: String)?
    var pictureCount = 0
    /// Byte offset where the current heading's content starts, and its plain text so far.
    var headingStart: Int?
    var headingText: [UInt8] = []
    var firstParagraphStart: Int?
    var firstParagraphText: [UInt8] = []
    var inFirstParagraph = false
    /// Byte ranges of the first paragraph's HTML left out of the summary (footnote references).
    var summaryCuts: [Range<Int>] = []
    /// Byte offsets where each source line starts, computed on the first link.
    var lineStarts: [Int] = []
    var sourceBytes: [UInt8] = []

    init(options: MarkdownOptions, slugger: Slugger, resolveLink: LinkResolver?, source: String, tree: ExtendedTree, footnotePrefix: String) {
        self.options = options
        self.slugger = slugger
        self.resolveLink = resolveLink
        self.source = source
        self.tree = tree
        self.footnotePrefix = footnotePrefix
        out.reserve(source.utf8.count + source.utf8.count / 4)
        // Footnote ids are taken first: a heading that happens to slug to one gets another.
        for (number, occurrence) in tree.referenceNumbers.values {
            let id = footnoteID(number)
            usedIDs["fn" + id] = 1
            usedIDs["fnref" + id + (occurrence > 1 ? "-\(occurrence)" : "")] = 1
        }
    }

    mutating func write(document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, entering: event == CMARK_EVENT_ENTER)
        }
    }

    func result() -> RenderedMarkdown {
        RenderedMarkdown(
            html: out.string,
            summaryHTML: summaryHTML ?? "",
            summaryText: String(decoding: firstParagraphText, as: UTF8.self),
            headings: headings,
            links: links,
            wordCount: wordCount,
            footnoteIssues: tree.footnoteIssues
        )
    }

    // MARK: - Nodes

    private mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let type = cmark_node_get_type(node)
        if plainTextDepth > 0 {
            visitInsideImage(node, type: type, entering: entering)
            return
        }
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_PARAGRAPH:
            visitParagraph(node, entering: entering)
        case CMARK_NODE_HEADING:
            visitHeading(node, entering: entering)
        case CMARK_NODE_TEXT:
            let literal = cmark_node_get_literal(node)
            countWords(literal)
            if headingStart != nil { appendPlain(literal, to: &headingText) }
            if inFirstParagraph { appendPlain(literal, to: &firstParagraphText) }
            out.appendText(literal, quotes: options.smart ? options.quotes : nil)
        case CMARK_NODE_SOFTBREAK:
            out.append("\n")
            if inFirstParagraph { firstParagraphText.append(0x20) }
            if headingStart != nil { headingText.append(0x20) }
        case CMARK_NODE_LINEBREAK:
            out.append("<br />\n")
            if inFirstParagraph { firstParagraphText.append(0x20) }
        case CMARK_NODE_CODE:
            let literal = cmark_node_get_literal(node)
            if headingStart != nil { appendPlain(literal, to: &headingText) }
            if inFirstParagraph { appendPlain(literal, to: &firstParagraphText) }
            out.append("<code>")
            out.appendText(literal, quotes: nil)
            out.append("</code>")
        case CMARK_NODE_EMPH:
            out.append(entering ? "<em>" : "</em>")
        case CMARK_NODE_STRONG:
            out.append(entering ? "<strong>" : "</strong>")
        case CMARK_NODE_LINK:
            visitLink(node, entering: entering)
        case CMARK_NODE_IMAGE:
            visitImage(node, entering: entering)
        case CMARK_NODE_HTML_INLINE:
            if options.unsafe { appendRawHTML(cmark_node_get_literal(node)) } else { out.append("<!-- raw HTML omitted -->") }
        case CMARK_NODE_HTML_BLOCK:
            out.ensureNewline()
            if options.unsafe { appendRawHTML(cmark_node_get_literal(node)) } else { out.append("<!-- raw HTML omitted -->\n") }
        case CMARK_NODE_BLOCK_QUOTE:
            out.ensureNewline()
            out.append(entering ? "<blockquote>\n" : "</blockquote>\n")
        case CMARK_NODE_LIST:
            visitList(node, entering: entering)
        case CMARK_NODE_ITEM:
            guard entering else { out.append("</li>\n"); return }
            out.ensureNewline()
            if case .task? = tree.kinds[node] { out.append("<li class=\"task-list-item\">") } else { out.append("<li>") }
        case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
            visitExtension(node, entering: entering)
        case CMARK_NODE_CODE_BLOCK:
            visitCodeBlock(node)
        case CMARK_NODE_THEMATIC_BREAK:
            out.ensureNewline()
            out.append("<hr />\n")
        default:
            break
        }
    }

    private mutating func visitParagraph(_ node: OpaquePointer, entering: Bool) {
        let tight = isInTightList(node)
        if entering {
            if !tight { out.ensureNewline(); out.append("<p>") }
            if summaryHTML == nil && firstParagraphStart == nil && !isInsideContainer(node) {
                firstParagraphStart = out.count
                inFirstParagraph = true
            }
        } else {
            if inFirstParagraph, let start = firstParagraphStart {
                summaryHTML = out.substring(from: start, leavingOut: summaryCuts)
                inFirstParagraph = false
            }
            if !tight { out.append("</p>\n") } else { out.appendNewlineIfNextSiblingExists(node) }
        }
    }

    private mutating func visitHeading(_ node: OpaquePointer, entering: Bool) {
        let level = Int(cmark_node_get_heading_level(node))
        if entering {
            out.ensureNewline()
            out.append("<h\(level)")
            headingStart = out.count
            headingText.removeAll(keepingCapacity: true)
            out.append(">")
        } else {
            let text = String(decoding: headingText, as: UTF8.self)
            let id = uniqueID(for: text)
            if let start = headingStart { out.insert(" id=\"\(id)\"", at: start) }
            out.append("</h\(level)>\n")
            headings.append(.init(level: level, id: id, text: text))
            headingStart = nil
        }
    }

    private mutating func visitList(_ node: OpaquePointer, entering: Bool) {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        if entering {
            out.ensureNewline()
            if ordered {
                let start = cmark_node_get_list_start(node)
                out.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            } else {
                out.append("<ul>\n")
            }
        } else {
            out.append(ordered ? "</ol>\n" : "</ul>\n")
        }
    }

    private mutating func visitCodeBlock(_ node: OpaquePointer) {
        out.ensureNewline()
        out.append("<pre><code")
        if let info = cmark_node_get_fence_info(node), info.pointee != 0 {
            // The language is the info string's first word, up to any whitespace (as cmark's own writer).
            let language = String(cString: info).split(whereSeparator: { " \t\n\r\u{0B}\u{0C}".contains($0) }).first.map(String.init) ?? ""
            if !language.isEmpty {
                out.append(" class=\"language-")
                out.appendAttribute(language)
                out.append("\"")
            }
        }
        out.append(">")
        out.appendText(cmark_node_get_literal(node), quotes: nil)
        out.append("</code></pre>\n")
    }

    // MARK: - Helpers

    /// The heading's slug, or the slug with the first free `-N`: a suffixed id may already be taken by
    /// a heading written that way (`## a-1`) or by a footnote (`fn-p-1` against two `## fn-p`).
    private mutating func uniqueID(for text: String) -> String {
        var base = slugger.slug(text)
        if base.isEmpty { base = "section" }
        var seen = usedIDs[base, default: 0]
        var id = seen == 0 ? base : "\(base)-\(seen)"
        while seen > 0 && usedIDs[id] != nil {
            seen += 1
            id = "\(base)-\(seen)"
        }
        usedIDs[base] = seen + 1
        if id != base { usedIDs[id, default: 0] += 1 }
        return id
    }

    private func isInTightList(_ node: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(node), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item) else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    /// The summary is the first top-level paragraph, not one inside a quote or a list.
    private func isInsideContainer(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node) else { return false }
        return cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT
    }

    private mutating func countWords(_ literal: UnsafePointer<CChar>?) {
        guard var p = literal else { return }
        var inWord = false
        while p.pointee != 0 {
            let byte = UInt8(bitPattern: p.pointee)
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { wordCount += 1 }
            inWord = !isSpace
            p += 1
        }
    }

    private func appendPlain(_ literal: UnsafePointer<CChar>?, to buffer: inout [UInt8]) {
        guard var p = literal else { return }
        while p.pointee != 0 {
            buffer.append(UInt8(bitPattern: p.pointee))
            p += 1
        }
    }
}

extension HTMLBuffer {
    /// In a tight list, text of one paragraph is followed directly by a nested block; keep lines apart.
    mutating func appendNewlineIfNextSiblingExists(_ node: OpaquePointer) {
        if cmark_node_next(node) != nil { append("\n") }
    }
}
