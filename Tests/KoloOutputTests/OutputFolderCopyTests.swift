import Foundation
@testable import KoloOutput
import KoloDiagnostics
import Testing

/// Static files and published pictures are copied into the output in the kernel; a file removed
/// since it was listed is skipped, one that cannot be read is an error naming it.
struct OutputFolderCopyTests {
    @Test func copiesGoneFilesAndUnreadableFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-copy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("body { color: red }".utf8).write(to: URL(fileURLWithPath: root + "/site.css"))
        let folder = OutputFolder.inPlace(root + "/out")
        var created: Set<String> = []

        #expect(try folder.copy(root + "/site.css", to: "css/site.css", createdFolders: &created))
        #expect(try String(contentsOfFile: root + "/out/css/site.css", encoding: .utf8) == "body { color: red }")

        #expect(try folder.copy(root + "/gone.css", to: "css/gone.css", createdFolders: &created) == false)
        #expect(!FileManager.default.fileExists(atPath: root + "/out/css/gone.css"))

        // A path through a file (ENOTDIR): there, but not readable as a file; root can read any mode.
        #expect(throws: DiagnosticError.self) { try folder.copy(root + "/site.css/inner.css", to: "css/inner.css", createdFolders: &created) }
    }
}

/// Nothing is ever written outside the output: every path is checked again where it is written.
struct ContainedPathTests {
    @Test func onlyPlainRelativePathsAreContained() {
        for path in ["index.html", "en/news/lyon/index.html", "images/lyon.800w.3f2a9c1d.webp", "...", "a/.b/c..", "мк/вести/index.html", "..a/b"] {
            #expect(OutputFolder.isContained(path), "\(path)")
        }
        for path in ["", "/etc/passwd", "..", "../x", "a/../../x", "a/./b", ".", "a//b", "a/", "a/b\\c", "a\u{7F}", "a/\nb", "a\tb"] {
            #expect(!OutputFolder.isContained(path), "\(path.debugDescription)")
        }
    }
}

/// A build returns only once files are stamped later than its output's mark (see `FolderMark`).
struct FileTimesTests {
    static func coarseNow() -> Int64 {
        var coarse = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &coarse)
        return Int64(coarse.tv_sec) * 1_000_000_000 + Int64(coarse.tv_nsec)
    }

    /// The clock files are stamped with where the kernel has no finer one (Linux before 6.13) has
    /// passed the mark when the wait returns, though the mark was read from the finer clock.
    @Test func theWaitOutlastsTheTickOfTheMark() {
        for _ in 0..<5 {
            let mark = FolderMark.now()
            FolderMark.waitForFileTimesAfter(mark, stamped: 0)
            #expect(Self.coarseNow() > mark)
        }
    }
}
