import KoloFixtures
import Foundation
import KoloBuild
import Testing

/// One edit on a 1,000-file corpus (Benchmarks/generate.py): the rebuild re-renders only the
/// outputs that show the edited item, and the folder still equals a full build.
@Suite(.serialized)
struct CorpusRebuildTests {
    /// The repository, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes the corpus with the repository's generator (or the shared one), nil when neither runs.
    static func generateCorpus(files: Int, into folder: URL) -> Bool {
        let own = repository.appendingPathComponent("Benchmarks/generate.py").path
        let shared = repository.appendingPathComponent("../shared/bench/gen_corpus.py").standardized.path
        let arguments = FileManager.default.fileExists(atPath: own)
            ? [own, "--files", String(files), "--out", folder.path]
            : [shared, "--pages", String(files), "--layout", "kolo", "--out", folder.path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func editingOneNewsBodyRerendersOnlyThePagesThatShowIt() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-corpus-\(UUID().uuidString)")
        let preview = root.appendingPathExtension("preview")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: preview)
        }
        try #require(Self.generateCorpus(files: 1000, into: root), "python3 Benchmarks/generate.py failed")
        let options = BuildOptions(source: root.path, output: preview.path, includeDrafts: true, includeFuture: true, now: 1_735_689_600)
        var session = BuildSession(options: options)
        let first = try await session.rebuild()
        let before = try FixtureSite.files(in: preview)

        // The newest English news item: on the home page, the first list page, its tags' first pages and the feed.
        let newsFolder = root.appendingPathComponent("content/en/news")
        let newest = try FileManager.default.contentsOfDirectory(atPath: newsFolder.path).max { a, b in
            try Self.date(of: newsFolder.appendingPathComponent(a)) < Self.date(of: newsFolder.appendingPathComponent(b))
        }!
        let file = newsFolder.appendingPathComponent(newest)
        var text = try String(contentsOf: file, encoding: .utf8)
        let bodyStart = text.range(of: "\n---\n\n")!.upperBound
        text.insert(contentsOf: "Edited first words. ", at: bodyStart)
        try text.write(to: file, atomically: true, encoding: .utf8)

        let report = try await session.rebuild(SourceChanges(paths: [file.path], root: session.siteRoot))
        let after = try FixtureSite.files(in: preview)
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        let slug = String(newest.dropLast(3))
        print("one news body edited on a \(first.outputCount)-output corpus: \(report.summary); rendered: \(report.rendered.sorted())")

        #expect(report.scope == .bodies)
        #expect(report.rendered.contains("en/news/\(slug)/index.html"))
        #expect(report.rendered.contains("en/index.html"))
        #expect(report.rendered.contains("en/news/index.html"))
        #expect(report.rendered.contains("en/atom.xml"))
        // Only what shows the item: every rendered output names it (its page, cards, the feed)…
        for path in report.rendered {
            #expect(String(decoding: after[path] ?? Data(), as: UTF8.self).contains("/en/news/\(slug)/"), "\(path) does not show the item")
        }
        // …exactly the files whose bytes changed were written, and the result is a full build's.
        #expect(Set(report.written) == changed)
        #expect(report.rendered.count < 40, "rendered \(report.rendered.count) outputs")
        let full = root.appendingPathExtension("full")
        defer { try? FileManager.default.removeItem(at: full) }
        var fullOptions = options
        fullOptions.output = full.path
        _ = try await Build.run(fullOptions)
        #expect(try FixtureSite.files(in: full) == after)
    }

    static func date(of file: URL) throws -> String {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n").first { $0.hasPrefix("date: ") }.map(String.init) ?? ""
    }
}
