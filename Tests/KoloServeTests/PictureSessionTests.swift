import Foundation
import KoloBuild
import KoloFixtures
import Testing

/// `kolo serve` with pictures: the cache is used, an edited photo re-renders the pages showing it,
/// and the preview folder stays byte for byte what a full build writes.
@Suite(.serialized)
struct PictureSessionTests {
    static let photo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pictures/rotated.jpg")

    @Test func anEditedPhotoReloadsThePagesShowingIt() async throws {
        var harness = try SessionHarness(oneLanguageSite + "\n" + """
        -- content/en/news/2021-12-17-lyon/index.md --
        ---
        title: Lyon
        date: 2021-12-17
        image: lyon.jpg
        imageAlt: A table
        ---
        Text.
        -- content/en/news/2021-01-01-other.md --
        ---
        title: Other
        date: 2021-01-01
        ---
        No picture.
        """)
        defer { harness.cleanUp() }
        let photo = harness.site.root.appendingPathComponent("content/en/news/2021-12-17-lyon/lyon.jpg")
        try Data(contentsOf: Self.photo).write(to: photo)
        try await harness.rebuild()
        try await harness.expectSameAsFullBuild("the first build")

        // The photo turned upside down: new copies, new names, the item and the list re-rendered.
        let exiftool = try Process.run(URL(fileURLWithPath: "/usr/bin/exiftool"), arguments: ["-q", "-overwrite_original", "-Orientation#=3", photo.path])
        exiftool.waitUntilExit()
        var report = try await harness.rebuild(["content/en/news/2021-12-17-lyon/lyon.jpg"])
        #expect(report.written.contains("en/news/lyon/index.html") && report.written.contains("en/news/index.html"))
        #expect(!report.written.contains("en/news/other/index.html"))
        #expect(report.deleted.contains { $0.hasPrefix("en/news/lyon/lyon.480w.") })
        try await harness.expectSameAsFullBuild("a photo edit")

        // A body naming a published copy's address: not a picture of the site's sources, left as written.
        try harness.site.write("""
        -- content/en/news/2021-01-01-other.md --
        ---
        title: Other
        date: 2021-01-01
        ---
        ![Lyon again](/en/news/lyon/lyon.jpg) is not a picture of this item; [this](../2021-12-17-lyon/index.md) is.
        """)
        report = try await harness.rebuild(["content/en/news/2021-01-01-other.md"])
        #expect(report.scope == .bodies, "the site's pictures did not change: only the body is rendered again")
        try await harness.expectSameAsFullBuild("a body edit")
    }

    @Test func aBodyEditKeepsOrChangesItsPicturesAsAFullBuildWould() async throws {
        func item(_ body: String) -> String {
            "-- content/en/news/2021-12-17-lyon/index.md --\n---\ntitle: Lyon\ndate: 2021-12-17\n---\n" + body
        }
        var harness = try SessionHarness(oneLanguageSite + "\n" + item("![The room](lyon.jpg)\n\nFirst day."))
        defer { harness.cleanUp() }
        let folder = harness.site.root.appendingPathComponent("content/en/news/2021-12-17-lyon")
        try Data(contentsOf: Self.photo).write(to: folder.appendingPathComponent("lyon.jpg"))
        try Data(contentsOf: Self.photo).write(to: folder.appendingPathComponent("room.jpg"))
        try await harness.rebuild()

        // New words around the same picture: the picture step is not run again, the page is.
        try harness.site.write(item("![The room](lyon.jpg)\n\nFirst and second day."))
        var report = try await harness.rebuild(["content/en/news/2021-12-17-lyon/index.md", "content/en/news/2021-12-17-lyon/.index.md.tmp"])
        #expect(report.scope == .bodies)
        #expect(report.written.contains("en/news/lyon/index.html"))
        try await harness.expectSameAsFullBuild("new words around a picture")

        // A second picture of the item's folder named in the body: published like the first.
        try harness.site.write(item("![The room](lyon.jpg)\n\n![The other room](room.jpg)"))
        report = try await harness.rebuild(["content/en/news/2021-12-17-lyon/index.md"])
        let html = String(decoding: try harness.previewFiles()["en/news/lyon/index.html"] ?? Data(), as: UTF8.self)
        #expect(html.contains("room.480w."), "the newly named picture is published with its ladder")
        try await harness.expectSameAsFullBuild("a picture added to the body")

        // A new title and a card picture with its focus: the site is resolved again, the card cropped.
        try harness.site.write("-- content/en/news/2021-12-17-lyon/index.md --\n---\ntitle: Lyon, day two\ndate: 2021-12-17\nimage: room.jpg\nimageFocus: top\n---\n![The room](lyon.jpg)")
        try await harness.rebuild(["content/en/news/2021-12-17-lyon/index.md"])
        try await harness.expectSameAsFullBuild("a title and a card picture")
        // Only the title again: the pictures stay as they are.
        try harness.site.write("-- content/en/news/2021-12-17-lyon/index.md --\n---\ntitle: Lyon, day three\ndate: 2021-12-17\nimage: room.jpg\nimageFocus: top\n---\n![The room](lyon.jpg)")
        try await harness.rebuild(["content/en/news/2021-12-17-lyon/index.md"])
        try await harness.expectSameAsFullBuild("a title edit")
    }
}
