import KoloContent
import KoloMustache
import KoloPictures

/// What templates receive for a picture (docs/templates.md, "Pictures").
extension TemplateContexts {
    /// How wide pictures are shown by the default theme's layout, for `sizes`: an item's own
    /// picture spans the text column (46rem at most), a card's a grid cell.
    public static let entrySizes = "(min-width: 48rem) 46rem, 100vw"
    static let cardSizes = "(min-width: 40rem) 20rem, 100vw"
    /// Logos are shown at most 8rem wide (cards, member pages) or 3.5rem high (acknowledgements).
    static let logoSizes = "8rem"

    /// The item's own picture (`image:`, `imageAlt:`, `imageCredit:`).
    func image(_ page: Page) -> TemplateValue? {
        guard let image = scriptFreePicture(page.image) else { return nil }
        var value = pictureObject(image, alt: page.imageAlt ?? "", on: page.id, eager: true, sizes: Self.entrySizes, className: nil)
        if let credit = page.imageCredit, !credit.isEmpty { value["credit"] = .string(credit) }
        return .object(value)
    }

    /// `{url, alt, width, height}`, and for a picture Kolo published `srcset`, `webpSrcset`,
    /// `sizes`, `html` (the whole `<picture>` element) and `card` (the fixed-ratio thumbnail:
    /// `{url, width, height, srcset, webpSrcset, html}`).
    /// - Parameter eager: the picture is the first thing a reader sees (an item's own): no `loading="lazy"`.
    /// - Parameters:
    ///   - sizes: how wide the layout shows it (a logo: its box).
    ///   - className: the `class` of `html`'s `<img>`.
    func picture(_ written: String, alt: String, on pageID: String, eager: Bool = false, sizes: String = entrySizes,
                 className: String? = nil) -> TemplateValue {
        .object(pictureObject(written, alt: alt, on: pageID, eager: eager, sizes: sizes, className: className))
    }

    private func pictureObject(_ written: String, alt: String, on pageID: String, eager: Bool, sizes: String,
                               className: String?) -> TemplateObject {
        guard let published = pictures[PictureUse(written: written, on: pageID)] else {
            return ["url": .string(assetURL(written)), "alt": .string(alt)]
        }
        var value: TemplateObject = ["url": .string(published.src), "alt": .string(alt), "width": .int(published.width),
                                     "height": .int(published.height),
                                     "html": .string(published.html(alt: alt, sizes: sizes, eager: eager, className: className))]
        if let srcset = published.srcset {
            value["srcset"] = .string(srcset)
            value["sizes"] = .string(sizes)
        }
        if let webp = published.webpSrcset { value["webpSrcset"] = .string(webp) }
        if let card = published.card {
            value["card"] = ["url": .string(card.src), "width": .int(card.width), "height": .int(card.height),
                             "srcset": .string(card.srcset), "webpSrcset": .string(card.webpSrcset), "sizes": .string(Self.cardSizes),
                             "html": .string(card.html(alt: alt, sizes: Self.cardSizes, className: "card-image"))]
        }
        return value
    }

    /// `og:image`: the largest JPEG or PNG copy of the item's picture, else the address as written.
    func socialImage(_ page: Page) -> String? {
        guard let image = scriptFreePicture(page.image) else { return nil }
        if let published = pictures[PictureUse(written: image, on: page.id)] { return published.largest }
        return assetURL(image)
    }
}
