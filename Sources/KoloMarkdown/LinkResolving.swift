/// Rewrites a link or image destination as the build sees fit (source-file links to permalinks,
/// site-absolute paths under the base URL's path). Returning nil keeps the destination as written.
public typealias LinkResolver = @Sendable (_ destination: String, _ isImage: Bool) -> String?

/// Writes a picture the build publishes (`![alt](lyon.jpg)`) as its full markup — `<picture>` with
/// `srcset`, `width`, `height` — or returns nil to keep the plain `<img>`.
/// - Parameters:
///   - destination: as written in the Markdown.
///   - escapedAlt: the alt text, already escaped for an attribute.
///   - ordinal: 0 for the document's first picture, 1 for the next…
public typealias PictureWriter = @Sendable (_ destination: String, _ escapedAlt: String, _ title: String?, _ ordinal: Int) -> String?
