/// How every raster picture is published: the ladder of widths, the largest size, the encoders'
/// quality, the card thumbnail, which metadata survives and how many pixels a file may decode to.
public struct PictureSettings: Sendable, Hashable {
    /// Widths of the ladder, in pixels; none wider than the source (no upscaling).
    public var widths: [Int]
    /// The longest side of any published copy, the original's included.
    public var maxSize: Int
    public var webpQuality: Int
    public var jpegQuality: Int
    /// zlib level, 0–9.
    public var pngCompression: Int
    /// Card thumbnails: these widths at `cardRatio` (width / height), cropped around the subject.
    public var cardWidths: [Int]
    public var cardRatio: Double
    /// EXIF fields that survive (`images: {keep: [copyright, artist]}`); everything else is removed.
    public var keep: [KeptField]
    /// A file that decodes to more pixels than this is refused (a decompression bomb).
    public var pixelLimit: Int

    public enum KeptField: String, Sendable, Hashable, CaseIterable {
        case copyright, artist
    }

    public init(widths: [Int] = [480, 800, 1200, 1600, 2400], maxSize: Int = 2400, webpQuality: Int = 80, jpegQuality: Int = 82,
                pngCompression: Int = 6, cardWidths: [Int] = [400, 800], cardRatio: Double = 16.0 / 9.0,
                keep: [KeptField] = [], pixelLimit: Int = 100_000_000) {
        self.widths = widths
        self.maxSize = maxSize
        self.webpQuality = webpQuality
        self.jpegQuality = jpegQuality
        self.pngCompression = pngCompression
        self.cardWidths = cardWidths
        self.cardRatio = cardRatio
        self.keep = keep
        self.pixelLimit = pixelLimit
    }

    /// Everything that changes the bytes written, as text: part of every cache key.
    var fingerprint: String {
        "w=\(widths.map(String.init).joined(separator: ","));max=\(maxSize);webp=\(webpQuality);jpeg=\(jpegQuality);png=\(pngCompression)"
            + ";logo=\(Self.logoWidths.map(String.init).joined(separator: ","))" + ";card=\(cardWidths.map(String.init).joined(separator: ","))@\(cardRatio);keep=\(keep.map(\.rawValue).joined(separator: ","))"
    }

    /// A logo is shown at most 8rem wide (128 CSS pixels): one copy twice that, sharp on the
    /// screens most readers have. One copy is a bare `src` with no `srcset` (a directory of member
    /// logos stays light: its HTML is within the page budget). Part of every logo's cache key.
    static let logoWidths = [256]

    /// The logo ladder for a logo `width` pixels wide: the logo widths narrower than it, and its
    /// own width when that is below the largest.
    func logoLadder(forWidth width: Int) -> [Int] {
        let largest = min(width, Self.logoWidths[Self.logoWidths.count - 1])
        return Self.logoWidths.filter { $0 < largest } + [largest]
    }

    /// The ladder for a picture `width` pixels wide (after the long-side limit): the configured widths
    /// narrower than it, and the picture's own width (so the largest copy is always there).
    func ladder(forWidth width: Int) -> [Int] {
        (widths.filter { $0 < width } + [width]).sorted()
    }
}

/// Where the card's crop keeps the subject: `imageFocus:` in front matter, else libvips' attention
/// crop finds it.
public enum PictureFocus: String, Sendable, Hashable, CaseIterable {
    case auto, top, bottom, left, right, center
}
