import Foundation
import KoloBuild
import KoloDiagnostics
import KoloFixtures
@testable import KoloOutput
import Glibc
import Testing

/// Pictures from the cache are published by hard link where the output is on the cache's file system,
/// and copied where it is not; either way the output holds the same bytes, and an output whose
/// pictures are links is still Kolo's to replace, while anything else put into it is not.
@Suite(.serialized)
struct PictureLinkTests {
    static func info(_ path: String) -> stat {
        var info = stat()
        lstat(path, &info)
        return info
    }

    /// The inodes of the cache's copies.
    static func cachedInodes(_ site: FixtureSite) -> Set<UInt64> {
        var inodes: Set<UInt64> = []
        OutputFolder.walkFiles(site.root.appendingPathComponent(".kolo-cache/pictures/files").path) { _, info in
            inodes.insert(UInt64(info.st_ino))
            return true
        }
        return inodes
    }

    func refusal(_ site: FixtureSite) async -> String? {
        do {
            try await site.build()
            return nil
        } catch {
            return error.diagnostics.first?.message
        }
    }

    @Test func consecutiveBuildsLinkTheCachedPicturesAndReplaceTheirOwnOutput() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        // The second build's links and the third's (and the old outputs' deletion) change the change
        // time of the files in the output it replaces: still Kolo's, no --force needed.
        try await site.build()
        let report = try await site.build()
        #expect(report.pictures.fromCache == 2 && report.pictures.processed == 0)
        let rasters = try PictureFixture.rasters(in: site)
        #expect(rasters.count > 10)
        let cached = Self.cachedInodes(site)
        for path in rasters {
            let info = Self.info(site.output.appendingPathComponent(path).path)
            #expect(cached.contains(UInt64(info.st_ino)) && info.st_nlink >= 2, "\(path) is the cache's file")
            #expect(info.st_mode & 0o777 == 0o444, "\(path) is read-only")
        }
        // Pages and the item folder's other files are Kolo's own writes, not links to anything.
        #expect(Self.info(site.output.appendingPathComponent("en/index.html").path).st_nlink == 1)
    }

    @Test func aFileDroppedIntoALinkedOutputOrAPictureReplacedThereIsRefused() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        try await site.build()
        try site.write("""
        -- public/docs/report.pdf --
        %PDF
        """)
        #expect(await refusal(site)?.hasPrefix("refusing to build into \(site.output.path): docs/report.pdf was added to it or changed") == true)
        try site.remove("public/docs")
        try await site.build()

        // An editor's picture saved over a published one: a new file under the same name.
        let picture = try #require(try PictureFixture.rasters(in: site).first { $0.hasSuffix(".webp") })
        let url = site.output.appendingPathComponent(picture)
        try Data("edited".utf8).write(to: url, options: .atomic)
        #expect(await refusal(site)?.hasPrefix("refusing to build into \(site.output.path): \(picture) was added to it or changed") == true)
        #expect(try Data(contentsOf: url) == Data("edited".utf8))
        try await site.build(force: true)
        try await site.build()
    }

    /// The check when a build commits trusts a picture the check at its start found Kolo's only while
    /// it is the same file: one replaced meanwhile, even by a file dated back to look untouched, is
    /// refused, and kept.
    @Test func aPictureReplacedWhileTheBuildRunsIsRefusedWhenItCommits() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        try await site.build()
        let folder = try OutputFolder.prepare(destination: site.output.path, displayPath: site.output.path, sources: [], force: false)
        defer { folder.discard() }
        let picture = try #require(try PictureFixture.rasters(in: site).first { $0.hasSuffix(".webp") })
        let path = site.output.appendingPathComponent(picture).path
        let original = Self.info(path)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path + ".new"))
        var times = [original.st_atim, original.st_mtim]
        #expect(utimensat(AT_FDCWD, path + ".new", &times, 0) == 0)
        #expect(rename(path + ".new", path) == 0)
        #expect(throws: DiagnosticError.self) { try folder.commit() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mine".utf8))
    }

    @Test func aPictureRewrittenInPlaceThroughTheOutputIsNoLongerKolos() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        try await site.build()
        let picture = try #require(try PictureFixture.rasters(in: site).first { $0.hasSuffix(".jpg") })
        let path = site.output.appendingPathComponent(picture).path
        let descriptor = open(path, O_WRONLY | O_APPEND)
        if descriptor < 0 {
            // Anyone but root is stopped by the mode: the cache's bytes cannot change through the output.
            #expect(errno == EACCES)
            return
        }
        _ = write(descriptor, "x", 1)
        close(descriptor)
        #expect(await refusal(site)?.hasPrefix("refusing to build into \(site.output.path): \(picture) was added to it or changed") == true)
    }

    @Test func aFileLinkedIntoTheOutputFromOutsideTheCacheIsForeign() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        // From the site's own folder, and from the cache folder under a name Kolo never gives a copy.
        let notes = site.root.appendingPathComponent("notes.txt").path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: notes))
        #expect(link(notes, site.output.appendingPathComponent("notes.txt").path) == 0)
        #expect(await refusal(site)?.hasPrefix("refusing to build into \(site.output.path): notes.txt was added") == true)
        #expect(unlink(site.output.appendingPathComponent("notes.txt").path) == 0)
        try await site.build()

        let kept = site.root.appendingPathComponent(".kolo-cache/pictures/files/ab/keep-me.txt").path
        try FileManager.default.createDirectory(atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: kept))
        #expect(link(kept, site.output.appendingPathComponent("keep-me.txt").path) == 0)
        #expect(await refusal(site)?.hasPrefix("refusing to build into \(site.output.path): keep-me.txt was added") == true)
        #expect(FileManager.default.fileExists(atPath: kept))
    }

    /// The site (and its cache) under the temporary folder, the output in /dev/shm: another file
    /// system, where a link fails with EXDEV and the pictures are copied.
    @Test func anOutputOnAnotherFileSystemGetsCopiesWithTheSameBytes() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        let elsewhere = "/dev/shm/kolo-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try #require(Self.info(elsewhere).st_dev != Self.info(site.root.path).st_dev, "/dev/shm is another file system")
        try await site.build()
        let linked = try site.allFiles()
        try await site.build(output: elsewhere + "/public")
        try await site.build(output: elsewhere + "/public")
        let copied = try site.allFiles(in: URL(fileURLWithPath: elsewhere + "/public"))
        #expect(copied == linked)
        let rasters = try PictureFixture.rasters(in: site)
        #expect(rasters.count > 10)
        for path in rasters {
            let info = Self.info(elsewhere + "/public/" + path)
            #expect(info.st_nlink == 1 && info.st_mode & 0o777 == 0o644, "\(path) is a copy of its own")
        }
    }
}
