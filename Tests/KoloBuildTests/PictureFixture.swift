import Foundation
import KoloContent
import KoloFixtures

/// Pictures for the picture tests: small files made once (Tests/Fixtures/pictures, see its README)
/// and copied into fixture sites; the published files are read back with exiftool and Kolo's own
/// header reader.
enum PictureFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pictures")

    /// Copies `name` from the fixtures to `path` in the site.
    static func copy(_ name: String, to path: String, in site: FixtureSite) throws {
        let target = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contentsOf: folder.appendingPathComponent(name)).write(to: target)
    }

    /// Every tag exiftool finds, as "Group:Tag" (e.g. "GPS:GPSLatitude", "IFD0:Make", "XMP-dc:Subject").
    static func metadata(_ url: URL) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/exiftool")
        process.arguments = ["-j", "-a", "-G1", "-s", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]], let tags = list.first else { return [:] }
        return tags.mapValues { "\($0)" }
    }

    /// Groups that must never reach a published file (file-system and format facts are fine).
    static func privateTags(_ tags: [String: String]) -> [String] {
        let allowed = ["SourceFile", "ExifTool:", "System:", "File:", "Composite:", "JFIF:", "RIFF:", "PNG:", "PNG-pHYs:"]
        return tags.keys.filter { key in !allowed.contains { key.hasPrefix($0) } }.sorted()
    }

    static func size(_ url: URL) throws -> ImageSize? {
        ImageSize.parse(Array(try Data(contentsOf: url)))
    }

    /// The published raster pictures of an output, by relative path.
    static func rasters(in site: FixtureSite) throws -> [String] {
        try site.allFiles().keys.filter { $0.hasSuffix(".jpg") || $0.hasSuffix(".webp") || $0.hasSuffix(".png") }.sorted()
    }
}
