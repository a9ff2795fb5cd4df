import Glibc
import KoloContent

/// A shared file as the check of an output found it: the same inode with the same modification time
/// is the same file, with the same bytes.
struct SharedFileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var modified: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}

extension OutputFolder {
    /// Calls `visit` with every file (anything but a folder: links included, never followed) under
    /// `folder`, in name order; returns how many it accepted.
    ///
    /// Each folder is opened once and its files are looked at relative to it, and folders are told
    /// apart by the type the listing gives: an output of pictures has hundreds of files, and this
    /// walk runs twice a build.
    @discardableResult
    static func walkFiles(_ folder: String, _ visit: (String, stat) -> Bool) -> Int {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        return walkFiles(descriptor, prefix: "", visit)
    }

    /// The same under the folder open as `descriptor`, which it closes.
    private static func walkFiles(_ descriptor: Int32, prefix: String, _ visit: (String, stat) -> Bool) -> Int {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return 0
        }
        defer { closedir(directory) }
        var count = 0
        for (name, type) in directoryEntries(directory) {
            if type == UInt8(DT_DIR) {
                count += walkFolder(descriptor, name, prefix: prefix, visit)
                continue
            }
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                // A file system that does not give types in listings (DT_UNKNOWN).
                count += walkFolder(descriptor, name, prefix: prefix, visit)
            } else if visit(prefix + name, info) {
                count += 1
            }
        }
        return count
    }

    private static func walkFolder(_ parent: Int32, _ name: String, prefix: String, _ visit: (String, stat) -> Bool) -> Int {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return 0 }
        return walkFiles(child, prefix: prefix + name + "/", visit)
    }
}
