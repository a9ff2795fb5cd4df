/// The address the site is published at, which may carry a path (`https://org.github.io/hub/`):
/// every link Kolo writes starts with `path`.
public struct BaseURL: Sendable, Hashable {
    /// Scheme and host without a trailing slash: "https://org.github.io".
    public var origin: String
    /// Always starts and ends with "/": "/hub/" or "/".
    public var path: String

    public init?(_ text: String) {
        var text = text.trimmingWhitespace
        if text.isEmpty { text = "/" }
        if text.hasPrefix("/") {
            origin = ""
            path = Self.normalisedPath(text)
            return
        }
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let afterScheme = text[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else {
            guard !afterScheme.isEmpty else { return nil }
            origin = text
            path = "/"
            return
        }
        origin = String(text[..<slash])
        path = Self.normalisedPath(String(text[slash...]))
        if origin.hasSuffix("://") { return nil }
    }

    /// The absolute URL of a site path ("/mk/news/" → "https://org.github.io/hub/mk/news/").
    public func absolute(_ sitePath: String) -> String {
        origin + relative(sitePath)
    }

    /// The path under the base ("/mk/news/" → "/hub/mk/news/").
    public func relative(_ sitePath: String) -> String {
        if sitePath.hasPrefix("/") { return path + sitePath.dropFirst() }
        return path + sitePath
    }

    public var string: String { origin + path }

    private static func normalisedPath(_ path: String) -> String {
        var path = path
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}

extension String {
    /// The text without leading and trailing white space (no Foundation needed).
    public var trimmingWhitespace: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
