import KoloFixtures
import Foundation
import Glibc
import Testing

/// Broken and hostile sources, one case each: a clear error at the right place, or a correct build —
/// never a crash, a hang, or a file written outside the output folder. docs/publishing.md lists them.
@Suite(.serialized)
struct HostileInputTests {
    static let site = oneLanguageSite

    /// The one-language site with `files` added.
    func site(_ files: String = "") throws -> FixtureSite {
        try FixtureSite(Self.site + "\n" + files)
    }

    /// The one-language site with one content file of exactly these bytes.
    func site(bytes: [UInt8], at path: String = "content/en/a.md") throws -> FixtureSite {
        let site = try site()
        try site.writeBytes(bytes, to: path)
        return site
    }

    // MARK: Encodings and line ends

    @Test func invalidUTF8IsAnErrorAtTheFirstBadByte() async throws {
        let site = try site(bytes: Array("---\ntitle: A\n---\nbad ".utf8) + [0xFF, 0xFE] + Array(" here\n".utf8))
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a.md:4:5: error: the file is not valid UTF-8 text; save it as UTF-8"])
    }

    @Test func aByteOrderMarkIsIgnored() async throws {
        let site = try site(bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: Marked\n---\nText.\n".utf8))
        defer { site.cleanUp() }
        try await site.build()
        #expect(try site.read("en/a/index.html").contains("<h1>Marked</h1>"))
    }

    @Test func crlfLineEndsAreRead() async throws {
        let site = try site(bytes: Array("---\r\ntitle: Windows\r\ntags: [x]\r\n---\r\nOne\r\ntwo.\r\n".utf8))
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("en/a/index.html")
        #expect(page.contains("<h1>Windows</h1>"))
        #expect(page.contains("<p>One\ntwo.</p>"))
        #expect(!page.contains("\r"))
    }

    @Test func nulBytesAreAnError() async throws {
        let site = try site(bytes: Array("---\ntitle: A\n---\nx".utf8) + [0] + Array("y\n".utf8))
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a.md:4:2: error: the file contains a NUL byte; it looks like a binary file, not Markdown text"])
    }

    @Test func aBinaryFileNamedMarkdownIsAnError() async throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let site = try site(bytes: png, at: "content/en/photo.md")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/photo.md:3:1: error: the file contains a NUL byte; it looks like a binary file, not Markdown text"])
    }

    @Test func anEmptyFileNeedsATitle() async throws {
        let site = try site(bytes: [])
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a.md:1:1: error: a page needs 'title'"])
    }

    @Test func aFiftyMegabyteFileIsRefusedWithoutReadingIt() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let path = site.root.appendingPathComponent("content/en/huge.md").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(descriptor, 50 << 20) == 0)
        close(descriptor)
        #expect(await site.buildErrors() == ["content/en/huge.md:1:1: error: the file is 50 MiB; files over 16 MiB are refused (is it really a text file?)"])
    }

    // MARK: Front matter

    @Test func tabsInYAMLAreAnError() async throws {
        let site = try site(bytes: Array("---\ntitle: A\ntags:\n\t- youth\n---\n".utf8))
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == [
            "content/en/a.md:4:1: error: invalid YAML: found character that cannot start any token (while scanning for the next token); YAML does not allow tabs for indentation — use spaces",
        ])
    }

    @Test func frontMatterThatNeverClosesIsAnError() async throws {
        let site = try site("-- content/en/a.md --\n---\ntitle: A\nText that was meant as the body.")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == [
            "content/en/a.md:1:1: error: front matter starts with '---' here but is never closed: add a line '---' after the last key",
        ])
    }

    @Test func frontMatterThatIsAListIsAnError() async throws {
        let site = try site("-- content/en/a.md --\n---\n- title\n- A\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == [
            "content/en/a.md:2:1: error: front matter must be a mapping of keys to values (like 'title: ...'), but it is a list",
        ])
    }

    @Test func frontMatterThatIsAScalarIsAnError() async throws {
        let site = try site("-- content/en/a.md --\n---\nJust a sentence\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == [
            "content/en/a.md:2:1: error: front matter must be a mapping of keys to values (like 'title: ...'), but it is text",
        ])
    }

    @Test func aDuplicateKeyPointsAtItsSecondOccurrence() async throws {
        let site = try site("-- content/en/a.md --\n---\ntitle: A\ndescription: D\ntitle: B\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a.md:4:1: error: duplicate key 'title': each key may appear only once"])
    }

    // MARK: Things that are not files

    @Test func aFolderNamedMarkdownIsAnError() async throws {
        let site = try site()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/en/x.md"), withIntermediateDirectories: true)
        #expect(await site.buildErrors() == ["content/en/x.md:1:1: error: \"x.md\" is a folder, not a Markdown file; rename it"])
    }

    @Test func aFIFONamedMarkdownIsAnErrorAndNeverOpened() async throws {
        let site = try site()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/en"), withIntermediateDirectories: true)
        #expect(mkfifo(site.root.appendingPathComponent("content/en/x.md").path, 0o644) == 0)
        #expect(await site.buildErrors() == ["content/en/x.md:1:1: error: \"x.md\" is a named pipe (FIFO), not a Markdown file"])
    }

    @Test func aSymbolicLinkToItselfIsAnError() async throws {
        let site = try site()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/en"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/en/x.md").path, withDestinationPath: "x.md")
        #expect(await site.buildErrors() == [
            "content/en/x.md:1:1: error: \"x.md\" cannot be read: it is a symbolic link that points back to itself (a loop)",
        ])
    }

    @Test func aFolderLinkLoopIsWalkedOnce() async throws {
        let site = try site("-- content/en/team/people.md --\n---\ntitle: People\n---\n")
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/en/team/again").path, withDestinationPath: "..")
        #expect(await site.buildErrors() == [
            "content/en/team/again:1:1: error: this folder is reached again through a symbolic link (a loop); it is skipped",
        ])
    }

    // MARK: Names, slugs and paths

    @Test func slugsThatLookLikePathsBecomePlainSegments() async throws {
        let site = try site("""
        -- content/en/a.md --
        ---
        title: A
        slug: /etc/passwd
        ---
        -- content/en/b.md --
        ---
        title: B
        slug: "\\u0007\\u001B[31mred"
        ---
        -- content/en/news/2020-01-01-c.md --
        ---
        title: C
        date: 2020-01-01
        slug: ../../../../../../tmp/kolo-hostile
        tags: ["../../escape", "a/b"]
        ---
        """)
        defer { site.cleanUp() }
        try await site.build()
        let files = try site.allFiles().keys.filter { $0.hasPrefix("en/") && $0.hasSuffix("index.html") }
        #expect(Set(files).isSuperset(of: ["en/etc-passwd/index.html", "en/31mred/index.html", "en/news/tmp-kolo-hostile/index.html",
                                            "en/tags/escape/index.html", "en/tags/a-b/index.html"]))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/kolo-hostile"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("escape").path))
    }

    @Test func aSlugOfOnlyPunctuationIsAnError() async throws {
        let site = try site("-- content/en/a.md --\n---\ntitle: A\nslug: \"?!…\"\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a.md:3:7: error: 'slug' \"?!…\" has no letters or digits to make a URL from"])
    }

    @Test func aFileNameOfOnlyPunctuationIsAnError() async throws {
        let site = try site("-- content/en/!!!.md --\n---\ntitle: Shout\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == [
            "content/en/!!!.md:1:1: error: the file name \"!!!.md\" has no letters or digits to make a URL from; rename it or set 'slug'",
        ])
    }

    @Test func aFileNameWithAControlCharacterIsRefusedAndPrintedSafely() async throws {
        let site = try site("-- content/en/a\u{1B}[2Jb.md --\n---\ntitle: A\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a\\u{1B}[2Jb.md:1:1: error: this name contains a control character; rename it"])
    }

    @Test func aFolderNameWithAControlCharacterIsRefused() async throws {
        let site = try site("-- content/en/team\u{7}/a.md --\n---\ntitle: A\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/team\\u{7}:1:1: error: this name contains a control character; rename it"])
    }

    @Test func aFolderNameWithABackslashIsRefused() async throws {
        let site = try site("-- content/en/a\\b/c.md --\n---\ntitle: C\n---\n")
        defer { site.cleanUp() }
        #expect(await site.buildErrors() == ["content/en/a\\b:1:1: error: this name contains a backslash; rename it"])
    }

    // MARK: Script

    @Test func titlesAreEscapedEverywhere() async throws {
        let site = try site("""
        -- content/en/news/2020-01-01-x.md --
        ---
        title: "<script>alert('title')</script> & <img src=x onerror=alert(2)>"
        date: 2020-01-01
        description: "<script>alert('description')</script>"
        ---
        Body.
        """)
        defer { site.cleanUp() }
        try await site.build()
        for (path, data) in try site.allFiles() {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "unescaped script in \(path)")
            #expect(!text.contains("<img src=x"), "unescaped tag in \(path)")
        }
        #expect(try site.read("en/news/x/index.html").contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;"))
    }
}

extension FixtureSite {
    /// Writes exactly these bytes (the `-- path --` form always writes UTF-8 text).
    func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
