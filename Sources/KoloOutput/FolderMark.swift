import CKoloFiles
import Glibc

/// Kolo's mark on a folder it made: the extended attribute `user.kolo` of the folder itself.
///
/// Why an attribute, weighed against the alternatives:
/// - a marker file inside the output would be published: GitHub Pages' artifact, `rsync -a`, an S3
///   sync and most hosts upload and serve dotfiles too;
/// - a marker beside the output, or a manifest under `~/.cache` keyed by the output's path, does not
///   follow the folder when it is moved, and is missing in a fresh container that mounts the site
///   (the next build would then refuse a folder Kolo did write);
/// - an attribute travels with the folder's inode (through the rename that swaps a build in and
///   through `mv`), is left behind by tar, rsync and cp unless they are asked to copy attributes,
///   and is never served.
/// A mark alone does not prove that every file in the folder is still Kolo's: someone may have put a
/// file there since. So an output's mark records when its build finished writing, and the check
/// compares each file's change time with it (ctime, which no program can set: creating, renaming in,
/// writing or `touch`ing a file sets it to the present). See `OutputFolder.checkReplaceable`. The
/// pictures a build links from the cache, whose change time moves with their link count, carry a
/// mark of their own (`SharedFiles`).
///
/// File systems without user attributes (FAT, some network shares) cannot hold the mark: an output
/// there is refused by the next build unless `--force` is given.
enum FolderMark: Equatable, Sendable {
    /// A finished output, marked when its build had written everything (nanoseconds since 1970).
    case output(finishedAt: Int64)
    /// A folder a build of this output (its real path) is writing, or deleting.
    case temporary(output: String)
    /// The private folder of a `kolo serve` of this site (its real path).
    case preview(site: String)

    static let attribute = "user.kolo"

    var text: String {
        switch self {
        case .output(let finishedAt): "output \(finishedAt)"
        case .temporary(let output): "temporary \(output)"
        case .preview(let site): "preview \(site)"
        }
    }

    init?(text: String) {
        guard let space = text.firstIndex(of: " ") else { return nil }
        let value = String(text[text.index(after: space)...])
        switch text[..<space] {
        case "output": guard let time = Int64(value) else { return nil }; self = .output(finishedAt: time)
        case "temporary": self = .temporary(output: value)
        case "preview": self = .preview(site: value)
        default: return nil
        }
    }

    /// The mark of the folder at `path` (not following a symbolic link), nil when it has none.
    static func read(_ path: String) -> FolderMark? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = lgetxattr(path, attribute, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return FolderMark(text: String(decoding: buffer[..<count], as: UTF8.self))
    }

    /// Marks the folder open as `descriptor`; returns errno on failure.
    func write(to descriptor: Int32) -> Int32? {
        let bytes = Array(text.utf8)
        return fsetxattr(descriptor, Self.attribute, bytes, bytes.count, 0) == 0 ? nil : errno
    }

    /// Now, in the clock file change times use.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Returns once a file changed from now on is stamped later than `time`. File systems stamp
    /// changes with the kernel's coarse clock, which moves a tick at a time (4 ms where HZ is 250)
    /// and so lags `now()`: a file added to an output within a tick of its mark (`mv CNAME public/`
    /// right after `kolo build`) could be stamped no later than the mark, pass for Kolo's, and be
    /// deleted by the next build.
    ///
    /// No wait when a change the file system made since, `stamped`, is already later: stamps never
    /// go back, so every later one is later too (Linux 6.13 and later stamp a change to a file
    /// whose times were just read with the fine clock, and every later change no earlier). Else
    /// it polls the coarse clock, which here passes a time read from the fine one 5 ms after it;
    /// 25 ms at most: a mark taken from a network server's clock ahead of this one is not
    /// something waiting mends.
    static func waitForFileTimesAfter(_ time: Int64, stamped: Int64) {
        guard stamped <= time else { return }
        for _ in 0..<25 {
            var coarse = timespec()
            clock_gettime(CLOCK_REALTIME_COARSE, &coarse)
            guard Int64(coarse.tv_sec) * 1_000_000_000 + Int64(coarse.tv_nsec) <= time else { return }
            var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
            nanosleep(&pause, nil)
        }
    }
}

/// An exclusive `flock(2)` on a folder, held by the live build that writes (or deletes) it. The kernel
/// lets go of it when the process dies, however it dies: a folder whose lock can be taken belongs to
/// no live build.
struct FolderLock: Sendable {
    let descriptor: Int32

    /// Opens the folder (not through a symbolic link) and locks it; nil when it is locked by a live
    /// process or cannot be opened (`errno` says why).
    static func take(_ path: String) -> FolderLock? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            close(descriptor)
            errno = reason
            return nil
        }
        return FolderLock(descriptor: descriptor)
    }

    func release() {
        close(descriptor)
    }
}
