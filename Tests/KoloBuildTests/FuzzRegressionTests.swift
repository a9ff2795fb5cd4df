import KoloFixtures
import Foundation
import Testing

/// What the FuzzPage libFuzzer target found (Fuzz/, docs/publishing.md "Fuzzing"), as whole builds.
@Suite(.serialized)
struct FuzzRegressionTests {
    static let site = oneLanguageSite

    static let hostileWebsites = """
    -- content/en/members/a.md --
    ---
    title: A
    kind: organisation
    website: "javascript:alert(1)"
    ---
    -- content/en/members/b.md --
    ---
    title: B
    kind: organisation
    website: " \\tJaVa\\nScRiPt:alert(2)"
    ---
    -- content/en/projects/c.md --
    ---
    title: C
    website: "data:text/html;base64,PHNjcmlwdD4="
    ---
    -- content/en/projects/d.md --
    ---
    title: D
    website: "https://example.org/d/"
    ---
    """

    @Test func aWebsiteThatRunsScriptIsNotLinked() async throws {
        let site = try FixtureSite(Self.site + "\n" + Self.hostileWebsites)
        defer { site.cleanUp() }
        try await site.build()
        for path in ["en/members/a/index.html", "en/members/b/index.html", "en/projects/c/index.html"] {
            let page = try site.read(path)
            #expect(!page.lowercased().contains("script:alert"), "\(path)")
            #expect(!page.contains("data:text/html"), "\(path)")
            #expect(!page.contains("class=\"url\""), "\(path)")
        }
        #expect(try site.read("en/projects/d/index.html").contains("href=\"https://example.org/d/\""))
    }

    @Test func aSiteThatTrustsItsEditorsKeepsEveryWebsite() async throws {
        let site = try FixtureSite(Self.site + "\nmarkdown: {unsafe: true}\n" + Self.hostileWebsites)
        defer { site.cleanUp() }
        try await site.build()
        #expect(try site.read("en/members/a/index.html").contains("href=\"javascript:alert(1)\""))
    }

    /// Fuzz/Crashes/FuzzPage/: each reproducer as the member page it was fuzzed as (and as a
    /// project), built: no link in the output may run script.
    @Test func pipelineReproducersBuildWithoutScriptLinks() async throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/Crashes/FuzzPage")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let site = try FixtureSite(Self.site)
            defer { site.cleanUp() }
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            try site.writeBytes(bytes, to: "content/en/members/forum-16.md")
            try site.writeBytes(bytes, to: "content/en/projects/fusion-lab.md")
            guard (try? await site.build()) != nil else { continue }
            for (path, data) in try site.allFiles() where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self).lowercased()
                #expect(!html.contains("href=\"javascript:") && !html.contains("href=\"vbscript:") && !html.contains("href=\"data:"),
                        "\(name): \(path)")
            }
        }
    }
}
