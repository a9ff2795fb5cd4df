import FuzzSupport
import KoloContent
import KoloDiagnostics

/// `ContentFile.decodeText` then `FrontMatter.split` on any bytes: an error at a real place in the
/// file, or text and parts that fit back together exactly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let path = "content/en/a.md"
    let text: String
    do throws(DiagnosticError) {
        text = try ContentFile.decodeText(input.bytes, path: path)
    } catch {
        checkRefusal(error, of: input.bytes, path: path)
        return 0
    }
    checkNormalised(text, from: input.bytes)
    do throws(DiagnosticError) {
        let split = try FrontMatter.split(text, path: path)
        checkSplit(split, of: text)
    } catch {
        invariant(error.description == "\(path):1:1: error: front matter starts with '---' here but is never closed: add a line '---' after the last key",
                  "unexpected error: \(error.description)")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        invariant(isFence(lines[0]), "'never closed' for a file that does not start with ---")
        invariant(!lines.dropFirst().contains { isFence($0) || isDocumentEnd($0) }, "'never closed' for front matter that closes")
    }
    return 0
}

/// The text is the bytes without a leading byte-order mark, with CR LF and lone CR made LF.
func checkNormalised(_ text: String, from bytes: [UInt8]) {
    var expected = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    invariant(!expected.contains(0), "a NUL byte was accepted")
    var normalised: [UInt8] = []
    var index = 0
    while index < expected.count {
        if expected[index] == 0x0D {
            normalised.append(0x0A)
            if index + 1 < expected.count && expected[index + 1] == 0x0A { index += 1 }
        } else {
            normalised.append(expected[index])
        }
        index += 1
    }
    expected = normalised
    invariant(Array(text.utf8) == expected, "text is not the bytes normalised: \(String(reflecting: text))")
}

/// A refusal names the first NUL byte, else the first byte that is not valid UTF-8, at its line and column.
func checkRefusal(_ error: DiagnosticError, of input: [UInt8], path: String) {
    invariant(error.diagnostics.count == 1, "one error expected: \(error.description)")
    let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
    let offset: Int
    let message: String
    if let nul = bytes.firstIndex(of: 0) {
        offset = nul
        message = "the file contains a NUL byte; it looks like a binary file, not Markdown text"
    } else {
        guard let bad = firstInvalidByte(bytes) else {
            invariant(false, "valid UTF-8 without NUL refused: \(error.description)")
            return
        }
        offset = bad
        message = "the file is not valid UTF-8 text; save it as UTF-8"
    }
    let before = bytes[..<offset]
    let line = before.filter { $0 == 0x0A }.count + 1
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
    invariant(error.description == "\(path):\(line):\(column): error: \(message)",
              "expected \(line):\(column) \(message), got \(error.description)")
}

/// The offset of the first byte where well-formed UTF-8 (Unicode 3.9, table 3-7) stops.
func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return index
        }
        for k in 1..<length {
            guard index + k < bytes.count else { return index }
            let range = k == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[index + k]) else { return index }
        }
        index += length
    }
    return nil
}

/// The parts put back together give the text; the YAML holds no fence; lines are counted right.
func checkSplit(_ split: FrontMatter, of text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard isFence(lines[0]) else {
        invariant(split.yaml.isEmpty && split.body == text[...] && split.bodyFirstLine == 1 && split.yamlFirstLine == 1,
                  "a file without front matter is not all body")
        return
    }
    invariant(split.yamlFirstLine == 2, "YAML starts on line \(split.yamlFirstLine)")
    let yamlLines = split.yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    invariant(split.yaml.isEmpty || split.yaml.hasSuffix("\n"), "YAML does not end with its line end")
    invariant(!yamlLines.contains { isFence($0) || isDocumentEnd($0) }, "the YAML holds a fence: \(String(reflecting: split.yaml))")
    let closing = lines[1 + yamlLines.count]
    invariant(isFence(closing) || isDocumentEnd(closing), "the YAML is not followed by a fence")
    let head = Array((String(lines[0]) + "\n" + split.yaml + closing).utf8)
    let bytes = Array(text.utf8)
    invariant(bytes.starts(with: head), "the first line, YAML and closing line are not the start of the text")
    if bytes.count == head.count {
        invariant(split.body.isEmpty, "a body after the last line")
    } else {
        invariant(bytes[head.count] == 0x0A && Array(bytes[(head.count + 1)...]) == Array(split.body.utf8),
                  "the body is not the rest of the text: \(String(reflecting: split.body))")
    }
    invariant(split.bodyFirstLine == yamlLines.count + 3, "the body starts on line \(split.bodyFirstLine), not \(yamlLines.count + 3)")
}

func isFence(_ line: Substring) -> Bool {
    line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
}

func isDocumentEnd(_ line: Substring) -> Bool {
    line.hasPrefix("...") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
}
