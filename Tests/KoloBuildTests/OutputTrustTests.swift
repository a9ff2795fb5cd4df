import KoloFixtures
import Foundation
import Testing

/// What CI relies on when it publishes unattended: a failed build publishes nothing new, the same
/// sources give the same bytes wherever and whenever they are built, and the output folder can never
/// be the sources.
@Suite(.serialized)
struct OutputTrustTests {
    @Test func aFailureWhileWritingLeavesThePreviousOutputAndNoTemporaryFolder() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        try await site.build()
        let before = try site.allFiles()
        // A theme without page templates fails only once the output folder is being written.
        try site.write("""
        -- themes/bare/templates/home.mustache --
        <p>home</p>
        """)
        let config = site.root.appendingPathComponent("site.yaml")
        try (try String(contentsOf: config, encoding: .utf8) + "theme: bare\n").write(to: config, atomically: true, encoding: .utf8)
        let errors = await site.buildErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("error: the theme has no template for ") == true)
        #expect(try site.allFiles() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".kolo-") }
        #expect(leftovers.isEmpty)
    }

    @Test func theSameSourcesInAnotherFolderAtAnotherTimeGiveTheSameBytes() async throws {
        let first = try FixtureSite(twoLanguageSite)
        let second = try FixtureSite(twoLanguageSite)
        defer { first.cleanUp(); second.cleanUp() }
        // Files changed at another time must not change the output either.
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for file in ["content/en/news/2016-07-22-fusion-lab.md", "content/mk/projects/fusion-lab.md"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: second.root.appendingPathComponent(file).path)
        }
        try await first.build()
        try await second.build()
        let a = try first.allFiles(), b = try second.allFiles()
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where b[path] != bytes { Issue.record("\(path) differs between the two folders") }
        #expect(!a.values.contains { String(decoding: $0, as: UTF8.self).contains(first.root.path) })
    }

    @Test func outputMayNotBeALinkToTheSourceFolder() async throws {
        let site = try FixtureSite(twoLanguageSite)
        defer { site.cleanUp() }
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: site.root.path)
        defer { try? FileManager.default.removeItem(at: link) }
        do {
            try await site.build(output: link.path)
            Issue.record("building into a link to the sources should fail")
        } catch {
            #expect(error.diagnostics.map(\.message) == [
                "refusing to build into \(link.path) (\(site.root.resolvingSymlinksInPath().path)): it is the site's folder, and building replaces the output folder with the site; write the site somewhere else, e.g. --output \(site.output.resolvingSymlinksInPath().path)",
            ])
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/en/about.md").path))
    }
}
