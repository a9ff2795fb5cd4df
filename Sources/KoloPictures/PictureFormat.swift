/// An encoding Kolo publishes, and the kinds of file it reads.
public enum PictureFormat: String, Sendable, Hashable, CaseIterable {
    case webp, jpeg, png

    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    public var mediaType: String { "image/" + rawValue }
}

/// What a file is by its name: a raster picture Kolo processes, a picture it passes through
/// unchanged (SVG, GIF: vector or animated), or something else.
public enum PictureKind: Sendable, Hashable {
    case raster(expectedLoaders: [String])
    case svg
    case gif

    /// By the file's extension, case-insensitively; nil for anything that is not a picture.
    public static func of(fileName: String) -> PictureKind? {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "jpg", "jpeg": return .raster(expectedLoaders: ["jpegload"])
        case "png": return .raster(expectedLoaders: ["pngload"])
        case "webp": return .raster(expectedLoaders: ["webpload"])
        case "heic", "heif", "avif": return .raster(expectedLoaders: ["heifload"])
        case "svg": return .svg
        case "gif": return .gif
        default: return nil
        }
    }

    /// The name editors know a loader by, for "this file is a PNG image, not a JPEG one".
    static func formatName(ofLoader loader: String) -> String {
        switch loader {
        case "jpegload": return "JPEG"
        case "pngload": return "PNG"
        case "webpload": return "WebP"
        case "heifload": return "HEIC/AVIF"
        case "gifload": return "GIF"
        case "svgload": return "SVG"
        case "tiffload": return "TIFF"
        default: return (loader.hasSuffix("load") ? String(loader.dropLast(4)) : loader).uppercased()
        }
    }
}
