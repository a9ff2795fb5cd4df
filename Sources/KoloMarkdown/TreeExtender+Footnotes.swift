internal import CCmark

/// Footnotes: a definition `[^label]: text` starts a top-level line (as a paragraph of its own, or
/// eaten by cmark as a link reference definition); its lazy continuation lines and the lines
/// indented by four columns after it belong to it (cmark read those as code). Its text is parsed as
/// a piece of its own and held aside; a reference `[^label]` numbers it and places it in the list
/// at the end of the page, in order of first reference.
extension TreeExtender {
    mutating func collectFootnoteDefinitions(_ document: OpaquePointer) {
        let blocks = Nodes.children(of: document)
        // The top-level block that each line starts or lies in; nil for blank lines and lines cmark
        // consumed as link reference definitions.
        var blockOfLine = [OpaquePointer?](repeating: nil, count: source.count + 2)
        for block in blocks {
            let first = Int(cmark_node_get_start_line(block)), last = min(Int(cmark_node_get_end_line(block)), source.count)
            guard first >= 1 && first <= last else { continue }
            for line in first...last { blockOfLine[line] = block }
        }
        var claimed: [ClosedRange<Int>] = []
        var line = 1
        while line <= source.count {
            let block = blockOfLine[line]
            let startsBlock = block.map { Int(cmark_node_get_start_line($0)) == line && cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH }
            let continuesDefinition = claimed.last.map { $0.upperBound == line - 1 } ?? false
            guard startsBlock ?? true || continuesDefinition, let (label, contentStart) = definitionStart(line) else {
                line += 1
                continue
            }
            let last = definitionEnd(from: line, firstBlock: block, blockOfLine: blockOfLine)
            claimed.append(line...last)
            var text = Array(source.line(line)[contentStart...].drop { $0 == 0x20 || $0 == 0x09 })
            if line < last {
                for number in (line + 1)...last { text += [0x0A] + source.dedented(number, by: 4) }
            }
            let key = label.lowercased()
            if definitions[key] == nil, let definition = footnoteBlock(text, line: line) {
                definitions[key] = FootnoteDefinition(label: label, node: definition, line: line, column: source.indentation(ofLine: line) + 1)
            }
            line = last + 1
        }
        for block in blocks {
            let start = Int(cmark_node_get_start_line(block))
            if claimed.contains(where: { $0.contains(start) }) { Nodes.remove(block) }
        }
    }

    /// `[^label]:` at the start of a line (up to three spaces in): the label and where the text starts.
    private func definitionStart(_ number: Int) -> (String, Int)? {
        let line = source.line(number)
        var index = line.startIndex
        while index < line.endIndex && line[index] == 0x20 && index - line.startIndex < 3 { index += 1 }
        guard line[index...].starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]) else { return nil }
        guard let close = line[(index + 2)...].firstIndex(of: UInt8(ascii: "]")), close > index + 2,
              close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":") else { return nil }
        let label = line[(index + 2)..<close]
        guard !label.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "[") }) else { return nil }
        return (String(decoding: label, as: UTF8.self), close + 2)
    }

    /// The last line of a definition starting at `first`: the lines of the paragraph it starts
    /// (lazy continuation) up to the next definition, then blank lines and lines indented by four
    /// columns or more; trailing blank lines are not its own.
    private func definitionEnd(from first: Int, firstBlock: OpaquePointer?, blockOfLine: [OpaquePointer?]) -> Int {
        var last = first
        var line = first + 1
        var lazy = true
        while line <= source.count {
            if source.isBlank(line) {
                lazy = false
            } else if source.indentation(ofLine: line) >= 4 {
                last = line
            } else if lazy && blockOfLine[line] == firstBlock && firstBlock != nil && definitionStart(line) == nil {
                last = line
            } else {
                break
            }
            line += 1
        }
        return last
    }

    /// The definition's blocks under a detached custom node, with tables built.
    private mutating func footnoteBlock(_ text: [UInt8], line: Int) -> OpaquePointer? {
        guard let (document, firstLine, pieceText) = parsePiece(text) else { return nil }
        defer { cmark_node_free(document) }
        if options.extensions.contains(.tables) && text.contains(UInt8(ascii: "|")) {
            buildTables(in: document, lines: SourceLines(pieceText))
        }
        let node = customNode(.footnote(number: 0, references: 0), block: true)
        tree.lineOffsets[node] = line - firstLine
        Nodes.moveChildren(of: document, to: node)
        return node
    }

    /// Numbers the references in document order (notes cited only from other notes come after),
    /// places the cited notes at the end with their back-links, and frees the others.
    mutating func placeFootnotes(in document: OpaquePointer) {
        var order: [String] = []
        var queue = [document]
        while !queue.isEmpty {
            let root = queue.removeFirst()
            for reference in footnoteReferences(in: root) {
                guard case .footnoteReference(let label)? = tree.kinds[reference], var definition = definitions[label] else { continue }
                if definition.number == 0 {
                    order.append(label)
                    definition.number = order.count
                    queue.append(definition.node)
                }
                definition.references += 1
                tree.referenceNumbers[reference] = (definition.number, definition.references)
                definitions[label] = definition
            }
        }
        if !order.isEmpty {
            let section = customNode(.footnotes, block: true)
            for label in order {
                guard let definition = definitions[label] else { continue }
                tree.kinds[definition.node] = .footnote(number: definition.number, references: definition.references)
                let backLinks = customNode(.footnoteBackLinks(number: definition.number, references: definition.references), block: false)
                if let last = cmark_node_last_child(definition.node), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH {
                    _ = cmark_node_append_child(last, backLinks)
                } else {
                    _ = cmark_node_append_child(definition.node, backLinks)
                }
                _ = cmark_node_append_child(section, definition.node)
            }
            _ = cmark_node_append_child(document, section)
        }
        for definition in definitions.values.sorted(by: { $0.line < $1.line }) where definition.number == 0 {
            tree.footnoteIssues.append(.init(kind: .unusedDefinition, label: definition.label, line: definition.line, column: definition.column))
            cmark_node_free(definition.node)
        }
    }

    private func footnoteReferences(in root: OpaquePointer) -> [OpaquePointer] {
        Nodes.nodes(in: root) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_CUSTOM_INLINE, case .footnoteReference? = tree.kinds[node] else { return false }
            return true
        }
    }
}
