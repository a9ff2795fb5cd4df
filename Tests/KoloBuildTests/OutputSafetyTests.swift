@testable import KoloBuild
import KoloDiagnostics
@testable import KoloOutput
import KoloFixtures
import Foundation
import Glibc
import Testing

/// Kolo never destroys what it did not write: not the sources (however the output is spelt), not a
/// folder of someone else's, not a file added to its own output, not another build's temporary folder.
@Suite(.serialized)
struct OutputSafetyTests {
    /// Every file under `folder` with its bytes, hidden ones included.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        OutputFolder.walkFiles(folder.path) { relative, _ in
            files[relative] = FileManager.default.contents(atPath: folder.path + "/" + relative)
            return true
        }
        return files
    }

    func refusal(_ site: FixtureSite, output: String, force: Bool = false) async -> Diagnostic? {
        do {
            try await site.build(output: output, force: force)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func anOutputThatIsHoldsOrLiesInTheSourcesIsRefusedBeforeAnythingIsWritten() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- static/images/logo.svg --
        <svg/>
        -- templates/page.mustache --
        <p>{{page.title}}</p>
        -- themes/spare/templates/home.mustache --
        <p>spare</p>
        """)
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        // A theme of the site's own that is a link to a folder outside it.
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("themes/linked"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content-link"),
                                                   withDestinationURL: site.root.appendingPathComponent("content"))
        let config = site.root.appendingPathComponent("site.yaml")
        try (try String(contentsOf: config, encoding: .utf8) + "theme: linked\n").write(to: config, atomically: true, encoding: .utf8)
        let before = Self.snapshot(site.root)
        let root = site.root.path
        let cases: [(output: String, says: String)] = [
            ("\(root)/content", "it is the site's content folder (content/)"),
            ("\(root)/content/en", "it is inside the site's content folder (content/)"),
            ("\(root)/content/en/news/new-folder", "it is inside the site's content folder (content/)"),
            ("\(root)/public/../content", "it is the site's content folder (content/)"),
            ("\(root)/content-link/../content", "it is the site's content folder (content/)"),
            ("\(root)/content-link/..", "it is the site's folder"),
            ("\(root)/content-link/mk", "it is inside the site's content folder (content/)"),
            ("\(root)/i18n", "it is the site's UI strings folder (i18n/)"),
            ("\(root)/templates", "it is the site's templates folder (templates/)"),
            ("\(root)/static", "it is the site's static files folder (static/)"),
            ("\(root)/static/images", "it is inside the site's static files folder (static/)"),
            ("\(root)/themes", "it is the site's themes folder (themes/)"),
            ("\(root)/themes/spare", "it is inside the site's themes folder (themes/)"),
            ("\(outside.path)/static", "it is a folder of theme \"linked\""),
            ("\(outside.path)/templates/out", "it is inside the folder of theme \"linked\""),
            (outside.path, "it is the folder of theme \"linked\""),
            (outside.deletingLastPathComponent().path, "it holds the site's folder"),
            (root, "it is the site's folder"),
            ("/", "it is the root folder"),
        ]
        for (output, says) in cases {
            let error = await refusal(site, output: output, force: true)
            #expect(error?.code == .usage, "\(output)")
            #expect(error?.message.hasPrefix("refusing to build into \(output)") == true, "\(output): \(error?.message ?? "built")")
            #expect(error?.message.contains(": \(says)") == true, "\(output): \(error?.message ?? "built")")
            #expect(error?.message.hasSuffix("write the site somewhere else, e.g. --output \(root)/public") == true, "\(output)")
        }
        #expect(Self.snapshot(site.root) == before)
        #expect(Self.snapshot(outside).isEmpty)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.contains(".kolo-build-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderOfSomeoneElsesIsRefusedNamingItsFilesUnlessForced() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let www = site.root.appendingPathComponent("www")
        try site.write("""
        -- www/docs/report.pdf --
        %PDF
        -- www/.git/HEAD --
        ref: refs/heads/gh-pages
        -- www/.git/config --
        [core]
        -- www/CNAME --
        hub.example.org
        """)
        let before = Self.snapshot(www)
        let error = await refusal(site, output: www.path)
        #expect(error?.code == .usage)
        #expect(error?.message == "refusing to build into \(www.path): it holds files Kolo did not write (.git/HEAD, CNAME, docs/report.pdf and 1 more), and building would delete them; build into a new or empty folder, or give --force to replace the folder with everything in it")
        #expect(Self.snapshot(www) == before)

        try await site.build(output: www.path, force: true)
        let after = Self.snapshot(www)
        #expect(after["en/about/index.html"] != nil)
        #expect(after["docs/report.pdf"] == nil && after["CNAME"] == nil)
        // Now it is Kolo's: the next build needs no --force.
        try await site.build(output: www.path)
    }

    @Test func anEmptyOrAbsentFolderIsBuiltInto() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let empty = site.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try await site.build(output: empty.path)
        try await site.build(output: site.root.appendingPathComponent("new/deeper/site").path)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("new/deeper/site/en/about/index.html").path))
    }

    @Test func koloReplacesItsOwnOutputButNotOnceAFileWasAddedOrChanged() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        try await site.build()
        try site.write("""
        -- public/docs/report.pdf --
        %PDF
        """)
        var error = await refusal(site, output: site.output.path)
        #expect(error?.code == .usage)
        #expect(error?.message == "refusing to build into \(site.output.path): docs/report.pdf was added to it or changed since Kolo built it, and building would delete it; move it out (a file the site should publish, such as CNAME, belongs in static/), or give --force to replace the folder anyway")
        #expect(site.exists("docs/report.pdf"))
        try site.remove("public/docs")
        try await site.build()

        // A page edited by hand is no longer what Kolo wrote either.
        let page = site.output.appendingPathComponent("en/about/index.html")
        try (try String(contentsOf: page, encoding: .utf8) + "<!-- edited -->").write(to: page, atomically: false, encoding: .utf8)
        error = await refusal(site, output: site.output.path)
        #expect(error?.message.hasPrefix("refusing to build into \(site.output.path): en/about/index.html was added") == true)
        try await site.build(force: true)
        #expect(try !site.read("en/about/index.html").contains("edited"))
    }

    /// Files are stamped by a clock that moves a tick at a time, behind the one the mark reads: a
    /// build returns only once a file added then is stamped later than the mark (else the next build
    /// would take `mv CNAME public/` or `ln` run straight after it for a file of its own, and delete it).
    @Test func aFileAddedTheMomentABuildReturnsIsStampedAfterTheMark() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let moved = site.root.appendingPathComponent("CNAME").path
        let linked = site.root.appendingPathComponent("notes.txt").path
        for _ in 0..<5 {
            try Data("example.org".utf8).write(to: URL(fileURLWithPath: moved))
            try Data("mine".utf8).write(to: URL(fileURLWithPath: linked))
            try await site.build()
            #expect(rename(moved, site.output.path + "/CNAME") == 0 && link(linked, site.output.path + "/notes.txt") == 0)
            guard case .output(let finishedAt)? = FolderMark.read(site.output.path) else {
                Issue.record("the output has no mark")
                return
            }
            for name in ["CNAME", "notes.txt"] {
                var info = stat()
                #expect(lstat(site.output.path + "/" + name, &info) == 0)
                #expect(Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec) > finishedAt, "\(name)")
            }
            #expect(await refusal(site, output: site.output.path)?.message.hasPrefix("refusing to build into \(site.output.path): CNAME, notes.txt were added") == true)
            try site.remove("public/CNAME")
            try site.remove("public/notes.txt")
        }
    }

    @Test func aFileIsNeverReplacedByTheOutputEvenWithForce() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let file = site.root.appendingPathComponent("notes.txt")
        try "mine".write(to: file, atomically: true, encoding: .utf8)
        let error = await refusal(site, output: file.path, force: true)
        #expect(error?.message == "refusing to build into \(file.path): it is a file, not a folder")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    }

    @Test func theMarkIsNoFileOfTheOutput() async throws {
        let site = try FixtureSite(twoLanguageSite + """

        -- static/.nojekyll --
        -- static/.well-known/security.txt --
        Contact: mailto:security@example.org
        -- static/CNAME --
        hub.example.org
        -- static/.DS_Store --
        junk
        -- static/images/.gitkeep --
        """)
        defer { site.cleanUp() }
        try await site.build()
        let files = Self.snapshot(site.output).keys
        #expect(files.filter { $0.hasPrefix(".") || $0.contains("/.") }.sorted() == [".nojekyll", ".well-known/security.txt"])
        #expect(!files.contains { $0.contains(".kolo") })
        #expect(files.contains("CNAME"))
        guard case .output? = FolderMark.read(site.output.path) else {
            Issue.record("the output carries no mark")
            return
        }
    }

    @Test func onlyDeadTemporaryFoldersOfTheSameOutputAreRemoved() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let output = site.output.path
        func folder(_ name: String, mark: FolderMark?) throws -> String {
            let path = site.root.path + "/" + name
            try FileManager.default.createDirectory(atPath: path + "/en", withIntermediateDirectories: true)
            try "x".write(toFile: path + "/en/index.html", atomically: true, encoding: .utf8)
            if let mark, let lock = FolderLock.take(path) {
                #expect(mark.write(to: lock.descriptor) == nil)
                lock.release()
            }
            return path
        }
        let dead = try folder("public.kolo-build-dead01", mark: .temporary(output: output))
        let deadOld = try folder("public.kolo-build-dead02-old", mark: .temporary(output: output))
        let unmarked = try folder("public.kolo-build-user01", mark: nil)
        let otherOutput = try folder("public.kolo-build-other1", mark: .temporary(output: site.root.path + "/elsewhere"))
        let finished = try folder("public.kolo-build-output", mark: .output(finishedAt: 0))
        let live = try folder("public.kolo-build-live01", mark: .temporary(output: output))
        let liveLock = try #require(FolderLock.take(live))
        defer { liveLock.release() }
        try await site.build()
        let manager = FileManager.default
        #expect(!manager.fileExists(atPath: dead) && !manager.fileExists(atPath: deadOld))
        for kept in [unmarked, otherOutput, finished, live] { #expect(manager.fileExists(atPath: kept + "/en/index.html"), "\(kept)") }
    }
}
