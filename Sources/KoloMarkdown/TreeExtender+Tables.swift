internal import CCmark

/// Tables: cmark reads a table as a paragraph (its rows are lines of text). A paragraph whose line
/// is followed by a delimiter row with as many cells becomes a table from that line on; the lines
/// before it stay a paragraph (GFM: a table needs no blank line above it). Each cell's text is
/// parsed as inline Markdown in a piece of its own, so a `|` in one cell can never end another
/// cell's emphasis or code span.
extension TreeExtender {
    /// A cap on the empty cells added to short rows, so a wide header over many one-cell rows
    /// cannot make a page enormous (cmark-gfm caps them too).
    static let maxPaddingCells = 0x80000

    mutating func buildTables(in document: OpaquePointer, lines: SourceLines) {
        for paragraph in paragraphs(in: document) {
            buildTable(from: paragraph, lines: lines)
        }
    }

    /// Paragraphs of two lines or more: a table needs a header and a delimiter row.
    private func paragraphs(in root: OpaquePointer) -> [OpaquePointer] {
        Nodes.nodes(in: root) {
            cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH && cmark_node_get_start_line($0) < cmark_node_get_end_line($0)
        }
    }

    /// The paragraph's lines as cmark saw them, container markers removed.
    private func paragraphLines(_ paragraph: OpaquePointer, lines: SourceLines) -> [ArraySlice<UInt8>] {
        let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
        var quoteDepth = 0
        var ancestor = cmark_node_parent(paragraph)
        while let node = ancestor {
            if cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE { quoteDepth += 1 }
            ancestor = cmark_node_parent(node)
        }
        let firstLine = lines.line(first)
        let column = max(Int(cmark_node_get_start_column(paragraph)) - 1, 0)
        var result = [firstLine.dropFirst(min(column, firstLine.count))]
        for number in (first + 1)...last { result.append(lines.content(ofLine: number, quoteDepth: quoteDepth)) }
        return result
    }

    private mutating func buildTable(from paragraph: OpaquePointer, lines: SourceLines) {
        let rows = paragraphLines(paragraph, lines: lines)
        // Only the first line that looks like a delimiter row decides (cmark-gfm marks the paragraph visited).
        guard let delimiterIndex = rows.indices.dropFirst().first(where: { TableRow.alignments(rows[$0]) != nil }),
              let alignments = TableRow.alignments(rows[delimiterIndex]),
              let header = TableRow.cells(rows[delimiterIndex - 1]), header.count == alignments.count else { return }
        let headerIndex = delimiterIndex - 1
        var body: [[[UInt8]]] = []
        for row in rows[(delimiterIndex + 1)...] { body.append(TableRow.cells(row) ?? [[]]) }

        // One piece: the lines before the table, then every cell as a paragraph of its own. `&#32;`
        // starts each cell so that no cell text can open a block (`# x`, `1. x`, `> x` stay text).
        var piece: [UInt8] = []
        for line in rows[..<headerIndex] { piece += Self.unescapingPipes(line) + [0x0A] }
        let cellsStart = headerIndex == 0 ? 0 : headerIndex + 1
        if headerIndex > 0 { piece.append(0x0A) }
        let allCells = [header] + body.map { Array($0.prefix(header.count)) }
        for cell in allCells.joined() { piece += Array("&#32;".utf8) + cell + [0x0A, 0x0A] }
        guard let (document, firstLine, _) = parsePiece(piece) else { return }
        defer { cmark_node_free(document) }

        var cellParagraphs: [Int: OpaquePointer] = [:]
        for child in Nodes.children(of: document) {
            let line = Int(cmark_node_get_start_line(child)) - firstLine
            if line < cellsStart {
                cmark_node_unlink(child)
                _ = cmark_node_insert_before(paragraph, child)
            } else if cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH {
                cellParagraphs[(line - cellsStart) / 2] = child
            }
        }

        let firstSourceLine = Int(cmark_node_get_start_line(paragraph))
        let table = customNode(.table, block: true)
        let head = customNode(.tableHead, block: true)
        _ = cmark_node_append_child(table, head)
        var cellIndex = 0
        var padding = 0
        for (rowIndex, cells) in allCells.enumerated() {
            let row = customNode(.tableRow, block: true)
            tree.lines[row] = firstSourceLine + (rowIndex == 0 ? headerIndex : delimiterIndex + rowIndex)
            for column in 0..<header.count {
                if column >= cells.count {
                    padding += 1
                    if padding > Self.maxPaddingCells { break }
                }
                let cell = customNode(.tableCell(alignment: alignments[column], isHeader: rowIndex == 0), block: true)
                tree.lines[cell] = tree.lines[row]
                if column < cells.count {
                    if let content = cellParagraphs[cellIndex] { Self.moveCellContent(of: content, to: cell) }
                    cellIndex += 1
                }
                _ = cmark_node_append_child(row, cell)
            }
            if rowIndex == 0 {
                _ = cmark_node_append_child(head, row)
            } else {
                if rowIndex == 1 { _ = cmark_node_append_child(table, customNode(.tableBody, block: true)) }
                _ = cmark_node_append_child(cmark_node_last_child(table), row)
            }
        }
        _ = cmark_node_insert_before(paragraph, table)
        Nodes.remove(paragraph)
    }

    /// Moves a cell paragraph's inlines into the cell, without the space `&#32;` stood for.
    private static func moveCellContent(of paragraph: OpaquePointer, to cell: OpaquePointer) {
        if let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT {
            let literal = Nodes.literal(first)
            if literal == [0x20] { Nodes.remove(first) } else if literal.first == 0x20 { Nodes.setLiteral(first, literal.dropFirst()) }
        }
        Nodes.moveChildren(of: paragraph, to: cell)
    }

    /// `\|` becomes `|`, as in the cells (cmark-gfm does this to the paragraph above a table too).
    private static func unescapingPipes(_ line: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == UInt8(ascii: "\\") && index + 1 < line.endIndex && line[index + 1] == UInt8(ascii: "|") { index += 1 }
            result.append(line[index])
            index += 1
        }
        return result
    }
}
