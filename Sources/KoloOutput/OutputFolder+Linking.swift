import CKoloFiles
import Glibc
import KoloDiagnostics

/// Files of Kolo's own, outside the output, that a build publishes by hard link instead of copying:
/// the picture cache's processed copies. Copying them was most of a warm build (tens of megabytes the
/// kernel moves for bytes already on the disk); a link is one system call.
///
/// A linked file is one inode under two names, and every new link or unlink of it (the next build's,
/// the deletion of the old output, the cache's pruning, someone emptying the cache) sets its change
/// time, so an output's pictures look "changed since Kolo built it" (`FolderMark`). So a shared file
/// gets a mark of its own before it is first linked: the folder mark's attribute, `shared`, on the
/// inode. A file of an output is Kolo's whatever its change time when it carries that mark and its
/// bytes were last modified before the output was marked. An editor's file never passes: a file
/// put into the output, or a picture replaced there (saved anew, renamed over, or linked from
/// anywhere else), is another inode, without the mark; a picture rewritten in place has a later
/// modification time. (A byte-for-byte copy of a shared file made with its attributes, `cp -a`,
/// passes, as a copy of a marked output folder does.) Why not the cache's inodes instead of a mark:
/// a cache emptied by hand, or moved by `images: {cache: …}`, no longer holds the output's inodes.
///
/// Shared files are made read-only (0444): an output picture shares its bytes with the cache, so a
/// program that rewrote it in place (an optimiser run over `public/`, an editor saving over it)
/// would change the cache, and every later build would publish those bytes as the picture.
/// Read-only turns that into "permission denied" for anyone but root, while programs that replace a
/// file (write a new one and rename it over, as most editors and rsync do) are unaffected.
public struct SharedFiles: Sendable {
    /// The folder holding them (a real path).
    let folder: String
    /// Whether a file of the folder, by its name, is one Kolo wrote there (others may lie beside them).
    let isOwn: @Sendable (String) -> Bool

    public init(folder: String, isOwn: @escaping @Sendable (String) -> Bool) {
        self.folder = folder
        self.isOwn = isOwn
    }

    /// Whether `source` is one of them, going by its path.
    func holds(_ source: String) -> Bool {
        // By bytes: Character by Character took as long as the link itself.
        let bytes = source.utf8
        guard bytes.count > folder.utf8.count + 1, bytes.starts(with: folder.utf8),
              bytes[bytes.index(bytes.startIndex, offsetBy: folder.utf8.count)] == UInt8(ascii: "/"),
              let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return false }
        return isOwn(String(source[bytes.index(after: slash)...]))
    }

    static let mark = Array("shared".utf8)

    /// Whether the file at `path` (not following a link) carries the mark.
    static func isMarked(_ path: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = lgetxattr(path, FolderMark.attribute, &buffer, buffer.count)
        return count == mark.count && buffer.prefix(count).elementsEqual(mark)
    }

    /// Marks the file, then makes it read-only; false when it cannot be marked. A read-only file is
    /// taken as marked already (one system call less per picture and build): one that is not, made
    /// read-only by hand, would only make the next build refuse the output, never delete anything.
    static func mark(_ path: String, mode: mode_t) -> Bool {
        if mode & 0o7777 == 0o444 { return true }
        guard isMarked(path) || lsetxattr(path, FolderMark.attribute, mark, mark.count, 0) == 0 else { return false }
        return chmod(path, 0o444) == 0
    }
}

extension OutputFolder {
    /// Publishes one of the shared files at `relativePath` by hard link; false when it cannot be
    /// linked (another file system: EXDEV; one without hard links: EPERM; too many links: EMLINK; no
    /// user attributes for the mark; a file that is not a regular file), and the caller copies it.
    func link(_ source: String, to relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> Bool {
        var info = stat()
        guard lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG, SharedFiles.mark(source, mode: info.st_mode) else { return false }
        let path = try slot(relativePath, createdFolders: &createdFolders)
        if Glibc.link(source, path) == 0 { return true }
        // A file already there (a preview's leftover) is replaced, never written through.
        guard errno == EEXIST, unlink(path) == 0 else { return false }
        return Glibc.link(source, path) == 0
    }

    /// Whether a file of the output whose change time is later than the output's mark is still
    /// Kolo's: a shared file whose bytes were not modified since (see `SharedFiles`).
    static func isShared(_ path: String, _ info: stat, finishedAt: Int64) -> Bool {
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return info.st_mode & S_IFMT == S_IFREG && modified <= finishedAt && SharedFiles.isMarked(path)
    }
}
