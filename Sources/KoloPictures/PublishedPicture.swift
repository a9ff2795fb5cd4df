import KoloText

/// A picture as pages show it: the addresses of its published copies and its size. Raster pictures
/// have a ladder (`srcset`) in WebP and a fallback format, and a card; SVG and GIF only `src`.
public struct PublishedPicture: Sendable, Hashable {
    /// The fallback copy a browser shows without `srcset` (the ladder's 800 px, or the largest
    /// below it), and that copy's size in pixels.
    public var src: String
    public var width: Int
    public var height: Int
    /// "a.480w.x.jpg 480w, a.800w.y.jpg 800w, …": the fallback ladder, and the same in WebP.
    public var srcset: String?
    public var webpSrcset: String?
    /// The largest fallback copy (for `og:image`, which wants a JPEG or PNG).
    public var largest: String
    public var card: PublishedCard?

    public init(src: String, width: Int, height: Int, srcset: String? = nil, webpSrcset: String? = nil, largest: String? = nil,
                card: PublishedCard? = nil) {
        self.src = src
        self.width = width
        self.height = height
        self.srcset = srcset
        self.webpSrcset = webpSrcset
        self.largest = largest ?? src
        self.card = card
    }

    /// `<picture>` with a WebP `<source>` and an `<img>` carrying the fallback ladder, or a plain
    /// `<img>` for a picture that has no ladder. `alt` is plain text (escaped here).
    /// - Parameters:
    ///   - sizes: the `sizes` attribute: how wide the picture is shown.
    ///   - eager: the first picture above the fold loads at once; the others wait (`loading="lazy"`).
    public func html(alt: String, sizes: String, eager: Bool = false, className: String? = nil, title: String? = nil) -> String {
        Self.markup(src: src, width: width, height: height, srcset: srcset, webpSrcset: webpSrcset, sizes: sizes,
                    alt: MarkupEscaping.html(alt), eager: eager, className: className, title: title)
    }

    /// The same with `alt` already escaped (Markdown's writer escapes alt text as it goes).
    public func html(escapedAlt: String, sizes: String, eager: Bool, title: String?) -> String {
        Self.markup(src: src, width: width, height: height, srcset: srcset, webpSrcset: webpSrcset, sizes: sizes,
                    alt: escapedAlt, eager: eager, className: nil, title: title)
    }

    static func markup(src: String, width: Int, height: Int, srcset: String?, webpSrcset: String?, sizes: String, alt: String,
                       eager: Bool, className: String?, title: String?) -> String {
        let escape = MarkupEscaping.html
        var img = "<img src=\"\(escape(src))\""
        if let srcset { img += " srcset=\"\(escape(srcset))\" sizes=\"\(escape(sizes))\"" }
        img += " width=\"\(width)\" height=\"\(height)\" alt=\"\(alt)\""
        if let title { img += " title=\"\(escape(title))\"" }
        if let className { img += " class=\"\(escape(className))\"" }
        img += eager ? " decoding=\"async\" fetchpriority=\"high\">" : " loading=\"lazy\" decoding=\"async\">"
        guard let webpSrcset else { return img }
        // A ladder of one (a small logo) is a bare address, which needs no `sizes`.
        let webpSizes = srcset == nil ? "" : " sizes=\"\(escape(sizes))\""
        return "<picture><source type=\"image/webp\" srcset=\"\(escape(webpSrcset))\"\(webpSizes)>\(img)</picture>"
    }
}

/// A card's fixed-ratio thumbnail, cropped around the subject.
public struct PublishedCard: Sendable, Hashable {
    public var src: String
    public var width: Int
    public var height: Int
    public var srcset: String
    public var webpSrcset: String

    public func html(alt: String, sizes: String, className: String? = nil) -> String {
        PublishedPicture.markup(src: src, width: width, height: height, srcset: srcset, webpSrcset: webpSrcset, sizes: sizes,
                                alt: MarkupEscaping.html(alt), eager: false, className: className, title: nil)
    }
}

extension ProcessedPicture {
    /// Where each copy is published: `<folder>/<stem>.<width>w.<digest8>.<ext>` for the ladder,
    /// `<stem>.card<width>.<digest8>.<ext>` for cards, and `<folder>/<name>` (the source's own name)
    /// for the source-format copy when `keepName` is given. Paths are relative to the output folder.
    public func publishedFiles(folder: String, stem: String, keepName: String?) -> [(path: String, copy: Copy)] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var files: [(path: String, copy: Copy)] = []
        for copy in copies where copy.role != .original {
            files.append((prefix + Self.fileName(of: copy, stem: stem), copy))
        }
        if let keepName, let original = originalCopy { files.append((prefix + keepName, original)) }
        return files
    }

    static func fileName(of copy: Copy, stem: String) -> String {
        let label = copy.role == .card ? "card\(copy.width)" : "\(copy.width)w"
        return "\(stem).\(label).\(copy.digest.prefix(8)).\(copy.format.fileExtension)"
    }

    /// The addresses pages use, under `urlPrefix` (the folder's URL, ending in "/").
    public func published(urlPrefix: String, stem: String, shownWidth: Int = 800) -> PublishedPicture {
        func url(_ copy: Copy) -> String { urlPrefix + Self.fileName(of: copy, stem: stem) }
        func srcset(_ list: [Copy]) -> String { list.map { "\(url($0)) \($0.width)w" }.joined(separator: ", ") }
        let ladder = copies(.ladder, fallback)
        let webpLadder = copies(.ladder, .webp)
        let shown = ladder.last { $0.width <= shownWidth } ?? ladder[0]
        // A picture smaller than the ladder's first step has one copy per format: `src` says it all,
        // and a `srcset` would only repeat it (a directory of member logos would weigh twice as much).
        let single = ladder.count == 1
        var picture = PublishedPicture(src: url(shown), width: shown.width, height: shown.height, srcset: single ? nil : srcset(ladder),
                                       webpSrcset: single ? webpLadder.first.map(url) : srcset(webpLadder), largest: url(ladder[ladder.count - 1]))
        let cards = copies(.card, fallback)
        if let first = cards.first {
            picture.card = PublishedCard(src: url(first), width: first.width, height: first.height, srcset: srcset(cards),
                                         webpSrcset: srcset(copies(.card, .webp)))
        }
        return picture
    }
}
