/// One finding about the site's sources: where, how bad, and why.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// What kind of finding this is, open-ended so that later checks can add their own codes.
    public struct Code: RawRepresentable, Sendable, Hashable, Comparable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

        public static let config = Code(rawValue: "config")
        public static let frontMatter = Code(rawValue: "front-matter")
        public static let content = Code(rawValue: "content")
        public static let reference = Code(rawValue: "reference")
        public static let duplicateOutput = Code(rawValue: "duplicate-output")
        public static let template = Code(rawValue: "template")
        public static let missingString = Code(rawValue: "missing-string")
        public static let io = Code(rawValue: "io")
        /// The command line asked for something it must not get (an unknown language, an output
        /// folder that holds the sources): `kolo` exits with 64.
        public static let usage = Code(rawValue: "usage")
    }

    public var severity: Severity
    public var code: Code
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ code: Code, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    public static func error(_ code: Code, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, message)
    }

    public static func warning(_ code: Code, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = lhs.location ?? SourceLocation(path: "")
        let r = rhs.location ?? SourceLocation(path: "")
        return (l, lhs.message) < (r, rhs.message)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `path:line:col: error: message`, the form editors' tools and CI logs understand.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}
