import KoloDiagnostics

/// `images:` in site.yaml: how pictures are published. Every key is optional.
public struct ImagesConfig: Sendable, Hashable {
    public var widths: [Int] = [480, 800, 1200, 1600, 2400]
    /// The longest side of any published copy, the original's included.
    public var maxSize = 2400
    public var webpQuality = 80
    public var jpegQuality = 82
    /// zlib level 0–9.
    public var pngCompression = 6
    /// EXIF fields kept in published files ("copyright", "artist"); everything else is removed.
    public var keep: [String] = []
    /// Files that decode to more pixels than this are refused.
    public var pixelLimit = 100_000_000
    /// Where processed pictures are kept between builds, relative to the site folder.
    public var cache = ".kolo-cache"

    public init() {}
}

extension SiteConfig {
    static let keptImageFields = ["copyright", "artist"]

    static func readImages(_ reader: inout YAMLReader) -> ImagesConfig {
        var config = ImagesConfig()
        guard let node = reader.node("images"), !node.isNull else { return config }
        var entry = YAMLReader(document: reader.document, node: node, what: "'images'")
        defer { reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics) }
        func positive(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = entry.int(key) else { return nil }
            guard range.contains(value) else {
                entry.diagnostics.error(.config, at: entry.location(key), "'images.\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
                return nil
            }
            return value
        }
        if entry.node("widths") != nil {
            let widths = entry.strings("widths").compactMap { text -> Int? in
                guard let width = Int(text.value), (16...10_000).contains(width) else {
                    entry.diagnostics.error(.config, at: text.location, "'images.widths' lists widths in pixels (16 to 10000), not \"\(text.value)\"")
                    return nil
                }
                return width
            }
            if !widths.isEmpty { config.widths = Array(Set(widths)).sorted() }
        }
        config.maxSize = positive("maxSize", 16...20_000) ?? config.maxSize
        config.pixelLimit = positive("pixelLimit", 1...2_000_000_000) ?? config.pixelLimit
        if let node = entry.node("quality"), !node.isNull {
            var quality = YAMLReader(document: entry.document, node: node, what: "'images.quality'")
            for (key, range) in [("webp", 1...100), ("jpeg", 1...100), ("png", 0...9)] {
                guard let value = quality.int(key) else { continue }
                guard range.contains(value) else {
                    quality.diagnostics.error(.config, at: quality.location(key), "'images.quality.\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
                    continue
                }
                switch key {
                case "webp": config.webpQuality = value
                case "jpeg": config.jpegQuality = value
                default: config.pngCompression = value
                }
            }
            entry.diagnostics.append(contentsOf: quality.diagnostics.diagnostics)
        }
        for field in entry.strings("keep") {
            guard keptImageFields.contains(field.value) else {
                entry.diagnostics.error(.config, at: field.location, "'images.keep' may name \(keptImageFields.map { "'\($0)'" }.joined(separator: " and ")), not \"\(field.value)\"; every other field is always removed")
                continue
            }
            if !config.keep.contains(field.value) { config.keep.append(field.value) }
        }
        if let cache = entry.string("cache") {
            if cache.isEmpty || cache.split(separator: "/").contains("..") {
                entry.diagnostics.error(.config, at: entry.location("cache"), "'images.cache' must be a folder inside the site, such as .kolo-cache")
            } else {
                config.cache = cache
            }
        }
        return config
    }
}
