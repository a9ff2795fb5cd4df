import Foundation
import Testing
@testable import KoloServe

/// The inotify watcher on its own: atomic saves, folders that appear, files that do not exist
/// yet, and a burst of writes reported as one batch.
@Suite(.serialized)
struct FileWatcherTests {
    /// Takes the next batch of changes, waiting up to `timeout`.
    static func changes(in queue: ChangeQueue, within timeout: Duration = .seconds(5)) async -> Set<String>? {
        let deadline = ContinuousClock.now + timeout
        while true {
            // Looked at once more after the deadline: a busy machine may wake this task late.
            let late = ContinuousClock.now >= deadline
            let taken = queue.take()
            if taken == nil || !taken!.isEmpty { return taken ?? ["<everything>"] }
            if late { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Takes batches until one of them reports `path` (on a loaded machine the 30 ms quiet window
    /// can end between an editor's temporary file and its rename); returns them all, merged.
    static func changes(in queue: ChangeQueue, reporting path: String) async -> Set<String>? {
        var merged: Set<String>?
        while let batch = await changes(in: queue) {
            merged = (merged ?? []).union(batch)
            if batch.contains(path) || batch.contains("<everything>") { break }
        }
        return merged
    }

    @Test func seesAtomicSavesNewFoldersAndFilesThatDoNotExistYet() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-watch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content/en", withIntermediateDirectories: true)
        try "old".write(toFile: root + "/content/en/a.md", atomically: false, encoding: .utf8)
        let queue = ChangeQueue()
        let stream = try FileWatcher(paths: [root + "/content", root + "/site.yaml", root + "/static"]).start(into: queue)
        defer { withExtendedLifetime(stream) {} }

        // An editor's atomic save: a temporary file renamed over the original.
        try "new".write(toFile: root + "/content/en/.a.md.swp", atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(atPath: root + "/content/en/.a.md.swp", toPath: root + "/content/en/b.md")
        rename(root + "/content/en/b.md", root + "/content/en/a.md")
        let saved = await Self.changes(in: queue, reporting: root + "/content/en/a.md")
        #expect(saved?.contains(root + "/content/en/a.md") == true)

        // A new folder is watched as soon as it appears.
        try FileManager.default.createDirectory(atPath: root + "/content/en/news/2026", withIntermediateDirectories: true)
        let created = await Self.changes(in: queue, reporting: root + "/content/en/news")
        #expect(created?.contains(root + "/content/en/news") == true)
        try "item".write(toFile: root + "/content/en/news/2026/c.md", atomically: true, encoding: .utf8)
        #expect(await Self.changes(in: queue, reporting: root + "/content/en/news/2026/c.md")?.contains(root + "/content/en/news/2026/c.md") == true)

        // Watched names that did not exist: a file, and a folder that then gets files.
        try "title: Hub".write(toFile: root + "/site.yaml", atomically: true, encoding: .utf8)
        #expect(await Self.changes(in: queue, reporting: root + "/site.yaml")?.contains(root + "/site.yaml") == true)
        try FileManager.default.createDirectory(atPath: root + "/static/css", withIntermediateDirectories: true)
        #expect(await Self.changes(in: queue, reporting: root + "/static")?.contains(root + "/static") == true)
        try "body{}".write(toFile: root + "/static/css/site.css", atomically: false, encoding: .utf8)
        #expect(await Self.changes(in: queue, reporting: root + "/static/css/site.css")?.contains(root + "/static/css/site.css") == true)

        // Other files beside the watched ones are not reported.
        try "x".write(toFile: root + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(await Self.changes(in: queue, within: .milliseconds(300))?.contains(root + "/notes.txt") != true)

        // A burst of writes is reported whole (in one batch unless the machine is too busy for the quiet window).
        for index in 0..<20 {
            try "\(index)".write(toFile: root + "/content/en/burst-\(index).md", atomically: false, encoding: .utf8)
        }
        let burst = await Self.changes(in: queue, reporting: root + "/content/en/burst-19.md")
        #expect(burst?.filter { $0.contains("burst-") }.count == 20)
    }
}
