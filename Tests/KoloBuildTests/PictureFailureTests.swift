import Foundation
import KoloFixtures
import Testing

/// A picture Kolo cannot publish fails the build where a page names it, and loses nothing.
@Suite(.serialized)
struct PictureFailureTests {
    static let site = """
    -- site.yaml --
    title: Hub
    baseURL: https://example.org/
    languages:
      - {code: en, name: English, locale: en-GB}
    -- content/en/news/2022-03-01-meeting/index.md --
    ---
    title: Network meeting
    date: 2022-03-01
    image: photo.jpg
    ---
    Text.

    ![Drawing](drawing.svg)
    """

    /// The build's errors once `photo.jpg` (and `drawing.svg`) are the given bytes.
    func errors(photo: Data, svg: String = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>") async throws -> [String] {
        let site = try FixtureSite(Self.site)
        defer { site.cleanUp() }
        let folder = site.root.appendingPathComponent("content/en/news/2022-03-01-meeting")
        try Data(svg.utf8).write(to: folder.appendingPathComponent("drawing.svg"))
        try Data(contentsOf: PictureFixture.folder.appendingPathComponent("rotated.jpg")).write(to: folder.appendingPathComponent("photo.jpg"))
        try await site.build()
        let before = try site.allFiles()
        try photo.write(to: folder.appendingPathComponent("photo.jpg"))
        let errors = await site.buildErrors()
        #expect(try site.allFiles() == before, "a failed build leaves the last good output")
        return errors
    }

    static let where_ = "content/en/news/2022-03-01-meeting/index.md:4:8: error: picture \"photo.jpg\" (content/en/news/2022-03-01-meeting/photo.jpg): "

    @Test func aTruncatedJPEG() async throws {
        let whole = try Data(contentsOf: PictureFixture.folder.appendingPathComponent("rotated.jpg"))
        let errors = try await errors(photo: whole.prefix(whole.count / 2))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(Self.where_) == true, "\(errors)")
        #expect(errors.first?.lowercased().contains("premature end") == true || errors.first?.contains("truncated") == true, "\(errors)")
    }

    @Test func aFileThatIsNoPictureAtAll() async throws {
        let errors = try await errors(photo: Data("these are the meeting notes, not a photo\n".utf8))
        #expect(errors.count == 1 && errors[0].hasPrefix(Self.where_), "\(errors)")
    }

    @Test func aPNGNamedJPEG() async throws {
        let errors = try await errors(photo: try Data(contentsOf: PictureFixture.folder.appendingPathComponent("logo.png")))
        #expect(errors == [Self.where_ + "the file is a PNG image, not the JPEG its name says; save it again or rename it"])
    }

    @Test func aDecompressionBomb() async throws {
        let errors = try await errors(photo: try Data(contentsOf: PictureFixture.folder.appendingPathComponent("bomb.png")))
        // The name says JPEG and the file is a PNG: the bomb is refused on the first count. Named .png:
        #expect(errors.count == 1)
        let site = try FixtureSite(Self.site.replacing("image: photo.jpg", with: "image: bomb.png"))
        defer { site.cleanUp() }
        let folder = site.root.appendingPathComponent("content/en/news/2022-03-01-meeting")
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8).write(to: folder.appendingPathComponent("drawing.svg"))
        try Data(contentsOf: PictureFixture.folder.appendingPathComponent("bomb.png")).write(to: folder.appendingPathComponent("bomb.png"))
        #expect(await site.buildErrors() == [
            "content/en/news/2022-03-01-meeting/index.md:4:8: error: picture \"bomb.png\" (content/en/news/2022-03-01-meeting/bomb.png): the picture is 30000 × 30000 pixels (900 megapixels), more than the limit of 100 megapixels; make it smaller, or raise images: {pixelLimit: …} in site.yaml",
        ])
    }

    /// An iPhone's HEIC that is cut short or is not a HEIC at all: the page, the picture and why.
    @Test func anUnreadableHEIC() async throws {
        let whole = try Data(contentsOf: PictureFixture.folder.appendingPathComponent("photo.heic"))
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        for (bytes, reason) in [(whole.prefix(whole.count / 2), "the picture cannot be read, the file may be damaged or cut short: "),
                                (whole.prefix(300), "the picture cannot be read, the file may be damaged or cut short: "),
                                (noise, "the file is not a picture Kolo can read: its bytes are no JPEG, PNG, WebP, HEIC, AVIF, GIF or SVG")] {
            let site = try FixtureSite(Self.site.replacing("image: photo.jpg", with: "image: photo.heic"))
            defer { site.cleanUp() }
            let folder = site.root.appendingPathComponent("content/en/news/2022-03-01-meeting")
            try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8).write(to: folder.appendingPathComponent("drawing.svg"))
            try whole.write(to: folder.appendingPathComponent("photo.heic"))
            try await site.build()
            let before = try site.allFiles()
            try bytes.write(to: folder.appendingPathComponent("photo.heic"))
            let errors = await site.buildErrors()
            let prefix = "content/en/news/2022-03-01-meeting/index.md:4:8: error: picture \"photo.heic\" (content/en/news/2022-03-01-meeting/photo.heic): "
            #expect(errors.count == 1 && errors[0].hasPrefix(prefix + reason), "\(errors)")
            // The reason is libheif's, without its codes or the file's own path.
            #expect(errors.first.map { !$0.contains("(2.") && !$0.contains("bad seek") && !$0.contains(site.root.path) } == true, "\(errors)")
            #expect(try site.allFiles() == before, "a failed build leaves the last good output")
        }
    }

    @Test func anSVGWithScript() async throws {
        let whole = try Data(contentsOf: PictureFixture.folder.appendingPathComponent("rotated.jpg"))
        for svg in ["<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>"] {
            let site = try FixtureSite(Self.site)
            defer { site.cleanUp() }
            let folder = site.root.appendingPathComponent("content/en/news/2022-03-01-meeting")
            try whole.write(to: folder.appendingPathComponent("photo.jpg"))
            try Data(svg.utf8).write(to: folder.appendingPathComponent("drawing.svg"))
            let found = await site.buildErrors()
            #expect(found.count == 1 && found[0].hasPrefix("content/en/news/2022-03-01-meeting/index.md:8:12: error: picture \"drawing.svg\""), "\(found)")
            #expect(found.first?.contains("script") == true, "\(found)")
        }
    }
}
