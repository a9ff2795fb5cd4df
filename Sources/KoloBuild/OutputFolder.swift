import Foundation
import Glibc
import KoloDiagnostics

/// Where a build writes: a fresh temporary folder beside the real output, swapped in only when the
/// whole build succeeded, so a failed build leaves the last good site untouched.
struct OutputFolder: Sendable {
    /// The real output folder (absolute).
    let destination: String
    /// The folder being written (absolute).
    let staging: String

    /// Refuses outputs that would destroy the sources: `/`, the source folder or one of its parents.
    static func prepare(destination: String, source: String, displayPath: String) throws(DiagnosticError) -> OutputFolder {
        let destination = standardized(destination)
        let source = standardized(source)
        if destination == "/" || destination == source || source.hasPrefix(destination + "/") {
            throw DiagnosticError(.error(.io, at: SourceLocation(path: displayPath),
                                         "refusing to build into \(destination): it is \(destination == "/" ? "the root folder" : "the site's source folder or a parent of it"), and building replaces the output folder"))
        }
        let parent = (destination as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error(.io, at: SourceLocation(path: displayPath), "cannot create \(parent): \(error.localizedDescription)"))
        }
        let template = destination + ".kolo-build-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else {
            throw DiagnosticError(.error(.io, at: SourceLocation(path: displayPath), "cannot create a temporary folder beside \(destination): \(String(cString: strerror(errno)))"))
        }
        let staging = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(staging, 0o755)
        return OutputFolder(destination: destination, staging: staging)
    }

    static func standardized(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let text = url.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// Writes one file under the staging folder. `relativePath` comes from the URL scheme, but is
    /// checked again here: nothing is ever written outside the output folder.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) {
        guard Self.isContained(relativePath) else {
            throw DiagnosticError(.error(.io, at: nil, "refusing to write \"\(relativePath)\": it would land outside the output folder"))
        }
        let path = staging + "/" + relativePath
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if !createdFolders.contains(folder) {
            try makeFolders(folder)
            createdFolders.insert(folder)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error(.io, at: nil, "cannot write \(relativePath): \(String(cString: strerror(errno)))"))
        }
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
        if !ok { throw DiagnosticError(.error(.io, at: nil, "cannot write \(relativePath): \(String(cString: strerror(errno)))")) }
    }

    private func makeFolders(_ folder: String) throws(DiagnosticError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT {
            try makeFolders(String(folder[..<folder.lastIndex(of: "/")!]))
            if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        }
        throw DiagnosticError(.error(.io, at: nil, "cannot create folder \(folder): \(String(cString: strerror(errno)))"))
    }

    /// A relative path with no "..", no empty or "." segments, no backslashes or control characters.
    static func isContained(_ relativePath: String) -> Bool {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/") else { return false }
        for segment in relativePath.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty || segment == "." || segment == ".." { return false }
            if segment.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }) { return false }
        }
        return true
    }

    /// Copies a static folder's files into the staging folder (later calls overwrite earlier ones).
    func copyStatic(from folder: String, createdFolders: inout Set<String>) throws(DiagnosticError) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue,
               !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                files.append(relative)
            }
        }
        // A symbolic link may point anywhere on the machine; only what stays inside the folder is published.
        let root = Self.standardized(folder)
        for relative in files.sorted() {
            let real = Self.standardized(folder + "/" + relative)
            guard real.hasPrefix(root + "/") else {
                throw DiagnosticError(.error(.io, at: SourceLocation(path: folder + "/" + relative),
                                             "this is a symbolic link to \(real), outside \(folder); copy the file into the folder instead"))
            }
            guard let data = FileManager.default.contents(atPath: real) else { continue }
            try write(data, to: relative, createdFolders: &createdFolders)
        }
    }

    /// Puts the new site in place of the old one; the old one is removed only after the swap.
    func commit() throws(DiagnosticError) {
        let manager = FileManager.default
        let old = destination + ".kolo-old-\(getpid())"
        let hadOld = manager.fileExists(atPath: destination)
        if hadOld {
            guard rename(destination, old) == 0 else {
                throw DiagnosticError(.error(.io, at: nil, "cannot replace \(destination): \(String(cString: strerror(errno)))"))
            }
        }
        guard rename(staging, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOld { rename(old, destination) }
            throw DiagnosticError(.error(.io, at: nil, "cannot move the new site into \(destination): \(reason)"))
        }
        if hadOld { try? manager.removeItem(atPath: old) }
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
