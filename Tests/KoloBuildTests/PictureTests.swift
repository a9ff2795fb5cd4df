import Foundation
import KoloBuild
import KoloFixtures
import Testing

/// Pictures as readers get them: resized, oriented, stripped, named by content, cached.
@Suite(.serialized)
struct PictureTests {
    static let site = """
    -- site.yaml --
    title: Hub
    baseURL: https://example.org/
    defaultLanguage: en
    languages:
      - {code: en, name: English, locale: en-GB}
      - {code: mk, name: Македонски, locale: mk-MK}
    images: {widths: [480, 800, 1200]}
    -- content/en/news/2021-12-17-lyon/index.md --
    ---
    title: Training in Lyon
    date: 2021-12-17
    image: rotated.jpg
    imageAlt: Participants around a table
    imageCredit: Ana Petrova
    ---
    The first day.

    ![The room in the afternoon](rotated.jpg "Afternoon")
    -- content/en/news/2021-12-17-lyon/report.txt --
    The report.
    -- content/mk/news/2021-12-17-lyon/index.md --
    ---
    title: Обука во Лион
    ---
    Првиот ден.
    -- content/en/members/forum.md --
    ---
    title: Forum
    logo: /images/logo.png
    ---
    """

    static func make() throws -> FixtureSite {
        let site = try FixtureSite(Self.site)
        try PictureFixture.copy("rotated.jpg", to: "content/en/news/2021-12-17-lyon/rotated.jpg", in: site)
        try PictureFixture.copy("logo.png", to: "static/images/logo.png", in: site)
        return site
    }

    @Test func noPublishedPictureKeepsLocationCameraOrPeople() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        let rasters = try PictureFixture.rasters(in: site)
        #expect(rasters.count > 10)
        for path in rasters {
            let tags = try PictureFixture.metadata(site.output.appendingPathComponent(path))
            #expect(PictureFixture.privateTags(tags) == [], "\(path)")
        }
        // The source really had them, so the test would see them.
        let source = try PictureFixture.metadata(site.root.appendingPathComponent("content/en/news/2021-12-17-lyon/rotated.jpg"))
        #expect(source["GPS:GPSLatitude"] != nil && source["IFD0:Make"] != nil && source["XMP-iptcExt:PersonInImage"] != nil)
    }

    @Test func orientationIsAppliedAndNothingIsUpscaled() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        let ladder = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("en/news/lyon/rotated.") && !$0.contains(".card") }
        var widths: [String: Set<Int>] = [:]
        for path in ladder {
            let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(path)))
            // Stored 1200 × 900 and tagged "rotate 90": published portrait, 3 : 4.
            #expect(size.height > size.width, "\(path)")
            #expect(abs(size.height * 3 - size.width * 4) <= 4, "\(path)")
            widths[String(path.split(separator: ".").last!), default: []].insert(size.width)
            #expect(path.contains(".\(size.width)w."), "\(path)")
        }
        // 480 and 800 from the ladder, 900 (its own width); 1200 would be an upscale.
        #expect(widths == ["webp": [480, 800, 900], "jpg": [480, 800, 900]])
        let cards = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("en/news/lyon/rotated.card") }
        for path in cards {
            let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(path)))
            #expect([400, 800].contains(size.width) && size.height == size.width * 9 / 16, "\(path)")
        }
        #expect(cards.count == 4)
    }

    @Test func everyImgSaysTheSizeOfTheFileItNames() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        var checked = 0
        for page in ["en/news/lyon/index.html", "en/news/index.html", "en/members/forum/index.html", "mk/news/lyon/index.html"] {
            let html = try site.read(page)
            for tag in html.matches(of: /<img [^>]*>/).map({ String($0.output) }) {
                guard let src = attribute("src", of: tag), src.hasPrefix("/") else { continue }
                let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(String(src.dropFirst()))), "\(src)")
                #expect(attribute("width", of: tag) == "\(size.width)" && attribute("height", of: tag) == "\(size.height)", "\(tag)")
                for candidate in (attribute("srcset", of: tag) ?? "").split(separator: ", ") {
                    let parts = candidate.split(separator: " ")
                    let file = try #require(try PictureFixture.size(site.output.appendingPathComponent(String(parts[0].dropFirst()))))
                    #expect(parts[1] == "\(file.width)w")
                }
                checked += 1
            }
        }
        #expect(checked >= 5)
    }

    @Test func pagesWriteResponsivePicturesWithAltCreditAndLaziness() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        let page = try site.read("en/news/lyon/index.html")
        // The item's own picture: eager, with its credit. The Markdown one: lazy, with alt and title.
        #expect(page.contains(#"<source type="image/webp" srcset="/en/news/lyon/rotated.480w."#))
        #expect(page.contains(#"alt="Participants around a table" decoding="async" fetchpriority="high">"#))
        #expect(page.contains("Ana Petrova</figcaption>"))
        #expect(page.contains(#"alt="The room in the afternoon" title="Afternoon" loading="lazy" decoding="async">"#))
        #expect(!page.contains("rotated.jpg\""))
        // The translation has no image of its own: it shows the original's, from the original's folder.
        let translation = try site.read("mk/news/lyon/index.html")
        #expect(translation.contains(#"srcset="/en/news/lyon/rotated.480w."#))
        // Cards show the fixed-ratio thumbnail; the item folder's other file is published beside the page.
        #expect(try site.read("en/news/index.html").contains(#"<img src="/en/news/lyon/rotated.card400."#))
        #expect(try site.read("en/news/lyon/report.txt") == "The report.\n")
        // The static logo keeps its address, as a stripped copy, with transparency (PNG).
        let logo = try #require(try PictureFixture.size(site.output.appendingPathComponent("images/logo.png")))
        #expect(logo.width == 600)
        #expect(try site.read("en/members/forum/index.html").contains(#"class="entry-logo""#))
    }

    @Test func picturesInTableCellsAndFootnotesArePublishedLikeAnyOther() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try site.write("""
        -- content/en/news/2021-12-17-lyon/index.md --
        ---
        title: Training in Lyon
        date: 2021-12-17
        ---
        The first day.[^room]

        | Session | Photo |
        |---|---|
        | Afternoon | ![The room in the afternoon](rotated.jpg) |

        [^room]: The room: ![The room seen from the door](rotated.jpg "From the door")
        """)
        try await site.build()
        let page = try site.read("en/news/lyon/index.html")
        let cell = try #require(page.firstMatch(of: /<td>Afternoon<\/td>\s*<td>([\s\S]*?)<\/td>/))
        #expect(cell.1.contains(#"<source type="image/webp" srcset="/en/news/lyon/rotated.480w."#), "\(cell.1)")
        // The page has no picture of its own: the table's picture, the first, loads at once.
        #expect(cell.1.contains(#"alt="The room in the afternoon" decoding="async" fetchpriority="high">"#), "\(cell.1)")
        let note = try #require(page.firstMatch(of: /<section class="footnotes"[\s\S]*?<\/section>/))
        #expect(note.0.contains(#"srcset="/en/news/lyon/rotated.480w."#), "\(note.0)")
        #expect(note.0.contains(#"alt="The room seen from the door" title="From the door" loading="lazy" decoding="async">"#), "\(note.0)")
        #expect(note.0.contains("class=\"footnote-backref\""))
        #expect(!page.contains("rotated.jpg\""))
    }

    /// A logo is shown 8rem wide at most: one 256-px copy per format (a bare `src`), no card; its own
    /// address keeps the whole (stripped) logo. A picture also shown as a photo keeps the photos' ladder.
    @Test func aLogoGetsTheSmallLogoLadder() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        let copies = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("images/logo.") && $0 != "images/logo.png" }
        var widths: [String: [Int]] = [:]
        for path in copies {
            let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(path)))
            widths[String(path.split(separator: ".").last!), default: []].append(size.width)
        }
        #expect(widths == ["webp": [256], "png": [256]], "\(copies)")
        let tag = try #require(try site.read("en/members/forum/index.html").firstMatch(of: /<img [^>]*class="entry-logo"[^>]*>/).map { String($0.output) })
        #expect(attribute("src", of: tag)?.contains("logo.256w.") == true && attribute("srcset", of: tag) == nil, "\(tag)")
        #expect(try PictureFixture.size(site.output.appendingPathComponent("images/logo.png"))?.width == 600)

        // The same file as an item's picture too: the photos' ladder, for both.
        try site.write("""
        -- content/en/news/2021-01-01-forum.md --
        ---
        title: Forum joins
        date: 2021-01-01
        image: /images/logo.png
        imageAlt: The forum's logo
        ---
        """)
        try await site.build()
        let photoLadder = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("images/logo.") }
        #expect(photoLadder.contains { $0.contains(".480w.") } && photoLadder.contains { $0.contains(".card400.") } && !photoLadder.contains { $0.contains(".256w.") })
    }

    @Test func aSecondBuildTakesEverythingFromTheCacheAndWritesTheSameBytes() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        let cold = try await site.build()
        #expect(cold.pictures.processed == 2 && cold.pictures.fromCache == 0)
        let first = try site.allFiles()
        let warm = try await site.build()
        #expect(warm.pictures.processed == 0 && warm.pictures.fromCache == 2)
        #expect(try site.allFiles() == first)
        // Without the cache, the encoders make the same bytes again.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".kolo-cache"))
        let again = try await site.build()
        #expect(again.pictures.processed == 2)
        #expect(try site.allFiles() == first)
    }

    @Test func aChangedPhotoGetsNewNames() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try await site.build()
        let ladder = { try PictureFixture.rasters(in: site).filter { $0.hasPrefix("en/news/lyon/rotated.") } }
        let before = try ladder()
        // The same pixels, turned the other way: every copy differs, so every name does.
        let photo = site.root.appendingPathComponent("content/en/news/2021-12-17-lyon/rotated.jpg")
        let exiftool = try Process.run(URL(fileURLWithPath: "/usr/bin/exiftool"), arguments: ["-q", "-overwrite_original", "-Orientation#=3", photo.path])
        exiftool.waitUntilExit()
        let report = try await site.build()
        #expect(report.pictures.processed == 1 && report.pictures.fromCache == 1)
        let after = try ladder()
        #expect(before.count == after.count && Set(before).isDisjoint(with: after))
        #expect(try site.read("en/news/lyon/index.html").contains(after.first { $0.hasSuffix(".webp") }!.split(separator: "/").last!))
    }

    /// An iPhone's HEIC is published as WebP and JPEG (browsers do not all show HEIC), oriented and
    /// stripped, never under its own name.
    @Test func aHEICPhotoIsPublishedAsWebPAndJPEG() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try site.remove("content/en/news/2021-12-17-lyon/rotated.jpg")
        try PictureFixture.copy("photo.heic", to: "content/en/news/2021-12-17-lyon/rotated.heic", in: site)
        let source = try PictureFixture.metadata(site.root.appendingPathComponent("content/en/news/2021-12-17-lyon/rotated.heic"))
        #expect(source["GPS:GPSLatitude"] != nil && source["IFD0:Make"] != nil, "the source really has them")
        try site.write("""
        -- content/en/news/2021-12-17-lyon/index.md --
        ---
        title: Training in Lyon
        date: 2021-12-17
        image: rotated.heic
        imageAlt: Participants around a table
        ---
        The first day.
        """)
        try await site.build()
        let published = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("en/news/lyon/rotated.") }
        #expect(Set(published.map { String($0.split(separator: ".").last!) }) == ["webp", "jpg"], "\(published)")
        #expect(!site.exists("en/news/lyon/rotated.heic"))
        for path in published {
            #expect(PictureFixture.privateTags(try PictureFixture.metadata(site.output.appendingPathComponent(path))) == [], "\(path)")
            let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(path)))
            #expect(path.contains(".card") || (size.width == 300 && size.height == 400), "\(path): \(size)")
        }
        let html = try site.read("en/news/lyon/index.html")
        #expect(html.contains("rotated.300w.") && html.contains(#"width="300" height="400""#))
    }

    @Test func aSiteMayKeepCopyrightAndArtistAndNothingElse() async throws {
        let site = try Self.make()
        defer { site.cleanUp() }
        try site.write("""
        -- site.yaml --
        title: Hub
        baseURL: https://example.org/
        languages:
          - {code: en, name: English, locale: en-GB}
        images: {keep: [copyright, artist], maxSize: 600}
        """)
        try site.remove("content/mk")
        try await site.build()
        let published = try PictureFixture.rasters(in: site).filter { $0.hasPrefix("en/news/lyon/rotated.") }
        for path in published {
            let tags = try PictureFixture.metadata(site.output.appendingPathComponent(path))
            #expect(tags["IFD0:Artist"] == "Ana Petrova", "\(path)")
            #expect(tags["IFD0:Copyright"] == "CC BY 4.0 Ana Petrova", "\(path)")
            #expect(tags.keys.filter { $0.hasPrefix("GPS") || $0.hasPrefix("XMP") || $0 == "IFD0:Make" || $0.contains("Serial") }.isEmpty, "\(path)")
            let size = try #require(try PictureFixture.size(site.output.appendingPathComponent(path)))
            #expect(max(size.width, size.height) <= 600)
        }
    }
}

/// The value of `name="…"` in one tag.
func attribute(_ name: String, of tag: String) -> String? {
    guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
    return String(tag[start.upperBound...].prefix { $0 != "\"" })
}
