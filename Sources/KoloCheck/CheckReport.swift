import Foundation
import KoloDiagnostics

/// What `kolo check` found, for people (`text`) and for tools (`json`).
public struct CheckReport: Sendable {
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// How many pages were checked (0 when the site could not be loaded).
    public var pagesChecked: Int

    public init(diagnostics: [Diagnostic], pagesChecked: Int) {
        self.diagnostics = diagnostics
        self.pagesChecked = pagesChecked
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 0 when the site may be published; 1 when there are errors, or with `strict` any warning.
    public func exitStatus(strict: Bool) -> Int32 {
        errorCount > 0 || (strict && warningCount > 0) ? 1 : 0
    }

    /// One finding per line, `path:line:col: error|warning: message`, then a summary line.
    public func text() -> String {
        var lines = diagnostics.map(\.description)
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        if diagnostics.isEmpty {
            lines.append("checked \(count(pagesChecked, "page")): no problems found")
        } else {
            lines.append("\(count(errorCount, "error")), \(count(warningCount, "warning"))" + (pagesChecked > 0 ? " in \(count(pagesChecked, "page"))" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array of `{path, line, column, severity, code, message}`; `path`, `line` and `column` are
    /// null for findings about no particular file.
    public func json() -> String {
        if diagnostics.isEmpty { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(diagnostics.map(Finding.init)), as: UTF8.self) + "\n"
        } catch {
            // Findings are strings and numbers, which always encode.
            preconditionFailure("the findings could not be written as JSON: \(error)")
        }
    }

    private struct Finding: Encodable {
        let diagnostic: Diagnostic
        enum CodingKeys: String, CodingKey { case path, line, column, severity, code, message }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(diagnostic.location?.path, forKey: .path)
            try container.encode(diagnostic.location?.line, forKey: .line)
            try container.encode(diagnostic.location?.column, forKey: .column)
            try container.encode(diagnostic.severity.rawValue, forKey: .severity)
            try container.encode(diagnostic.code.rawValue, forKey: .code)
            try container.encode(diagnostic.message, forKey: .message)
        }
    }
}
