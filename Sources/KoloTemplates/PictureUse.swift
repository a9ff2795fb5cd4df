import KoloPictures

/// A picture as a page names it: a site path (`/images/lyon.jpg`, the same on every page) or a
/// name relative to the page's item folder (`lyon.jpg`, which depends on the page).
public struct PictureUse: Sendable, Hashable {
    /// The page whose item folder a relative name is looked up in; nil for a site path.
    public var pageID: String?
    public var written: String

    public init(written: String, on pageID: String) {
        self.written = written
        self.pageID = written.hasPrefix("/") ? nil : pageID
    }
}

/// Every picture the site's pages name, as published.
public typealias PictureCatalog = [PictureUse: PublishedPicture]
