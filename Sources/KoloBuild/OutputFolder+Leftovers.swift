import Foundation
import Glibc
import KoloContent

extension OutputFolder {
    /// Removes what killed builds of this output left beside it: folders named
    /// `<output>.kolo-build-…` that are marked as temporary folders of this same output and whose
    /// lock no live process holds (the kernel released it when their build died). Anything else —
    /// unmarked, another output's, a live build's — is left alone. Returns the names removed.
    @discardableResult
    public static func removeLeftovers(of output: String) -> [String] {
        let destination = RealPath.of(output)
        let parent = (destination as NSString).deletingLastPathComponent
        let prefix = (destination as NSString).lastPathComponent + leftoverInfix
        return removeDead(in: parent, named: { $0.hasPrefix(prefix) }, markedAs: .temporary(output: destination))
    }

    /// Removes the folders of `parent` with such names and this mark that no live process locks.
    static func removeDead(in parent: String, named: (String) -> Bool, markedAs mark: FolderMark) -> [String] {
        var removed: [String] = []
        for name in listDirectory(parent) where named(name) {
            let path = parent + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, FolderMark.read(path) == mark,
                  let lock = FolderLock.take(path) else { continue }
            // Marked again after the lock was taken: it was not swapped in as an output meanwhile.
            if FolderMark.read(path) == mark {
                try? FileManager.default.removeItem(atPath: path)
                removed.append(name)
            }
            lock.release()
        }
        return removed
    }
}
