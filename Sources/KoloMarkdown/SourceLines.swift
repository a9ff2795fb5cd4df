/// The Markdown source split into lines the way cmark numbers them (`\n`, `\r\n` or `\r` ends a
/// line), so the extensions can read the text behind the line numbers cmark reports for each block.
struct SourceLines {
    let bytes: [UInt8]
    /// Per line (index 0 is line 1): where it starts and where its content ends, before the line ending.
    private(set) var ranges: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count || ranges.isEmpty { ranges.append(start..<bytes.count) }
    }

    var count: Int { ranges.count }

    /// Line `number` (1-based) without its ending; empty past the end.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1 && number <= ranges.count else { return [] }
        return bytes[ranges[number - 1]]
    }

    /// A line inside `quoteDepth` block quotes with the quote markers and the indentation before its
    /// content removed: what a paragraph line holds once cmark has matched its containers. A lazy
    /// continuation line lacks some markers; only the markers present are removed.
    func content(ofLine number: Int, quoteDepth: Int) -> ArraySlice<UInt8> {
        var text = line(number)
        text = text.drop { $0 == 0x20 || $0 == 0x09 }
        for _ in 0..<quoteDepth {
            guard text.first == UInt8(ascii: ">") else { break }
            text = text.dropFirst().drop { $0 == 0x20 || $0 == 0x09 }
        }
        return text
    }

    /// Whether a line holds only spaces and tabs.
    func isBlank(_ number: Int) -> Bool {
        line(number).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The columns of indentation a line starts with (a tab advances to the next multiple of 4).
    func indentation(ofLine number: Int) -> Int {
        var column = 0
        for byte in line(number) {
            if byte == 0x20 { column += 1 } else if byte == 0x09 { column += 4 - column % 4 } else { break }
        }
        return column
    }

    /// The line without up to `columns` columns of indentation (a tab straddling the limit becomes spaces).
    func dedented(_ number: Int, by columns: Int) -> [UInt8] {
        let text = line(number)
        var column = 0
        var index = text.startIndex
        while index < text.endIndex && column < columns {
            let byte = text[index]
            if byte == 0x20 { column += 1 } else if byte == 0x09 {
                let next = column + 4 - column % 4
                if next > columns { return Array(repeating: 0x20, count: next - columns) + text[(index + 1)...] }
                column = next
            } else { break }
            index += 1
        }
        return Array(text[index...])
    }
}

extension ArraySlice where Element == UInt8 {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: ArraySlice<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end && (self[start] == 0x20 || self[start] == 0x09) { start += 1 }
        while end > start && (self[end - 1] == 0x20 || self[end - 1] == 0x09) { end -= 1 }
        return self[start..<end]
    }
}
