import Foundation
import Glibc
import KoloDiagnostics

/// The private temporary folder `kolo serve` writes its preview into (`$TMPDIR/kolo-serve-XXXXXX`),
/// marked as this site's preview and locked while the server lives, so that the next `kolo serve`
/// of the site can remove the folder of one that was killed.
public struct PreviewFolder: Sendable {
    public let path: String
    let lock: FolderLock

    static let prefix = "kolo-serve-"

    public static func create(site: String) throws(DiagnosticError) -> PreviewFolder {
        let (path, lock) = try OutputFolder.createLocked(temporaryRoot + "/" + prefix, mark: .preview(site: RealPath.of(site)))
        return PreviewFolder(path: path, lock: lock)
    }

    public func remove() {
        // At the preview's end. What cannot be removed now keeps its mark and is removed by the
        // next `kolo serve` of the site (`removeLeftovers`).
        try? FileManager.default.removeItem(atPath: path)
        lock.release()
    }

    /// Removes the preview folders of this site whose `kolo serve` is dead, and the temporary
    /// folders killed builds left beside its `public/`. Returns the paths removed.
    @discardableResult
    public static func removeLeftovers(site: String) -> [String] {
        let root = RealPath.of(site)
        let previews = OutputFolder.removeDead(in: temporaryRoot, named: { $0.hasPrefix(prefix) && $0.count == prefix.count + 6 },
                                               markedAs: .preview(site: root), orEmpty: false)
        let builds = OutputFolder.removeLeftovers(of: root + "/public")
        return previews.map { temporaryRoot + "/" + $0 } + builds.map { root + "/" + $0 }
    }

    static var temporaryRoot: String {
        let path = FileManager.default.temporaryDirectory.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
