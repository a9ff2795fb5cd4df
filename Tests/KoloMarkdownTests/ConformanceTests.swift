import Foundation
import KoloText
import Testing
@testable import KoloMarkdown

/// The CommonMark spec and GFM's extension examples, read from `../shared/conformance/` at test time
/// (never copied here), rendered with smart punctuation off and raw HTML allowed, and compared after
/// the spec runner's normalisation (Tests/conformance/normalize_html.py, which also undoes Kolo's
/// deliberate additions: heading ids, lazy images, accessible table and task markup, footnote labels).
struct ConformanceTests {
    /// Where Debian's cmark 0.30 parses differently from spec 0.31: not the writer's doing.
    static let commonMarkParserDifferences: Set<Int> = [356, 627, 628]

    /// CommonMark itself, extensions off: bare URLs, `~` and GFM's tag filter change what some
    /// CommonMark examples expect (`https://example.com` stays text there).
    @Test func commonMarkSpec() throws {
        let failures = try run(suite: "commonmark/spec.txt", extensions: []) { _ in true }
        #expect(Set(failures) == Self.commonMarkParserDifferences, "unexpected CommonMark failures: \(failures)")
    }

    @Test func gfmExtensionSections() throws {
        let failures = try run(suite: "gfm/spec.txt", extensions: .all) { $0.contains("(extension)") }
        #expect(failures.isEmpty, "GFM extension examples failing: \(failures)")
    }

    @Test func cmarkGFMExtensionTests() throws {
        let failures = try run(suite: "gfm/extensions.txt", extensions: .all) { _ in true }
        #expect(failures.isEmpty, "cmark-gfm extension examples failing: \(failures)")
    }

    // MARK: - Running a suite

    struct Example {
        var number: Int
        var section: String
        var markdown: String
        var html: String
    }

    /// Renders every example of the sections `include` accepts, prints per-section counts and
    /// returns the numbers of the failing examples.
    func run(suite: String, extensions: MarkdownExtensions, include: (String) -> Bool) throws -> [Int] {
        let examples = try Self.examples(in: Self.conformanceFolder() + "/" + suite).filter { include($0.section) }
        let options = MarkdownOptions(smart: false, unsafe: true, extensions: extensions)
        let rendered = examples.map { MarkdownRenderer(options: options).render($0.markdown, slugger: Slugger(language: "en")).html }
        let normalised = try Self.normalise(rendered + examples.map(\.html))
        var failures: [Int] = []
        var counts: [(section: String, passed: Int, total: Int)] = []
        for (index, example) in examples.enumerated() {
            if counts.last?.section != example.section { counts.append((example.section, 0, 0)) }
            counts[counts.count - 1].total += 1
            let ignored = example.html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
            if ignored || normalised[index] == normalised[examples.count + index] {
                counts[counts.count - 1].passed += 1
            } else {
                failures.append(example.number)
                print("\(suite) example \(example.number) (\(example.section)):\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- got\n\(rendered[index])")
            }
        }
        for count in counts { print("\(suite): \(count.section): \(count.passed)/\(count.total)") }
        print("\(suite): \(examples.count - failures.count)/\(examples.count) pass")
        return failures
    }

    /// The spec's examples: between lines of 32 backticks and `example`, Markdown, a `.` line, HTML.
    static func examples(in path: String) throws -> [Example] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var section = ""
        var number = 0
        var part = 0  // 0 outside, 1 Markdown, 2 HTML
        var markdown = "", html = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if part == 0 {
                if line.hasPrefix(fence + " example") {
                    part = 1
                    number += 1
                    markdown = ""
                    html = ""
                } else if line.hasPrefix("#") {
                    section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                }
            } else if line == fence {
                examples.append(Example(number: number, section: section, markdown: markdown, html: html))
                part = 0
            } else if part == 1 && line == "." {
                part = 2
            } else {
                let restored = line.replacingOccurrences(of: "→", with: "\t") + "\n"
                if part == 1 { markdown += restored } else { html += restored }
            }
        }
        return examples
    }

    /// `shared/conformance` beside the project (CI) or beside the worktree: KOLO_CONFORMANCE, else
    /// the first `shared/conformance` found going up from this file.
    static func conformanceFolder() throws -> String {
        if let folder = ProcessInfo.processInfo.environment["KOLO_CONFORMANCE"] { return folder }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/conformance").path
            if FileManager.default.fileExists(atPath: candidate + "/commonmark/spec.txt") { return candidate }
            folder.deleteLastPathComponent()
        }
        throw ConformanceError("shared/conformance not found above \(#filePath): CI clones it beside the project")
    }

    static func normalise(_ documents: [String]) throws -> [String] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("conformance/normalize_html.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let data = try JSONEncoder().encode(documents)
        // Write from another thread: the script's output could fill the pipe before it reads all input.
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ConformanceError("normalize_html.py failed") }
        return try JSONDecoder().decode([String].self, from: result)
    }

    struct ConformanceError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
