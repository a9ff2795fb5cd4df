/// Reads the plain shape nearly all front matter has — `key: value` lines, quoted strings, `[a, b]`
/// and `- item` lists — straight into Yams nodes, with their positions. Anything else (nested
/// mappings, block scalars, anchors, tags, duplicate keys, tabs…) returns nil and goes to Yams, which
/// then also gives the error messages. Parsing with libyaml was a sixth of a whole build's CPU time.
enum FastYAML {
    static func parse(_ text: String) -> YAMLNode? {
        var lines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
        let bytes = Array(text.utf8)
        var start = 0
        var number = 1
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            lines.append((number, bytes[start..<index]))
            start = index + 1
            number += 1
        }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: Set<String> = []
        var index = 0
        while index < lines.count {
            let (lineNumber, line) = lines[index]
            index += 1
            if isBlankOrComment(line) { continue }
            guard let first = line.first, first != 0x20, first != 0x09, first != UInt8(ascii: "-"),
                  let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let keyBytes = line[line.startIndex..<colon]
            guard !keyBytes.isEmpty, keyBytes.allSatisfy(isKeyByte) else { return nil }
            let key = String(decoding: keyBytes, as: UTF8.self)
            guard seen.insert(key).inserted else { return nil }
            let keyNode = YAMLNode.scalar(.init(string: key, style: .plain, mark: .init(line: lineNumber, column: 1)))
            var valueStart = colon + 1
            guard valueStart == line.endIndex || line[valueStart] == 0x20 else { return nil }
            while valueStart < line.endIndex && line[valueStart] == 0x20 { valueStart += 1 }
            let rest = line[valueStart...]
            if rest.isEmpty || rest.first == UInt8(ascii: "#") {
                // Either a block list on the following lines, or nothing (null).
                var items: [YAMLNode] = []
                var indent: Int?
                while index < lines.count {
                    let (itemLine, item) = lines[index]
                    if isBlankOrComment(item) { index += 1; continue }
                    var dash = item.startIndex
                    while dash < item.endIndex && item[dash] == 0x20 { dash += 1 }
                    guard dash < item.endIndex, item[dash] == UInt8(ascii: "-") else { break }
                    // Every item of one list stands at the same indentation.
                    guard indent == nil || indent == dash - item.startIndex else { break }
                    indent = dash - item.startIndex
                    guard dash + 1 < item.endIndex, item[dash + 1] == 0x20 else { return nil }
                    var valueAt = dash + 2
                    while valueAt < item.endIndex && item[valueAt] == 0x20 { valueAt += 1 }
                    guard let value = scalar(item[valueAt...], line: itemLine, column: column(of: valueAt, in: item), inFlow: false) else { return nil }
                    items.append(value)
                    index += 1
                }
                let mark = YAMLNode.Mark(line: lineNumber, column: column(of: valueStart, in: line))
                if items.isEmpty {
                    pairs.append((keyNode, .scalar(.init(string: "", style: .plain, mark: mark))))
                } else {
                    pairs.append((keyNode, .sequence(.init(items: items, mark: items[0].mark))))
                }
                continue
            }
            let valueColumn = column(of: valueStart, in: line)
            if rest.first == UInt8(ascii: "[") {
                guard let list = flowSequence(rest, line: lineNumber, column: valueColumn, in: line) else { return nil }
                pairs.append((keyNode, list))
            } else {
                guard let value = scalar(rest, line: lineNumber, column: valueColumn, inFlow: false) else { return nil }
                pairs.append((keyNode, value))
            }
        }
        return .mapping(.init(pairs: pairs, mark: .init(line: 1, column: 1)))
    }

    private static func isBlankOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first(where: { $0 != 0x20 }) else { return true }
        return first == UInt8(ascii: "#")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// 1-based column in Unicode scalars, as libyaml counts them.
    private static func column(of index: Int, in line: ArraySlice<UInt8>) -> Int {
        line[line.startIndex..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
    }

    /// `[a, "b c", 'd']` on one line.
    private static func flowSequence(_ text: ArraySlice<UInt8>, line: Int, column: Int, in whole: ArraySlice<UInt8>) -> YAMLNode? {
        var items: [YAMLNode] = []
        var index = text.startIndex + 1
        while true {
            while index < text.endIndex && text[index] == 0x20 { index += 1 }
            guard index < text.endIndex else { return nil }
            if text[index] == UInt8(ascii: "]") && items.isEmpty { index += 1; break }
            let itemStart = index
            var itemEnd: Int
            if text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                guard let close = closingQuote(text, from: index) else { return nil }
                itemEnd = close + 1
            } else {
                itemEnd = index
                while itemEnd < text.endIndex && text[itemEnd] != UInt8(ascii: ",") && text[itemEnd] != UInt8(ascii: "]") { itemEnd += 1 }
            }
            guard let item = scalar(text[itemStart..<itemEnd], line: line, column: self.column(of: itemStart, in: whole), inFlow: true) else { return nil }
            items.append(item)
            index = itemEnd
            while index < text.endIndex && text[index] == 0x20 { index += 1 }
            guard index < text.endIndex else { return nil }
            if text[index] == UInt8(ascii: ",") { index += 1; continue }
            guard text[index] == UInt8(ascii: "]") else { return nil }
            index += 1
            break
        }
        while index < text.endIndex && text[index] == 0x20 { index += 1 }
        guard index == text.endIndex || text[index] == UInt8(ascii: "#") else { return nil }
        return .sequence(.init(items: items, mark: .init(line: line, column: column)))
    }

    private static func closingQuote(_ text: ArraySlice<UInt8>, from open: Int) -> Int? {
        let quote = text[open]
        var index = open + 1
        while index < text.endIndex {
            if quote == UInt8(ascii: "\"") && text[index] == UInt8(ascii: "\\") { index += 2; continue }
            if text[index] == quote {
                if quote == UInt8(ascii: "'") && index + 1 < text.endIndex && text[index + 1] == quote { index += 2; continue }
                return index
            }
            index += 1
        }
        return nil
    }

    /// One scalar: quoted, or plain with a trailing comment removed.
    private static func scalar(_ text: ArraySlice<UInt8>, line: Int, column: Int, inFlow: Bool) -> YAMLNode? {
        let mark = YAMLNode.Mark(line: line, column: column)
        guard let first = text.first else { return .scalar(.init(string: "", style: .plain, mark: mark)) }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard let close = closingQuote(text, from: text.startIndex) else { return nil }
            let after = text[(close + 1)...].drop { $0 == 0x20 }
            guard after.isEmpty || after.first == UInt8(ascii: "#") else { return nil }
            let inner = text[(text.startIndex + 1)..<close]
            let value = first == UInt8(ascii: "'") ? singleQuoted(inner) : doubleQuoted(inner)
            return value.map { .scalar(.init(string: $0, style: .quoted, mark: mark)) }
        }
        // Characters that start other YAML constructs, or make a plain scalar ambiguous.
        if "{}[]|>&*!%@`,?".utf8.contains(first) { return nil }
        var end = text.endIndex
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0x09 { return nil }
            if byte == UInt8(ascii: "#") && index > text.startIndex && text[index - 1] == 0x20 { end = index; break }
            if byte == UInt8(ascii: ":") && (index + 1 == text.endIndex || text[index + 1] == 0x20) { return nil }
            if inFlow && "{}[],".utf8.contains(byte) { return nil }
            index += 1
        }
        var trimmed = text[text.startIndex..<end]
        while let last = trimmed.last, last == 0x20 { trimmed = trimmed.dropLast() }
        return .scalar(.init(string: String(decoding: trimmed, as: UTF8.self), style: .plain, mark: mark))
    }

    private static func singleQuoted(_ inner: ArraySlice<UInt8>) -> String? {
        guard !inner.contains(0x0A) else { return nil }
        return String(decoding: inner, as: UTF8.self).replacing("''", with: "'")
    }

    /// JSON-style escapes; anything rarer goes to Yams.
    private static func doubleQuoted(_ inner: ArraySlice<UInt8>) -> String? {
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        var bytes: [UInt8] = []
        var index = inner.startIndex
        while index < inner.endIndex {
            let byte = inner[index]
            guard byte == UInt8(ascii: "\\") else { bytes.append(byte); index += 1; continue }
            guard index + 1 < inner.endIndex else { return nil }
            switch inner[index + 1] {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "/"))
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "t"): bytes.append(0x09)
            default: return nil
            }
            index += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
