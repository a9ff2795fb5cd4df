import Foundation

/// One raster picture to publish: the file, where its card keeps the subject, and whether it is
/// only ever shown as a logo.
public struct PictureJob: Sendable, Hashable {
    /// Absolute path of the source file.
    public var path: String
    public var focus: PictureFocus
    public var kind: Kind

    public enum Kind: String, Sendable, Hashable {
        /// The ladder of widths and the card thumbnails.
        case photo
        /// Only ever a logo (`logo:`, a funder's): the small logo ladder, no cards.
        case logo
    }

    public init(path: String, focus: PictureFocus, kind: Kind = .photo) {
        self.path = path
        self.focus = focus
        self.kind = kind
    }
}

/// What became of one job.
public struct PictureOutcome: Sendable {
    public var job: PictureJob
    public var result: Result<ProcessedPicture, PictureError>
    /// Taken from the cache: nothing was decoded.
    public var fromCache: Bool
    /// The source's digest and stamp, for the next build's `SourceDigests`.
    var digest: String?
    var stamp: SourceDigests.Stamp?
    /// The cache entry the picture is kept under (kept when the cache is pruned).
    public var cacheKey: String?
}

/// Decodes a picture once, at the largest size any copy needs, and derives every copy from those
/// pixels: the ladder in WebP and the fallback format, the card thumbnails, and the source-format copy.
public enum PictureProcessor {
    /// Processes `job` unless the cache has it. Safe to call from several threads at once.
    public static func run(_ job: PictureJob, settings: PictureSettings, cache: PictureCache, digests: SourceDigests) -> PictureOutcome {
        var outcome = PictureOutcome(job: job, result: .failure(PictureError("not processed")), fromCache: false)
        do throws(PictureError) {
            let stamp = SourceDigests.stamp(job.path)
            let digest: String
            if let known = digests.digest(of: job.path) {
                digest = known
            } else {
                guard let data = FileManager.default.contents(atPath: job.path) else { throw PictureError("the file cannot be read") }
                digest = data.withUnsafeBytes { Vips.sha256($0) }
            }
            outcome.digest = digest
            outcome.stamp = stamp
            let key = cacheKey(digest: digest, settings: settings, job: job)
            outcome.cacheKey = key
            if let cached = cache.entry(key) {
                outcome.fromCache = true
                outcome.result = .success(cached)
                return outcome
            }
            let (picture, bytes) = try process(job, settings: settings, sourceBytes: Int(stamp?.size ?? 0))
            try cache.store(picture, key: key, bytes: bytes)
            outcome.result = .success(picture)
        } catch {
            outcome.result = .failure(error)
        }
        return outcome
    }

    static func cacheKey(digest: String, settings: PictureSettings, job: PictureJob) -> String {
        let kind = job.kind == .photo ? "" : "|\(job.kind.rawValue)"
        let text = Array("kolo-picture-1|\(digest)|\(settings.fingerprint)|\(job.focus.rawValue)\(kind)".utf8)
        return text.withUnsafeBytes { Vips.sha256($0) }
    }

    /// Checks the file is the picture its name says and not too large, then makes every copy.
    static func process(_ job: PictureJob, settings: PictureSettings, sourceBytes: Int) throws(PictureError) -> (ProcessedPicture, [String: [UInt8]]) {
        let header = try Vips.probe(job.path)
        let name = String(job.path[job.path.index(after: job.path.lastIndex(of: "/") ?? job.path.startIndex)...])
        if case .raster(let expected)? = PictureKind.of(fileName: name), !expected.contains(header.loader) {
            let actual = PictureKind.formatName(ofLoader: header.loader)
            throw PictureError("the file is a \(actual) image, not the \(PictureKind.formatName(ofLoader: expected[0])) its name says; save it again or rename it")
        }
        guard header.width > 0, header.height > 0 else { throw PictureError("the picture has no pixels") }
        let pixels = header.width * header.height
        guard pixels <= settings.pixelLimit else {
            throw PictureError("the picture is \(header.width) × \(header.height) pixels (\(pixels / 1_000_000) megapixels), more than the limit of \(settings.pixelLimit / 1_000_000) megapixels; make it smaller, or raise images: {pixelLimit: …} in site.yaml")
        }
        let decoded = try DecodedPicture.open(job.path, maxSize: settings.maxSize)
        let fallback: PictureFormat = decoded.hasAlpha ? .png : .jpeg
        let sourceFormat: PictureFormat? = switch header.loader {
        case "jpegload": .jpeg
        case "pngload": .png
        case "webpload": .webp
        default: nil
        }
        let exif = ExifBlock.keeping(settings.keep, from: decoded)
        var copies: [ProcessedPicture.Copy] = []
        var bytes: [String: [UInt8]] = [:]
        func add(_ picture: DecodedPicture, role: ProcessedPicture.Copy.Role, format: PictureFormat) throws(PictureError) {
            let quality = switch format {
            case .webp: settings.webpQuality
            case .jpeg: settings.jpegQuality
            case .png: settings.pngCompression
            }
            let encoded = try picture.encoded(as: format, quality: quality, exif: exif)
            let digest = encoded.withUnsafeBytes { Vips.sha256($0) }
            bytes[digest] = encoded
            copies.append(.init(role: role, format: format, width: picture.width, height: picture.height, digest: digest))
        }
        let widths = job.kind == .logo ? settings.logoLadder(forWidth: decoded.width) : settings.ladder(forWidth: decoded.width)
        for width in widths {
            let picture = width == decoded.width ? decoded : try decoded.resized(toWidth: width)
            try add(picture, role: .ladder, format: .webp)
            try add(picture, role: .ladder, format: fallback)
        }
        // The copy under the source's own name (a static picture keeps its address) is the whole
        // picture: made apart when the ladder has no copy that size in that format (a logo's stops at 384 px).
        if let sourceFormat, sourceFormat != .webp, sourceFormat != fallback || widths.last != decoded.width {
            try add(decoded, role: .original, format: sourceFormat)
        }
        for (width, height) in job.kind == .logo ? [] : cardSizes(settings, width: decoded.width, height: decoded.height) {
            let card = try decoded.cropped(width: width, height: height, focus: job.focus)
            try add(card, role: .card, format: .webp)
            try add(card, role: .card, format: fallback)
        }
        let picture = ProcessedPicture(width: decoded.width, height: decoded.height, fallback: fallback, sourceFormat: sourceFormat,
                                       copies: copies, sourceBytes: sourceBytes)
        return (picture, bytes)
    }

    /// The card widths at the card ratio that fit inside the picture (none upscaled).
    static func cardSizes(_ settings: PictureSettings, width: Int, height: Int) -> [(Int, Int)] {
        let widest = min(width, Int((Double(height) * settings.cardRatio).rounded(.down)))
        var sizes: [(Int, Int)] = []
        for wanted in settings.cardWidths.sorted() {
            let cardWidth = min(wanted, widest)
            let cardHeight = max(1, Int((Double(cardWidth) / settings.cardRatio).rounded()))
            guard cardWidth > 0, !sizes.contains(where: { $0.0 == cardWidth }) else { continue }
            sizes.append((cardWidth, cardHeight))
        }
        return sizes
    }
}
