internal import CCmark

/// The inline extensions, over the text nodes cmark leaves (merged first, so `[`, `^1` and `]`
/// are one text): footnote references and autolinks split a text node; strikethrough pairs `~`
/// runs among the children of one inline container, with the flanking rules of emphasis.
extension TreeExtender {
    mutating func extendInlines(in root: OpaquePointer) {
        let extensions = options.extensions
        let footnotes = extensions.contains(.footnotes) && hints.footnote
        let splitsText = footnotes || (extensions.contains(.autolinks) && hints.autolink)
        let strikes = extensions.contains(.strikethrough) && hints.tilde
        // `[^1]` that cmark made a link (its definition looked like a link reference definition).
        let replacesLinks = footnotes && !definitions.isEmpty
        guard splitsText || strikes || replacesLinks else { return }
        var replacedLinks: [OpaquePointer] = []
        defer { replacedLinks.forEach { cmark_node_free($0) } }
        for container in inlineContainers(in: root) {
            // A link that became a footnote reference is out of the tree (and freed after the loop).
            if cmark_node_parent(container) == nil && container != root { continue }
            let type = cmark_node_get_type(container)
            let linked = type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
                || Nodes.hasAncestor(container, ofType: [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue])
            if !linked && (splitsText || replacesLinks) {
                // The next sibling is taken first: expanding a text node replaces it, a link may leave.
                var next = cmark_node_first_child(container)
                while let child = next {
                    next = cmark_node_next(child)
                    switch cmark_node_get_type(child) {
                    case CMARK_NODE_TEXT where splitsText && Self.mayHoldReferenceOrAutolink(child): expandText(child)
                    case CMARK_NODE_LINK where replacesLinks: if replaceFootnoteLink(child) { replacedLinks.append(child) }
                    default: break
                    }
                }
            }
            if strikes && type != CMARK_NODE_IMAGE { strike(in: container) }
        }
    }

    /// Nodes whose children are inlines, in document order.
    private func inlineContainers(in root: OpaquePointer) -> [OpaquePointer] {
        Nodes.nodes(in: root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK,
                 CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
                return true
            case CMARK_NODE_CUSTOM_BLOCK:
                if case .tableCell? = tree.kinds[node] { return true }
                return false
            default:
                return false
            }
        }
    }

    // MARK: - Footnote references and autolinks

    private enum Piece {
        case text(ArraySlice<UInt8>)
        case node(OpaquePointer)
    }

    private mutating func expandText(_ node: OpaquePointer) {
        let text = Nodes.literal(node)
        let footnotes = options.extensions.contains(.footnotes) && hasFootnoteSyntax
        let autolinks = options.extensions.contains(.autolinks)
        let hasAt = autolinks && text.contains(UInt8(ascii: "@"))
        var pieces: [Piece] = []
        var plainStart = 0
        var index = 0
        var previous: UInt8? = Self.characterBefore(node)
        while index < text.count {
            let byte = text[index]
            var found: (end: Int, node: OpaquePointer)?
            if footnotes && byte == UInt8(ascii: "[") {
                found = footnoteReference(text, at: index, in: node)
            } else if autolinks && (byte == UInt8(ascii: "w") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "f") || hasAt),
                      let match = Autolink.match(text, at: index, previous: previous) {
                let link = cmark_node_new(CMARK_NODE_LINK)!
                var destination = match.destination
                destination.append(0)
                destination.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_url(link, $0.baseAddress) } }
                _ = cmark_node_append_child(link, Nodes.text(text[match.range]))
                tree.autolinks.insert(link)
                found = (match.range.upperBound, link)
            }
            if let (end, inserted) = found {
                if plainStart < index { pieces.append(.text(text[plainStart..<index])) }
                pieces.append(.node(inserted))
                index = end
                plainStart = end
                previous = text[end - 1]
            } else {
                previous = byte
                index += 1
            }
        }
        guard !pieces.isEmpty else { return }
        if plainStart < text.count { pieces.append(.text(text[plainStart...])) }
        for piece in pieces {
            switch piece {
            case .text(let bytes): _ = cmark_node_insert_before(node, Nodes.text(bytes))
            case .node(let inserted): _ = cmark_node_insert_before(node, inserted)
            }
        }
        Nodes.remove(node)
    }

    /// `[^1]: https://…` is also a link reference definition to cmark, which then makes `[^1]` a
    /// link: with a footnote of that label, it is a reference.
    private mutating func replaceFootnoteLink(_ link: OpaquePointer) -> Bool {
        guard options.extensions.contains(.footnotes), !definitions.isEmpty,
              let text = cmark_node_first_child(link), cmark_node_next(text) == nil,
              cmark_node_get_type(text) == CMARK_NODE_TEXT else { return false }
        let literal = Nodes.literal(text)
        guard literal.first == UInt8(ascii: "^") else { return false }
        let key = String(decoding: literal.dropFirst(), as: UTF8.self).lowercased()
        guard definitions[key] != nil else { return false }
        _ = cmark_node_insert_before(link, customNode(.footnoteReference(label: key), block: false))
        cmark_node_unlink(link)
        return true
    }

    /// Every construct `expandText` finds holds `[`, `@`, `www.` or `://`: most text holds none,
    /// and is read in place without a copy.
    private static func mayHoldReferenceOrAutolink(_ node: OpaquePointer) -> Bool {
        guard var p = cmark_node_get_literal(node) else { return false }
        while p.pointee != 0 {
            switch UInt8(bitPattern: p.pointee) {
            case UInt8(ascii: "["), UInt8(ascii: "@"): return true
            case UInt8(ascii: ":") where p[1] == CChar(UInt8(ascii: "/")) && p[2] == CChar(UInt8(ascii: "/")): return true
            case UInt8(ascii: "w") where p[1] == CChar(UInt8(ascii: "w")) && p[2] == CChar(UInt8(ascii: "w")) && p[3] == CChar(UInt8(ascii: ".")): return true
            default: break
            }
            p += 1
        }
        return false
    }

    /// `[^label]` for a defined label becomes a reference node; an undefined one stays text and is reported.
    private mutating func footnoteReference(_ text: [UInt8], at index: Int, in node: OpaquePointer) -> (Int, OpaquePointer)? {
        guard index + 2 < text.count, text[index + 1] == UInt8(ascii: "^"),
              let close = text[(index + 2)...].firstIndex(of: UInt8(ascii: "]")), close > index + 2 else { return nil }
        let label = text[(index + 2)..<close]
        guard !label.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == UInt8(ascii: "[") }) else { return nil }
        let key = String(decoding: label, as: UTF8.self).lowercased()
        guard definitions[key] != nil else {
            // `[^label]:` itself (a definition cmark kept in a paragraph) is not a reference.
            if close + 1 >= text.count || text[close + 1] != UInt8(ascii: ":") {
                undefinedReferences.append((tree.line(of: node), String(decoding: text[index...close], as: UTF8.self)))
            }
            return nil
        }
        return (close + 1, customNode(.footnoteReference(label: key), block: false))
    }

    /// The character just before a text node: nil at the start of its container or after a line break.
    private static func characterBefore(_ node: OpaquePointer) -> UInt8? {
        guard let previous = cmark_node_previous(node) else { return nil }
        switch cmark_node_get_type(previous) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return nil
        case CMARK_NODE_TEXT: return Nodes.literal(previous).last
        default: return UInt8(ascii: ")")
        }
    }
}
