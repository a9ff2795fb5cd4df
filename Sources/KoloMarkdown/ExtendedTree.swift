internal import CCmark

/// What one of Kolo's custom nodes in cmark's tree stands for. cmark knows only CommonMark, so the
/// extensions are custom blocks and inlines (`CMARK_NODE_CUSTOM_*`) that this table explains.
enum ExtensionNode {
    /// The scrolling wrapper and the table itself.
    case table
    case tableHead
    case tableBody
    case tableRow
    case tableCell(alignment: TableRow.Alignment, isHeader: Bool)
    case strikethrough
    /// `[^label]` in the text; numbered once the whole page has been read.
    case footnoteReference(label: String)
    /// The list of notes at the end of the page.
    case footnotes
    /// One note: its number and how many references point back to it.
    case footnote(number: Int, references: Int)
    /// The "↩" links at the end of a note.
    case footnoteBackLinks(number: Int, references: Int)
    /// A task list item's checkbox and the label around the item's first paragraph.
    case task(checked: Bool)
}

/// Kolo's additions to one parsed document: what each custom node means, and the source lines of
/// nodes whose own positions cmark cannot know (they were parsed from a piece of the page).
struct ExtendedTree {
    var kinds: [OpaquePointer: ExtensionNode] = [:]
    /// Nodes built by Kolo that stand for a given source line (table rows' cells).
    var lines: [OpaquePointer: Int] = [:]
    /// Roots of blocks parsed from a piece of the page: what to add to their lines (and their
    /// descendants') to get the page's line.
    var lineOffsets: [OpaquePointer: Int] = [:]
    /// The number of each footnote reference node, in order of first reference.
    var referenceNumbers: [OpaquePointer: (number: Int, occurrence: Int)] = [:]
    var footnoteIssues: [RenderedMarkdown.FootnoteIssue] = []
    /// Links made from bare URLs and addresses: found in the source by their text, not their destination.
    var autolinks: Set<OpaquePointer> = []

    /// The page's line of a node: the nearest position cmark or Kolo knows, moved by the offsets of
    /// the pieces it was parsed from.
    func line(of node: OpaquePointer) -> Int {
        var line = 0
        var offset = 0
        var current: OpaquePointer? = node
        while let candidate = current {
            if let anchored = lines[candidate] {
                line = anchored
                offset = 0
            } else if line == 0 {
                line = Int(cmark_node_get_start_line(candidate))
            }
            offset += lineOffsets[candidate] ?? 0
            current = cmark_node_parent(candidate)
        }
        return max(line + offset, 1)
    }
}

/// Small operations on cmark nodes that the extensions share.
enum Nodes {
    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// The nodes under `root` (itself included) that `include` accepts, in document order; collected
    /// first, so that the caller may change the tree afterwards.
    static func nodes(in root: OpaquePointer, where include: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), include(node) { found.append(node) }
        }
        return found
    }

    /// Whether a node's literal holds any of `bytes`, read in place (most text holds none).
    static func literal(_ node: OpaquePointer, containsAnyOf bytes: StaticString) -> Bool {
        guard var p = cmark_node_get_literal(node) else { return false }
        let wanted = UnsafeBufferPointer(start: bytes.utf8Start, count: bytes.utf8CodeUnitCount)
        while p.pointee != 0 {
            if wanted.contains(UInt8(bitPattern: p.pointee)) { return true }
            p += 1
        }
        return false
    }

    static func text(_ bytes: some Collection<UInt8>) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        setLiteral(node, bytes)
        return node
    }

    static func setLiteral(_ node: OpaquePointer, _ bytes: some Collection<UInt8>) {
        var terminated = Array(bytes)
        terminated.append(0)
        terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
        }
    }

    static func literal(_ node: OpaquePointer) -> [UInt8] {
        guard var p = cmark_node_get_literal(node) else { return [] }
        var bytes: [UInt8] = []
        while p.pointee != 0 {
            bytes.append(UInt8(bitPattern: p.pointee))
            p += 1
        }
        return bytes
    }

    /// Moves every child of `source` to the end of `target`.
    static func moveChildren(of source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            cmark_node_unlink(child)
            _ = cmark_node_append_child(target, child)
        }
    }

    /// Takes a node out of its tree and frees it with its children.
    static func remove(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    static func hasAncestor(_ node: OpaquePointer, ofType types: Set<UInt32>) -> Bool {
        var current = cmark_node_parent(node)
        while let candidate = current {
            if types.contains(cmark_node_get_type(candidate).rawValue) { return true }
            current = cmark_node_parent(candidate)
        }
        return false
    }
}
