import KoloFixtures
import Foundation
import KoloBuild
import KoloDiagnostics
import KoloServe

/// A fixture site served by a real `PreviewServer` on a free loopback port, as `kolo serve` wires
/// it (the session builder below is the command's, repeated here: test targets cannot import it).
struct PreviewHarness {
    let site: FixtureSite
    let folder: URL
    let port: Int
    let task: Task<Void, any Error>
    let messages: MessageLog

    static func start(_ files: String = twoLanguageSite) async throws -> PreviewHarness {
        let site = try FixtureSite(files)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-serve-test-\(UUID().uuidString)")
        let port = RawHTTP.freePort()
        let address = "http://127.0.0.1:\(port)/"
        let builder = TestSessionBuilder(session: BuildSession(options: BuildOptions(
            source: site.root.path, output: folder.path, baseURL: address, includeDrafts: true, includeFuture: true, now: FixtureSite.now)))
        let messages = MessageLog()
        let server = PreviewServer(configuration: .init(host: "127.0.0.1", port: port), builder: builder, log: { messages.append($0) })
        let (running, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { port in continuation.yield(port) } }
        var iterator = running.makeAsyncIterator()
        _ = await iterator.next()
        return PreviewHarness(site: site, folder: folder, port: port, task: task, messages: messages)
    }

    /// Runs `body` against a fresh preview, stopping it afterwards whatever happened.
    static func with(_ files: String = twoLanguageSite, _ body: (PreviewHarness) async throws -> Void) async throws {
        let preview = try await start(files)
        do {
            try await body(preview)
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }

    func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawHTTP.Response {
        try await RawHTTP.get(path, port: port, method: method, headers: headers)
    }

    func events() async throws -> EventClient {
        let client = try EventClient(port: port)
        _ = await client.next("hello")
        return client
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        site.cleanUp()
        try? FileManager.default.removeItem(at: folder)
    }
}

final class MessageLog: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// `kolo serve`'s adapter from a build session to the preview server.
struct TestSessionBuilder: PreviewBuilder {
    var session: BuildSession

    var folder: String { session.options.output ?? "" }

    var watchedPaths: [String] {
        let root = session.siteRoot
        return ["content", "templates", "themes", "static", "i18n", "site.yaml"].map { root + "/" + $0 }
    }

    mutating func build(changed: Set<String>?) async -> Result<PreviewBuild, PreviewFailure> {
        let changes = changed.map { SourceChanges(paths: $0, root: session.siteRoot, themeRoot: session.themeRoot) } ?? .all
        do {
            let report = try await session.rebuild(changes)
            return .success(PreviewBuild(changedFiles: report.written + report.deleted, summary: report.summary))
        } catch {
            return .failure(PreviewFailure(messages: error.diagnostics.filter { $0.severity == .error }.map(\.description)))
        }
    }
}

import Synchronization
