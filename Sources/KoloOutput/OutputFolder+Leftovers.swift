import Foundation
import Glibc
import KoloContent

extension OutputFolder {
    /// Removes what killed builds of this output left beside it: folders named
    /// `<output>.kolo-build-…` that are marked as temporary folders of this same output and whose
    /// lock no live process holds (the kernel released it when their build died). Anything else —
    /// another output's, a live build's, unmarked and not empty — is left alone. Returns the names
    /// removed.
    @discardableResult
    public static func removeLeftovers(of output: String) -> [String] {
        let destination = RealPath.of(output)
        let parent = (destination as NSString).deletingLastPathComponent
        let prefix = (destination as NSString).lastPathComponent + leftoverInfix
        return removeDead(in: parent, named: { $0.hasPrefix(prefix) }, markedAs: .temporary(output: destination), orEmpty: true)
    }

    /// Removes the folders of `parent` with such names and this mark that no live process locks;
    /// with `orEmpty`, also such folders with no mark when they are empty (a build killed between
    /// creating its folder and marking it leaves one; removing an empty folder loses nothing — but
    /// not in the shared temporary folder, where another program may have just made one).
    static func removeDead(in parent: String, named: (String) -> Bool, markedAs mark: FolderMark, orEmpty: Bool) -> [String] {
        var removed: [String] = []
        for name in listDirectory(parent) where named(name) {
            let path = parent + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            let found = FolderMark.read(path)
            guard found == mark || (found == nil && orEmpty), let lock = FolderLock.take(path) else { continue }
            defer { lock.release() }
            // Read again under the lock: it was not swapped in as an output, nor marked, meanwhile.
            switch FolderMark.read(path) {
            case mark?:
                // Best effort, like the build it cleans up after: what cannot be removed now (a
                // file made read-only by hand) stays for the next build, and is not reported gone.
                if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
            case nil where orEmpty:
                if rmdir(path) == 0 { removed.append(name) }
            default:
                continue
            }
        }
        return removed
    }
}
