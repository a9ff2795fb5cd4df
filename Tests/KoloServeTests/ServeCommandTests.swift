import KoloFixtures
import Foundation
import Testing

/// `kolo serve` itself, run as a process: a taken port, and a clean stop on Ctrl-C.
@Suite(.serialized)
struct ServeCommandTests {
    /// The `kolo` executable built beside the test bundle.
    static let kolo: URL? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("kolo")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()

    /// A temporary folder of the test's own, given to `kolo serve` as `TMPDIR`: its preview folders
    /// are counted there, where no other test or concurrent preview puts any.
    static func privateTemporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path + "/kolo-serve-test-tmp-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    final class Run: Sendable {
        let process: Process
        let errors: Pipe
        init(_ arguments: [String], temporaryFolder: String) throws {
            process = Process()
            process.executableURL = ServeCommandTests.kolo
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporaryFolder]) { $1 }
            errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        }

        /// Waits (on a thread of its own) for the process to end; nil if it did not within `timeout`.
        func exitStatus(within timeout: Duration) async -> Int32? {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if !process.isRunning { return process.terminationStatus }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return nil
        }

        var stderr: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
    }

    static func previewFolders(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("kolo-serve-") }
    }

    @Test(.enabled(if: kolo != nil, "the kolo executable is built beside the tests"))
    func stopsCleanlyOnControlCAndSaysWhenThePortIsTaken() async throws {
        let site = try FixtureSite(twoLanguageSite)
        let temporary = try Self.privateTemporaryFolder()
        defer { site.cleanUp(); try? FileManager.default.removeItem(atPath: temporary) }
        let port = RawHTTP.freePort()
        let server = try Run(["serve", "--source", site.root.path, "--port", String(port)], temporaryFolder: temporary)
        defer { if server.process.isRunning { server.process.terminate() } }
        var ready = false
        for _ in 0..<300 where !ready {
            ready = (try? await RawHTTP.get("/en/", port: port))?.status == 200
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(ready, "kolo serve did not answer")
        #expect(try await RawHTTP.get("/en/news/second/", port: port).text.contains("http://127.0.0.1:\(port)/en/news/second/"))

        let second = try Run(["serve", "--source", site.root.path, "--port", String(port)], temporaryFolder: temporary)
        #expect(await second.exitStatus(within: .seconds(30)) == 1)
        #expect(second.stderr.contains("error: port \(port) is already in use; try --port \(port + 1)"))

        // Ctrl-C with a browser listening: the event stream ends and the process exits at once.
        let events = try EventClient(port: port)
        #expect(await events.next("hello") != nil)
        server.process.interrupt()
        #expect(await server.exitStatus(within: .seconds(10)) == 0)
        #expect(await events.ended(within: .seconds(2)))
        let messages = server.stderr
        #expect(messages.contains("serving \(site.root.path) at http://127.0.0.1:\(port)/"))
        // Its private folder is gone with it.
        #expect(try Self.previewFolders(in: temporary).isEmpty)
    }

    @Test(.enabled(if: kolo != nil, "the kolo executable is built beside the tests"))
    func aKilledPreviewsFolderIsRemovedByTheNextServeOfTheSite() async throws {
        let site = try FixtureSite(twoLanguageSite)
        let temporary = try Self.privateTemporaryFolder()
        defer { site.cleanUp(); try? FileManager.default.removeItem(atPath: temporary) }
        func serve() async throws -> (Run, Int) {
            let port = RawHTTP.freePort()
            let server = try Run(["serve", "--source", site.root.path, "--port", String(port)], temporaryFolder: temporary)
            var ready = false
            for _ in 0..<300 where !ready {
                ready = (try? await RawHTTP.get("/en/", port: port))?.status == 200
                if !ready { try await Task.sleep(for: .milliseconds(100)) }
            }
            try #require(ready, "kolo serve did not answer")
            return (server, port)
        }
        let (killed, _) = try await serve()
        kill(killed.process.processIdentifier, SIGKILL)
        _ = await killed.exitStatus(within: .seconds(10))
        let left = Set(try Self.previewFolders(in: temporary))
        #expect(left.count == 1)

        let (next, _) = try await serve()
        defer { if next.process.isRunning { next.process.terminate() } }
        let now = Set(try Self.previewFolders(in: temporary))
        #expect(now.count == 1 && now.isDisjoint(with: left))
        // (How it stops is stopsCleanlyOnControlC's business; its messages are read once it has.)
        next.process.interrupt()
        if await next.exitStatus(within: .seconds(30)) == nil { next.process.terminate() }
        _ = await next.exitStatus(within: .seconds(30))
        #expect(next.stderr.contains("removed \(temporary)/\(left.first ?? "?"), left by a kolo that was killed\n"))
    }
}
