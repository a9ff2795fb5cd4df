/// One line of a GFM table split into cells, and the delimiter row's column alignments
/// (the rules of cmark-gfm's extensions/table.c, `row_from_string`, written anew).
enum TableRow {
    enum Alignment: Sendable, Hashable { case none, start, center, end }

    /// The cells of a row: an optional leading and trailing pipe, cells between unescaped pipes,
    /// each trimmed, `\|` unescaped to `|` (before inline parsing, so it works in code spans too).
    /// nil for a line with no cell at all (a lone `|`).
    static func cells(_ line: ArraySlice<UInt8>) -> [[UInt8]]? {
        let text = line.trimmingSpaces
        let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        var index = text.startIndex
        if index < text.endIndex && text[index] == pipe { index = skipSpaces(text, from: index + 1) }
        var cells: [[UInt8]] = []
        while index < text.endIndex {
            var cell: [UInt8] = []
            var end = index
            while end < text.endIndex && text[end] != pipe {
                if text[end] == backslash && end + 1 < text.endIndex && text[end + 1] == pipe {
                    cell.append(pipe)
                    end += 2
                } else {
                    cell.append(text[end])
                    end += 1
                }
            }
            cells.append(Array(cell[...].trimmingSpaces))
            guard end < text.endIndex else { break }
            index = skipSpaces(text, from: end + 1)
        }
        return cells.isEmpty ? nil : cells
    }

    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), or nil when the line is not one.
    static func alignments(_ line: ArraySlice<UInt8>) -> [Alignment]? {
        let text = line.trimmingSpaces
        guard text.contains(UInt8(ascii: "-")), !text.contains(where: { !Self.isDelimiterByte($0) }),
              let cells = cells(text) else { return nil }
        var alignments: [Alignment] = []
        for cell in cells {
            let left = cell.first == UInt8(ascii: ":"), right = cell.count > 1 && cell.last == UInt8(ascii: ":")
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .start : right ? .end : .none)
        }
        return alignments
    }

    private static func isDelimiterByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == 0x20 || byte == 0x09
    }

    private static func skipSpaces(_ text: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.endIndex && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
        return index
    }
}
