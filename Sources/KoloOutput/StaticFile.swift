import Foundation
import Glibc
import KoloDiagnostics

/// A file of a `static/` folder, as last seen: copied again when any of this changes.
public struct StaticFile: Sendable, Hashable {
    public var source: String
    public var size: Int64
    public var modifiedNanoseconds: Int64
    public var inode: UInt64

    /// The file at `source` as it is now; nil when it cannot be read (removed since it was listed).
    public init?(at source: String) {
        var info = stat()
        guard stat(source, &info) == 0 else { return nil }
        self.init(source: source, size: Int64(info.st_size),
                  modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    public init(source: String, size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.source = source
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    /// The files of the static folders by output path, later folders winning (the site's own over
    /// the theme's), hidden files left out but for those hosts read (`isPublished`): what a build
    /// copies. A symbolic link pointing out of its folder is an error.
    public static func scan(_ folders: [String]) throws(DiagnosticError) -> [String: StaticFile] {
        var files: [String: StaticFile] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            let root = RealPath.of(folder)
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard isPublished(relative) else { continue }
                var info = stat()
                guard stat(folder + "/" + relative, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                found.append(relative)
            }
            for relative in found.sorted() {
                let real = RealPath.of(folder + "/" + relative)
                guard real.hasPrefix(root + "/") else {
                    throw DiagnosticError(.error(.io, at: SourceLocation(path: folder + "/" + relative),
                                                 "this is a symbolic link to \(real), outside \(folder); copy the file into the folder instead"))
                }
                guard let file = StaticFile(at: real) else { continue }
                files[relative] = file
            }
        }
        return files
    }

    /// Hidden files (an editor's `.DS_Store`, `.gitkeep`, swap files) stay out of the site, except
    /// those static hosts read: a deploy checkout's `.nojekyll` and `.domains` must come from
    /// `static/`, since the build replaces the output folder (`CNAME` is not hidden).
    static let publishedHiddenNames: Set<Substring> = [".well-known", ".nojekyll", ".htaccess", ".domains"]

    public static func isPublished(_ relative: String) -> Bool {
        !relative.split(separator: "/").contains { $0.hasPrefix(".") && !publishedHiddenNames.contains($0) }
    }
}
