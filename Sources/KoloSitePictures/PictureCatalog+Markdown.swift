import KoloContent
import KoloMarkdown
import KoloPictures
import KoloTemplates

extension PictureCatalog {
    /// Writes a page's Markdown pictures (`![alt](lyon.jpg)`) that the site publishes as `<picture>`
    /// with their ladder and size. The first picture of a page with no picture of its own (`image:`)
    /// is the first thing a reader sees: it loads at once, the others lazily.
    public func markdownWriter(for page: Page) -> PictureWriter {
        let pictures = self
        let hasOwnPicture = page.image != nil
        let id = page.id
        return { destination, alt, title, ordinal in
            guard let picture = pictures[PictureUse(written: destination, on: id)] else { return nil }
            return picture.html(escapedAlt: alt, sizes: TemplateContexts.entrySizes, eager: ordinal == 0 && !hasOwnPicture, title: title)
        }
    }

    /// What the page's Markdown pictures are published as, in the order of `links`: a cached body
    /// stays valid while this is the same.
    public func published(_ links: [(written: String, rewritten: String?)], on page: Page) -> [PublishedPicture?] {
        links.map { self[PictureUse(written: $0.written, on: page.id)] }
    }
}
