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
    /// Where libyaml's lines are in the text, when they are not its LF-ended lines.
    private var libyamlLines: LibyamlLines?

    init(text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) {
        self.path = path
        self.firstLine = firstLine
        if let simple = FastYAML.parse(text) {
            root = simple
            return
        }
        libyamlLines = LibyamlLines(text)
        do {
            // Kolo reads scalars itself (YAMLNode), so Yams need not tag them: its default resolver
            // compiles a dozen NSRegularExpressions, which wakes Foundation's own copy of ICU
            // (6 MiB of memory) for every build.
            root = try Yams.compose(yaml: text, .basic).map(YAMLNode.init)
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, path: path, firstLine: firstLine, text: text))
        } catch {
            throw DiagnosticError(.error(.frontMatter, at: SourceLocation(path: path, line: firstLine), "YAML could not be read: \(error)"))
        }
    }

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: firstLine) }
        let (line, column) = libyamlLines?.textPosition(line: mark.line, column: mark.column) ?? (mark.line, mark.column)
        return SourceLocation(path: path, line: firstLine + line - 1, column: column)
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            let (line, column) = LibyamlLines(text)?.textPosition(line: mark.line, column: mark.column) ?? (mark.line, mark.column)
            return SourceLocation(path: path, line: firstLine + line - 1, column: column)
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


/// libyaml reads YAML 1.1, where NEL, LS and PS (U+0085, U+2028, U+2029) end lines too, while a
/// file's lines end only at LF: turns libyaml's positions into the text's.
struct LibyamlLines {
    /// For each of libyaml's lines, the text's line and column it starts at.
    private var starts: [(line: Int, column: Int)] = [(1, 1)]

    /// nil when libyaml's lines are the text's.
    init?(_ text: String) {
        guard text.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 1
                starts.append((line, column))
            } else if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                starts.append((line, column))
            }
        }
    }

    func textPosition(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1 && line <= starts.count else { return (line, column) }
        return (starts[line - 1].line, starts[line - 1].column + column - 1)
    }
}
