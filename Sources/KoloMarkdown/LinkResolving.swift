/// Rewrites a link or image destination as the build sees fit (source-file links to permalinks,
/// site-absolute paths under the base URL's path). Returning nil keeps the destination as written.
public typealias LinkResolver = @Sendable (_ destination: String, _ isImage: Bool) -> String?
