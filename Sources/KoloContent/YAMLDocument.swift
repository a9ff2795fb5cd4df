import Foundation
import KoloDiagnostics
import Yams

/// A parsed YAML document that remembers which file and line it came from, so every value read
/// from it can point an editor at the exact place.
struct YAMLDocument {
    let root: YAMLNode?
    let path: String
    /// Line in the file where the YAML text starts (front matter starts on line 2).
    let firstLine: Int

    init(text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) {
        self.path = path
        self.firstLine = firstLine
        if let simple = FastYAML.parse(text) {
            root = simple
            return
        }
        do {
            root = try Yams.compose(yaml: text).map(YAMLNode.init)
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, path: path, firstLine: firstLine, text: text))
        } catch {
            throw DiagnosticError(.error(.frontMatter, at: SourceLocation(path: path, line: firstLine), "YAML could not be read: \(error)"))
        }
    }

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text.trimmingCharacters(in: .whitespaces)))" }
            if problem.contains("tab") || problem.contains("found character that cannot start any token") {
                message += "; YAML does not allow tabs for indentation — use spaces"
            }
            return .error(.frontMatter, at: at(mark), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let location = duplicates.lazy.compactMap { repetition(of: $0, in: text, after: context.mark) }.first
                .map { SourceLocation(path: path, line: firstLine + $0.line - 1, column: $0.column) } ?? at(context.mark)
            return .error(.frontMatter, at: location, "duplicate key \(keys): each key may appear only once")
        case let .reader(problem, _, _, _):
            return .error(.frontMatter, at: SourceLocation(path: path, line: firstLine), "YAML could not be read: \(problem)")
        default:
            return .error(.frontMatter, at: SourceLocation(path: path, line: firstLine), "YAML could not be read: \(error)")
        }
    }
}

