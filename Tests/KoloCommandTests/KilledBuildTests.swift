import Foundation
import Glibc
import Testing

/// `kolo build` stopped part-way, as CI time-outs, Ctrl-C and the OOM killer stop it: the previous
/// output stays whole, and the next build leaves nothing beside it but the output.
@Suite(.serialized)
struct KilledBuildTests {
    /// A site whose build takes long enough to be caught in each step: 150 pages, 800 static files.
    static func slowSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-killed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/en/news"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("static/files"), withIntermediateDirectories: true)
        try "title: Hub\nbaseURL: https://example.org/\nlanguages:\n  - {code: en, name: English, locale: en-GB}\n"
            .write(to: root.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        for index in 1...150 {
            try "---\ntitle: Item \(index)\ndate: 2020-01-01\n---\nBody \(index).\n"
                .write(to: root.appendingPathComponent("content/en/news/2020-01-01-item-\(index).md"), atomically: false, encoding: .utf8)
        }
        for index in 1...800 {
            try "\(index)\n".write(to: root.appendingPathComponent("static/files/f\(index).txt"), atomically: false, encoding: .utf8)
        }
        return root
    }

    struct Ended: Sendable {
        /// Whether `condition` held before the build ended (and the signal was sent).
        var caught: Bool
        var status: Int32
        var killedBySignal: Bool
        var errors: String
    }

    /// Runs `kolo build` in the site; once `condition` holds (polled every half millisecond), sends
    /// `signal`; returns how the build ended. On a thread of its own: the test pool's few threads
    /// must not block, and the polling must not wait for them.
    static func build(_ root: URL, signal: Int32? = nil, when condition: @escaping @Sendable () -> Bool = { true }) async -> Ended {
        await withCheckedContinuation { (continuation: CheckedContinuation<Ended, Never>) in
            Thread {
                let process = Process()
                process.executableURL = CommandLineTests.kolo
                process.arguments = ["build"]
                process.currentDirectoryURL = root
                let errors = Pipe()
                process.standardError = errors
                process.standardOutput = FileHandle.nullDevice
                guard (try? process.run()) != nil else {
                    return continuation.resume(returning: Ended(caught: false, status: -1, killedBySignal: false, errors: "kolo did not start"))
                }
                var caught = false
                if let signal {
                    while process.isRunning && !caught {
                        caught = condition()
                        if !caught { usleep(500) }
                    }
                    if caught { kill(process.processIdentifier, signal) }
                }
                let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                continuation.resume(returning: Ended(caught: caught, status: process.terminationStatus,
                                                     killedBySignal: process.terminationReason == .uncaughtSignal, errors: text))
            }.start()
        }
    }

    /// What is in the site folder beside its sources.
    static func extras(_ root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { !["content", "static", "site.yaml"].contains($0) }.sorted()
    }

    static func staging(_ root: URL) -> String? {
        extras(root).first { $0.hasPrefix("public.kolo-build-") }.map { root.path + "/" + $0 }
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    static func output(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.appendingPathComponent("public").path
        for relative in (try? FileManager.default.subpathsOfDirectory(atPath: base)) ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: base + "/" + relative)
            }
        }
        return files
    }

    enum Moment: String, CaseIterable {
        case atOnce, temporaryFolderCreated, staticFilesBeingCopied, previousOutputBeingDeleted
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOutputWholeAndTheNextBuildLeavesNothingElse() async throws {
        let root = try Self.slowSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try #require(await Self.build(root).status == 0)
        let built = Self.output(root)
        try #require(built["files/f800.txt"] != nil)

        for moment in Moment.allCases {
            var caught = false
            for _ in 0..<5 where !caught {
                let before = Self.inode(root.path + "/public")
                let ended: Ended
                switch moment {
                case .atOnce: ended = await Self.build(root, signal: SIGKILL)
                case .temporaryFolderCreated: ended = await Self.build(root, signal: SIGKILL) { Self.staging(root) != nil }
                case .staticFilesBeingCopied:
                    ended = await Self.build(root, signal: SIGKILL) { Self.staging(root).map { FileManager.default.fileExists(atPath: $0 + "/files") } ?? false }
                case .previousOutputBeingDeleted:
                    // The new site is in place and the old one, where the new one was, is not yet gone.
                    ended = await Self.build(root, signal: SIGKILL) { Self.inode(root.path + "/public") != before && Self.staging(root) != nil }
                }
                caught = ended.caught
                if caught { #expect(ended.killedBySignal, "\(moment)") }
            }
            #expect(caught, "the build was never caught at \(moment.rawValue)")
            if moment != .atOnce { #expect(Self.extras(root).count == 2, "\(moment): \(Self.extras(root))") }
            #expect(Self.output(root) == built, "\(moment): the output is not whole")

            let next = await Self.build(root)
            #expect(next.status == 0, "\(moment): \(next.errors)")
            #expect(Self.extras(root) == ["public"], "\(moment)")
            #expect(Self.output(root) == built, "\(moment)")
        }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aBuildStoppedBySIGINTOrSIGTERMRemovesItsTemporaryFolder(signal: Int32) async throws {
        let root = try Self.slowSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try #require(await Self.build(root).status == 0)
        let built = Self.output(root)

        let ended = await Self.build(root, signal: signal) {
            Self.staging(root).map { FileManager.default.fileExists(atPath: $0 + "/files") } ?? false
        }
        try #require(ended.caught, "the build ended before it could be stopped")
        #expect(ended.status == 128 + signal && !ended.killedBySignal)
        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        #expect(ended.errors == "kolo: stopped by \(name); the temporary folder was removed and the previous output left untouched\n")
        #expect(Self.extras(root) == ["public"])
        #expect(Self.output(root) == built)
    }
}
