/// A place in a source file, as compilers print it: 1-based line, 1-based column counted in characters.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The path as the user should see it (relative to the folder `kolo` was run from, when possible).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same file, `lines` further down (for positions inside front matter or an embedded block).
    public func offset(lines: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: column ?? self.column)
    }
}

extension SourceLocation: CustomStringConvertible {
    public var description: String { "\(path):\(line):\(column)" }
}
