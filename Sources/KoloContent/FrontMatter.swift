import KoloDiagnostics

/// A content file cut into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the `---` lines; empty when the file has no front matter.
    public var yaml: Substring
    /// File line on which the YAML starts (2 when present).
    public var yamlFirstLine: Int
    public var body: Substring
    /// File line on which the body starts.
    public var bodyFirstLine: Int

    /// Splits a file's text. The text must already have LF line ends and no byte-order mark.
    /// A file that does not start with `---` has no front matter and is all body.
    public static func split(_ text: String, path: String) throws(DiagnosticError) -> FrontMatter {
        let utf8 = text.utf8
        guard isFence(utf8[...]) else {
            return FrontMatter(yaml: "", yamlFirstLine: 1, body: text[...], bodyFirstLine: 1)
        }
        // Walk line by line from the second line, looking for the closing `---` (or YAML's `...`).
        var lineStart = utf8.firstIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.endIndex
        let yamlStart = lineStart
        var line = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let content = utf8[lineStart..<lineEnd]
            if isFence(content) || isDocumentEnd(content) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return FrontMatter(
                    yaml: text[yamlStart..<lineStart], yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: line + 1
                )
            }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            line += 1
        }
        throw DiagnosticError(.error(.frontMatter, at: SourceLocation(path: path, line: 1, column: 1),
                                     "front matter starts with '---' here but is never closed: add a line '---' after the last key"))
    }

    /// `---` alone on its line (trailing spaces allowed).
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        var index = line.startIndex
        for _ in 0..<3 {
            guard index < line.endIndex, line[index] == UInt8(ascii: "-") else { return false }
            index = line.index(after: index)
        }
        return line[index...].prefix { $0 != 0x0A }.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func isDocumentEnd(_ line: Substring.UTF8View) -> Bool {
        line.starts(with: "...".utf8) && line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
