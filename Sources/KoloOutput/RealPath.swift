import Foundation
import Glibc

/// The path the kernel would reach, for folders that may not exist yet: the real path (symbolic
/// links and `..` resolved by `realpath(3)`) of the nearest ancestor that exists, followed by the
/// rest of the path with `.` and `..` applied by hand — the rest does not exist, so it holds no link.
///
/// Resolving the whole path by text first (as `URL.standardized` does) is wrong for `link/../x`,
/// where `..` leaves the link's target, not the folder holding the link: a check done on that text
/// can pass while the build writes somewhere else.
public enum RealPath {
    public static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [Substring] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return appending(rest, to: String(cString: resolved))
            }
            guard let slash = existing.lastIndex(of: "/"), existing != "/" else { return appending(rest, to: "/") }
            rest.insert(existing[existing.index(after: slash)...], at: 0)
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
    }

    private static func appending(_ rest: [Substring], to base: String) -> String {
        var parts = base.split(separator: "/")
        for part in rest {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is `folder` or lies inside it (both real paths).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    /// How to show a folder in messages: as given, but relative to the current folder when it is
    /// inside it (so `path:line:col` works from where `kolo` was run).
    public static func displayPath(for source: String) -> String {
        if source == "." || source.isEmpty { return "" }
        guard source.hasPrefix("/") else { return source }
        let current = FileManager.default.currentDirectoryPath
        let standardized = of(source)
        if standardized == current { return "" }
        if standardized.hasPrefix(current + "/") { return String(standardized.dropFirst(current.count + 1)) }
        return source
    }
}
