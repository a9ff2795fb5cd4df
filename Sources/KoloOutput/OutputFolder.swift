import CKoloFiles
import Foundation
import Glibc
import KoloContent
import KoloDiagnostics

/// Where a build writes: a fresh temporary folder beside the real output, swapped in only when the
/// whole build succeeded, so a failed build leaves the last good site untouched.
///
/// What it may delete (README, "What Kolo deletes"): the output folder only when Kolo wrote it and
/// nothing was added to it since (or with `--force`), and temporary folders only when they are marked
/// as a build's of the same output and no live build holds their lock.
public struct OutputFolder: Sendable {
    /// The real output folder (absolute, links resolved).
    public let destination: String
    /// The folder being written (absolute).
    public let staging: String
    /// The output as the user named it, for messages.
    public let displayPath: String
    /// The staging folder's lock, held from its creation until it is swapped in or removed; nil for
    /// a folder written in place.
    let lock: FolderLock?
    /// Replace the output even when Kolo did not write it.
    let force: Bool
    /// Kolo's own files it publishes by hard link where it can (the picture cache's), and recognises
    /// in the output whatever their change time.
    var shared: SharedFiles? = nil
    /// The shared files the output held when the build began (see `checkReplaceable`).
    var sharedInOutput: [String: SharedFileStamp] = [:]

    /// Checks the output (not the sources, not a folder of someone else's), removes what killed
    /// builds of it left, and creates the staging folder beside it. Nothing is written before the
    /// checks pass.
    public static func prepare(destination: String, displayPath: String, sources: [SourceFolder], force: Bool,
                        shared: SharedFiles? = nil) throws(DiagnosticError) -> OutputFolder {
        let destination = RealPath.of(destination)
        try refuseSources(destination, displayPath: displayPath, sources: sources)
        let sharedInOutput = try checkReplaceable(destination, displayPath: displayPath, force: force)
        removeLeftovers(of: destination)
        let parent = (destination as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "cannot create the folder \(parent): \(Self.reason(of: error))"))
        }
        let (staging, lock) = try createLocked(destination + leftoverInfix, mark: .temporary(output: destination))
        fchmod(lock.descriptor, 0o755)
        Interruption.register(staging)
        return OutputFolder(destination: destination, staging: staging, displayPath: displayPath, lock: lock, force: force, shared: shared,
                            sharedInOutput: sharedInOutput)
    }

    /// Creates a new folder `<prefix>XXXXXX`, locks it, then marks it: a marked folder without a lock
    /// is a dead process's. (Another build's clean-up may remove it while it is empty and not yet
    /// locked; then a new one is made.)
    static func createLocked(_ prefix: String, mark: FolderMark) throws(DiagnosticError) -> (String, FolderLock) {
        var attempts = 0
        while true {
            var bytes = Array((prefix + "XXXXXX").utf8CString)
            guard mkdtemp(&bytes) != nil else {
                throw DiagnosticError(.error(.io, at: nil, "cannot create a temporary folder \(prefix)XXXXXX: \(String(cString: strerror(errno)))"))
            }
            let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let lock = FolderLock.take(path) {
                _ = mark.write(to: lock.descriptor)
                return (path, lock)
            }
            let reason = String(cString: strerror(errno))
            rmdir(path)
            attempts += 1
            guard attempts < 3 else {
                throw DiagnosticError(.error(.io, at: nil, "cannot lock the temporary folder \(path): \(reason)"))
            }
        }
    }

    /// Temporary folders are named `<output>.kolo-build-XXXXXX` (and `…-old` while the previous
    /// output is being deleted).
    static let leftoverInfix = ".kolo-build-"

    /// Writes one file under the staging folder. `relativePath` comes from the URL scheme, but is
    /// checked again here: nothing is ever written outside the output folder.
    public func write(_ bytes: some Collection<UInt8>, to relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) {
        let descriptor = try create(relativePath, createdFolders: &createdFolders)
        defer { close(descriptor) }
        let ok = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        } ?? false
        if !ok { throw cannotWrite(relativePath) }
    }

    /// Creates one file under the staging folder and opens it for writing. A file already at that
    /// path is unlinked first, never truncated: it may be a hard link to one of the shared files
    /// (in a preview's folder), whose bytes must not change.
    private func create(_ relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> Int32 {
        let path = try slot(relativePath, createdFolders: &createdFolders)
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if descriptor < 0 && errno == EEXIST && unlink(path) == 0 {
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
        guard descriptor >= 0 else { throw cannotWrite(relativePath) }
        return descriptor
    }

    /// The absolute path of `relativePath` under the staging folder, its folders created.
    /// `relativePath` comes from the URL scheme, but is checked again here: nothing is ever written
    /// outside the output folder.
    func slot(_ relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> String {
        guard Self.isContained(relativePath) else {
            throw DiagnosticError(.error(.io, at: nil, "refusing to write \"\(relativePath)\": it would land outside the output folder"))
        }
        let path = staging + "/" + relativePath
        // By bytes: `lastIndex(of:)` on the String reads it as Characters, a tenth of linking a picture.
        let folder = String(path[..<path.utf8.lastIndex(of: UInt8(ascii: "/"))!])
        if !createdFolders.contains(folder) {
            try makeFolders(folder)
            createdFolders.insert(folder)
        }
        return path
    }

    /// Copies the file at `source` to `relativePath` (one of the shared files is linked where it can
    /// be: `link`) inside the kernel, never through Kolo's memory:
    /// `copy_file_range` (which shares the blocks where the file system can, as Btrfs and XFS do),
    /// else `sendfile` (between file systems). Returns false, writing nothing, when `source` is gone
    /// (a static file removed since it was listed); a file that is there but cannot be read is an
    /// error naming it, not a file quietly missing from the site.
    @discardableResult
    public func copy(_ source: String, to relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> Bool {
        if let shared, shared.holds(source), try link(source, to: relativePath, createdFolders: &createdFolders) { return true }
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            if errno == ENOENT { return false }
            throw DiagnosticError(.error(.io, at: SourceLocation(path: source), "cannot read \(source): \(String(cString: strerror(errno)))"))
        }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { return false }
        let output = try create(relativePath, createdFolders: &createdFolders)
        defer { close(output) }
        var left = Int(info.st_size)
        var betweenFileSystems = false
        while left > 0 {
            let count = betweenFileSystems ? sendfile(output, input, nil, left) : kolo_copy_file_range(input, output, left)
            if count > 0 {
                left -= count
            } else if count == 0 {
                break // the file shrank since it was opened: what is there is what the build publishes
            } else if errno == EINTR {
                continue
            } else if !betweenFileSystems && [EXDEV, EINVAL, ENOSYS, EOPNOTSUPP].contains(errno) {
                betweenFileSystems = true
            } else {
                throw cannotWrite(relativePath)
            }
        }
        return true
    }

    /// Names the file where it would have landed, and why not (a full disk: "No space left on device").
    private func cannotWrite(_ relativePath: String) -> DiagnosticError {
        DiagnosticError(.error(.io, at: nil, "cannot write \(ContentTree.join(displayPath, relativePath)): \(String(cString: strerror(errno)))"))
    }

    /// Creates the folders under the staging folder, never the staging folder itself: once it is gone
    /// (removed on SIGINT) no writer may bring it back unmarked.
    private func makeFolders(_ folder: String) throws(DiagnosticError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, folder.count > staging.count + 1 {
            try makeFolders(String(folder[..<folder.lastIndex(of: "/")!]))
            if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        }
        let relative = folder.count > staging.count ? String(folder.dropFirst(staging.count + 1)) : ""
        throw DiagnosticError(.error(.io, at: nil, "cannot create the folder \(ContentTree.join(displayPath, relative)): \(String(cString: strerror(errno)))"))
    }

    /// A relative path with no "..", no empty or "." segments, no backslashes or control characters.
    /// Read as bytes (all it looks for is ASCII, which UTF-8 never uses inside another character):
    /// splitting into Substrings and their scalars was most of the time a build spent linking pictures.
    static func isContained(_ relativePath: String) -> Bool {
        var length = 0, dots = 0
        func isSegment() -> Bool { length > 0 && !(dots == length && length <= 2) }
        for byte in relativePath.utf8 {
            if byte == UInt8(ascii: "/") {
                guard isSegment() else { return false }
                (length, dots) = (0, 0)
                continue
            }
            if byte < 0x20 || byte == UInt8(ascii: "\\") || byte == 0x7F { return false }
            length += 1
            if byte == UInt8(ascii: ".") { dots += 1 }
        }
        return isSegment()
    }

    public static func reason(of error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}
