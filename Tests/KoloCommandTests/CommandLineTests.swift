import Foundation
import Testing

/// The `kolo` binary as CI runs it: what it prints and the exit status it returns.
@Suite struct CommandLineTests {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `swift test` builds every product beside the test bundle.
    static let kolo = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("kolo")

    /// Runs kolo on a thread of its own and waits as a task: a test blocking the test pool's few
    /// threads for a whole build starves every other suite's tasks (FileWatcherTests' time-outs).
    func run(_ arguments: [String], in folder: URL) async throws -> Outcome {
        let process = Process()
        process.executableURL = Self.kolo
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
            Thread {
                let out = output.fileHandleForReading.readDataToEndOfFile()
                let err = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                                                       errors: String(decoding: err, as: UTF8.self)))
            }.start()
        }
    }

    /// A one-language site with these content files.
    func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-cli-\(UUID().uuidString)")
        var all = files
        all["site.yaml"] = "title: Hub\nbaseURL: https://example.org/\nlanguages:\n  - {code: en, name: English, locale: en-GB}\n"
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let broken = ["content/en/about.md": "---\ntitle: About\n---\n[Team](/en/team/)\n"]
    static let misspelt = ["content/en/about.md": "---\ntitle: About\ndescripton: Us.\n---\n"]

    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.kolo.path), "build the kolo product first (swift build)")
    }

    @Test func checkExitsOneOnErrorsAndPrintsThem() async throws {
        let root = try site(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try await run(["check"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.output == """
        content/en/about.md:4:8: error: link to /en/team/ goes nowhere: no page or file of the site has that address
        1 error, 0 warnings in 1 page

        """)
    }

    @Test func checkGivesJSONForTools() async throws {
        let root = try site(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try await run(["check", "--format", "json", "--source", root.path], in: FileManager.default.temporaryDirectory)
        #expect(outcome.status == 1)
        let findings = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]]
        #expect(findings?.count == 1)
        #expect(findings?.first?["code"] as? String == "broken-link")
        #expect(findings?.first?["line"] as? Int == 4)
        #expect(findings?.first?["column"] as? Int == 8)
        #expect((findings?.first?["path"] as? String)?.hasSuffix("/content/en/about.md") == true)
    }

    @Test func warningsFailOnlyWhenStrict() async throws {
        let root = try site(Self.misspelt)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try await run(["check"], in: root).status == 0)
        #expect(try await run(["check", "--strict"], in: root).status == 1)
    }

    @Test func strictBuildRefusesToBuildOnAWarning() async throws {
        let root = try site(Self.misspelt)
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try await run(["build", "--strict"], in: root)
        #expect(refused.status == 1)
        #expect(refused.errors == """
        content/en/about.md:3:1: warning: unknown key 'descripton': did you mean 'description'?
        build refused (--strict): 0 errors, 1 warning; the previous output was left untouched

        """)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
        #expect(try await run(["build"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/en/about/index.html").path))
    }

    @Test func usageErrorsExitWith64() async throws {
        let root = try site([:])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try await run(["check", "--format", "xml"], in: root).status == 64)
        #expect(try await run(["new", "post", "Title", "--lang", "en"], in: root).status == 64)
        let language = try await run(["new", "news", "Title", "--lang", "de"], in: root)
        #expect(language.status == 64)
        #expect(language.errors == "error: unknown language \"de\": the site's languages are en\n")
    }

    @Test func newPrintsThePathAndRefusesToOverwrite() async throws {
        let root = try site([:])
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try await run(["new", "page", "Our team", "--lang", "en"], in: root)
        #expect(written.status == 0)
        #expect(written.output == "content/en/our-team.md\n")
        #expect(try String(contentsOf: root.appendingPathComponent("content/en/our-team.md"), encoding: .utf8) == "---\ntitle: \"Our team\"\n---\n\n")
        let again = try await run(["new", "page", "Our team", "--lang", "en"], in: root)
        #expect(again.status == 1)
        #expect(again.errors == "content/en/our-team.md:1:1: error: this file already exists, and kolo new never replaces a file\n")
    }
}
