/// Thrown when the sources cannot be turned into a site; carries every error found, not just the first,
/// so that an editor can fix them all in one round.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects findings while a step runs; steps return it instead of throwing at the first problem.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public mutating func error(_ code: Diagnostic.Code, at location: SourceLocation?, _ message: String) {
        diagnostics.append(.error(code, at: location, message))
    }

    public mutating func warning(_ code: Diagnostic.Code, at location: SourceLocation?, _ message: String) {
        diagnostics.append(.warning(code, at: location, message))
    }

    /// Throws the collected errors (warnings travel with them) if there is any error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
