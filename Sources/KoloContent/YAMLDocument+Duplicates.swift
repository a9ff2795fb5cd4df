import Yams

extension YAMLDocument {
    /// Where `key` is written a second time in the mapping that starts at `mark`: the place an editor
    /// must change. Looks for lines `key:` at the mapping's indentation; nil when none is found (a
    /// key in flow style, or quoted).
    static func repetition(of key: String, in text: String, after mark: Mark) -> (line: Int, column: Int)? {
        let indent = max(mark.column - 1, 0)
        var seen = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= mark.line {
            let spaces = line.prefix { $0 == " " }.count
            guard spaces == indent, line.dropFirst(indent).hasPrefix(key + ":") else { continue }
            if seen { return (index + 1, indent + 1) }
            seen = true
        }
        return nil
    }
}
