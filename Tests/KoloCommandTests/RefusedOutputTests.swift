import Foundation
import Testing

/// The exit statuses and messages of a refused output folder, as CI sees them.
@Suite struct RefusedOutputTests {
    let cli = CommandLineTests()

    @Test func aTypoThatNamesTheSourcesExitsWith64AndDeletesNothing() async throws {
        let root = try cli.site(["content/en/about.md": "---\ntitle: About\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try await cli.run(["build", "--output", "content"], in: root)
        #expect(outcome.status == 64)
        #expect(outcome.errors == "error: refusing to build into content (\(root.resolvingSymlinksInPath().path)/content): it is the site's content folder (content/), and building replaces the output folder with the site; write the site somewhere else, e.g. --output public\n")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/en/about.md").path))
    }

    @Test func aFolderOfSomeoneElsesNeedsForce() async throws {
        let root = try cli.site(["content/en/about.md": "---\ntitle: About\n---\n", "www/docs/report.pdf": "%PDF"])
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try await cli.run(["build", "--output", "www"], in: root)
        #expect(refused.status == 64)
        #expect(refused.errors.hasPrefix("error: refusing to build into www: it holds files Kolo did not write (docs/report.pdf)"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("www/docs/report.pdf").path))
        #expect(try await cli.run(["build", "--output", "www", "--force"], in: root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("www/docs/report.pdf").path))
        #expect(try await cli.run(["build", "--output", "www"], in: root).status == 0)
    }
}
