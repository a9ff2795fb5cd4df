import Foundation
import KoloBuild
import KoloFixtures
import Testing

/// `.kolo-cache/` keeps what the last successful build used, and Kolo deletes only what it wrote there.
@Suite(.serialized)
struct PictureCacheTests {
    /// Files under the cache's `pictures/` folder, relative to it.
    func cached(_ site: FixtureSite) throws -> Set<String> {
        Set(try site.allFiles(in: site.root.appendingPathComponent(".kolo-cache/pictures")).keys)
    }

    func turnUpsideDown(_ site: FixtureSite, _ name: String = "rotated.jpg") throws {
        let photo = site.root.appendingPathComponent("content/en/news/2021-12-17-lyon/" + name)
        let exiftool = try Process.run(URL(fileURLWithPath: "/usr/bin/exiftool"), arguments: ["-q", "-overwrite_original", "-Orientation#=3", photo.path])
        exiftool.waitUntilExit()
    }

    /// Someone's files in the cache folder, one with a name Kolo could have given but in the wrong place.
    static let foreign = """
    -- .kolo-cache/notes.txt --
    my notes
    -- .kolo-cache/pictures/files/ab/keep-me.txt --
    mine
    -- .kolo-cache/pictures/files/zz/\(String(repeating: "ab", count: 32)).webp --
    mine too
    """

    @Test func aReplacedPhotoLeavesNoCopiesBehind() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        let first = try cached(site)
        #expect(first.contains("CACHEDIR.TAG"), "the cache Kolo made is marked (and skipped by backups)")
        try site.write(Self.foreign)
        try turnUpsideDown(site)
        let report = try await site.build()
        let second = try cached(site)
        let replaced = first.subtracting(second)
        #expect(report.pictures.pruned == replaced.count && replaced.count > 10, "\(replaced.sorted())")
        #expect(report.summary.contains("\(replaced.count) unused files removed from the cache"), "\(report.summary)")
        // What is left is what the site publishes: each copy's digest names a published file, but for
        // the logo's copy at its own address (images/logo.png, no digest in the name).
        let copies = second.filter { $0.hasPrefix("files/") && !$0.hasSuffix(".txt") && !$0.hasPrefix("files/zz/") }
        let published = Set(try PictureFixture.rasters(in: site).compactMap { $0.firstMatch(of: /\.([0-9a-f]{8})\.[a-z]+$/).map { String($0.output.1) } })
        let kept = Set(copies.map { String($0.split(separator: "/").last!.prefix(8)) })
        #expect(kept.isSuperset(of: published) && kept.count == published.count + 1, "\(kept.subtracting(published))")
        #expect(second.filter { $0.hasPrefix("entries/") }.count == 2, "one entry for the photo, one for the logo")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".kolo-cache/notes.txt").path))
        #expect(second.contains("files/ab/keep-me.txt") && second.contains("files/zz/\(String(repeating: "ab", count: 32)).webp"))
        let third = try await site.build()
        #expect(try third.pictures.pruned == 0 && cached(site) == second)
    }

    /// Every copy is named by the SHA-256 of its bytes (as `sha256sum` says), in the cache and, by its
    /// first eight digits, in the output.
    @Test func copiesAreNamedByTheirSHA256() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        let folder = site.root.appendingPathComponent(".kolo-cache/pictures/files")
        let copies = try site.allFiles(in: folder).keys.sorted()
        #expect(copies.count > 10)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = copies.map { folder.appendingPathComponent($0).path }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let lines = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        process.waitUntilExit()
        #expect(lines.count == copies.count)
        for (line, copy) in zip(lines, copies) {
            #expect(copy.split(separator: "/").last!.hasPrefix(String(line.prefix(64))), "\(line)")
        }
    }

    @Test func aCacheKoloDidNotMarkIsNeverPruned() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        // The folder was there before Kolo's first build (made by hand, or by another program).
        try site.write(Self.foreign)
        try await site.build()
        let first = try cached(site)
        #expect(!first.contains("CACHEDIR.TAG"))
        try turnUpsideDown(site)
        let report = try await site.build()
        #expect(report.pictures.pruned == 0)
        #expect(try cached(site).isSuperset(of: first))
    }

    /// An unused copy and entry under names Kolo gives, where Kolo would put them.
    static let unused = """
    -- .kolo-cache/pictures/files/ab/\(String(repeating: "ab", count: 32)).webp --
    a copy no page uses
    -- .kolo-cache/pictures/entries/cd/\(String(repeating: "cd", count: 32)) --
    an entry no page uses
    """

    /// A build that uses just what the last pruning kept lists nothing (it would have deleted the
    /// unused files); the first build whose pictures differ prunes them.
    @Test func aBuildUsingWhatTheLastPruningKeptListsNothing() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        try site.write(Self.unused)
        let same = try await site.build()
        let afterSame = try cached(site)
        #expect(same.pictures.pruned == 0)
        #expect(afterSame.contains("files/ab/\(String(repeating: "ab", count: 32)).webp") && afterSame.contains("entries/cd/\(String(repeating: "cd", count: 32))"))
        try turnUpsideDown(site)
        let changed = try await site.build()
        let afterChange = try cached(site)
        #expect(!afterChange.contains("files/ab/\(String(repeating: "ab", count: 32)).webp") && !afterChange.contains("entries/cd/\(String(repeating: "cd", count: 32))"))
        #expect(changed.pictures.pruned > 10, "the upside-down photo's old copies, the entry, and the two unused files")
    }

    /// A failed build still keeps what it processed (the next build need not work on it again), and
    /// the next successful build prunes it when no page uses it, though its pictures are the ones the
    /// last pruning kept.
    @Test func whatAFailedBuildProcessedIsPrunedByTheNextSuccessfulOne() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        let first = try cached(site)
        let folder = "content/en/news/2021-12-17-lyon/"
        try FileManager.default.copyItem(at: site.root.appendingPathComponent(folder + "rotated.jpg"), to: site.root.appendingPathComponent(folder + "extra.jpg"))
        try turnUpsideDown(site, "extra.jpg")
        try site.write("""
        -- \(folder)broken.jpg --
        not a photo
        """)
        #expect(await !site.buildErrors().isEmpty)
        #expect(try cached(site).subtracting(first).count > 10, "the extra photo's copies are cached")
        try site.remove(folder + "extra.jpg")
        try site.remove(folder + "broken.jpg")
        let report = try await site.build()
        #expect(report.pictures.pruned > 10)
        #expect(try cached(site) == first)
    }

    @Test func aFailedBuildPrunesNothing() async throws {
        let site = try PictureTests.make()
        defer { site.cleanUp() }
        try await site.build()
        let first = try cached(site)
        try site.write("""
        -- content/en/news/2021-12-17-lyon/rotated.jpg --
        not a photo any more
        """)
        #expect(await !site.buildErrors().isEmpty)
        #expect(try cached(site) == first)
    }
}
