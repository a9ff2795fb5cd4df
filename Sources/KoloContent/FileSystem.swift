import Glibc
import KoloDiagnostics

/// What is at a path, following symbolic links.
public enum FileKind {
    case regular, directory
    case other(String)
    case broken(String)
    case missing

    public static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT:
                var linkInfo = stat()
                return lstat(path, &linkInfo) == 0 ? .broken("it is a symbolic link to nothing") : .missing
            case ELOOP: return .broken("it is a symbolic link that points back to itself (a loop)")
            default: return .broken(String(cString: strerror(errno)))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFIFO: return .other("a named pipe (FIFO)")
        case S_IFSOCK: return .other("a socket")
        case S_IFCHR, S_IFBLK: return .other("a device")
        default: return .other("not a regular file")
        }
    }
}

/// A file's device and inode: the same folder reached by two paths has one identity.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

}

/// The few facts about a path that loading and rebuilding ask, following symbolic links.
public enum FileStatus {
    public static func isRegularFile(_ path: String) -> Bool {
        if case .regular = FileKind.of(path) { return true }
        return false
    }

    public static func isDirectory(_ path: String) -> Bool {
        if case .directory = FileKind.of(path) { return true }
        return false
    }

    /// Seconds since 1970; 0 when there is nothing at `path`.
    public static func modificationTime(_ path: String) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int64(info.st_mtim.tv_sec)
    }
}

public func listDirectory(_ path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    return directoryEntries(directory).map(\.name)
}

/// The names in an open listing and their types (`DT_DIR`…, `DT_UNKNOWN` where the file system
/// gives none), sorted by name, "." and ".." left out.
public func directoryEntries(_ directory: OpaquePointer) -> [(name: String, type: UInt8)] {
    var entries: [(name: String, type: UInt8)] = []
    // A record is only as long as its name: copying `entry.pointee.d_name` (256 bytes) reads past the
    // last record of readdir's buffer, which crashed when that buffer ended at the edge of a page.
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
    while let entry = readdir(directory) {
        let namePointer = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
        let name = String(decoding: UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer)), as: UTF8.self)
        let type = UnsafeRawPointer(entry).load(fromByteOffset: typeOffset, as: UInt8.self)
        if name != "." && name != ".." { entries.append((name, type)) }
    }
    return entries.sorted { $0.name < $1.name }
}

/// Reads a whole regular file. Refuses FIFOs and devices (which could block forever) and files over `limit`.
public func readFile(_ path: String, displayPath: String, limit: Int) throws(DiagnosticError) -> [UInt8] {
    func failure(_ message: String) -> DiagnosticError {
        DiagnosticError(.error(.io, at: SourceLocation(path: displayPath), message))
    }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure("the file cannot be read: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure("the file cannot be read: \(String(cString: strerror(errno)))") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw failure("this is not a regular file") }
    let size = Int(info.st_size)
    guard size <= limit else {
        throw failure("the file is \(size / (1 << 20)) MiB; files over \(limit / (1 << 20)) MiB are refused (is it really a text file?)")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, size - done) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        done += count
    }
    if done < size { bytes.removeLast(size - done) }
    return bytes
}
