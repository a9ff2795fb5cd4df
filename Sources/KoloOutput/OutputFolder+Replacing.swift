import Foundation
import Glibc
import KoloDiagnostics

/// Changing files of a folder that is being served: a reader sees the old file or the new one,
/// never half of one (the new bytes go to a hidden file beside it, which is then renamed over it).
extension OutputFolder {
    /// A folder written in place, with no staging and no swap (a preview's private folder).
    public static func inPlace(_ folder: String) -> OutputFolder {
        OutputFolder(destination: folder, staging: folder, displayPath: folder, lock: nil, force: false)
    }

    /// Whether this is a build's new staging folder, which nobody reads until it is swapped in.
    public var isStaging: Bool { lock != nil }

    /// Writes one file of the site: straight into a staging folder, by `replace` into a folder that
    /// is being served.
    public func put(_ bytes: some Collection<UInt8>, at relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) {
        if isStaging {
            try write(bytes, to: relativePath, createdFolders: &createdFolders)
        } else {
            try replace(bytes, at: relativePath, createdFolders: &createdFolders)
        }
    }

    /// The same with the bytes of the file at `source`; false, and nothing written, when `source`
    /// cannot be opened (removed since it was listed).
    public func put(copying source: String, at relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> Bool {
        if isStaging { return try copy(source, to: relativePath, createdFolders: &createdFolders) }
        return try replace(copying: source, at: relativePath, createdFolders: &createdFolders)
    }

    public func replace(_ bytes: some Collection<UInt8>, at relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) {
        _ = try replace(relativePath) { (temporary: String) throws(DiagnosticError) in
            try write(bytes, to: temporary, createdFolders: &createdFolders)
            return true
        }
    }

    /// The same with the bytes of the file at `source`, copied in the kernel (`copy`); false, and
    /// nothing written, when `source` cannot be opened (removed since it was listed).
    @discardableResult
    public func replace(copying source: String, at relativePath: String, createdFolders: inout Set<String>) throws(DiagnosticError) -> Bool {
        try replace(relativePath) { (temporary: String) throws(DiagnosticError) in try copy(source, to: temporary, createdFolders: &createdFolders) }
    }

    /// Writes the new file beside `relativePath` with `writeTo` (which returns false when it wrote
    /// nothing), then renames it over the old one.
    private func replace(_ relativePath: String, writeTo: (String) throws(DiagnosticError) -> Bool) throws(DiagnosticError) -> Bool {
        guard Self.isContained(relativePath) else {
            throw DiagnosticError(.error(.io, at: nil, "refusing to write \"\(relativePath)\": it would land outside the output folder"))
        }
        let slash = relativePath.lastIndex(of: "/")
        let name = slash.map { relativePath[relativePath.index(after: $0)...] } ?? Substring(relativePath)
        let temporary = (slash.map { String(relativePath[...$0]) } ?? "") + ".\(name).kolo-new"
        guard try writeTo(temporary) else { return false }
        guard rename(staging + "/" + temporary, staging + "/" + relativePath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(staging + "/" + temporary)
            throw DiagnosticError(.error(.io, at: nil, "cannot write \(relativePath): \(reason)"))
        }
        return true
    }

    /// Deletes a file the site no longer has, and the folders it leaves empty.
    public func remove(_ relativePath: String) {
        guard Self.isContained(relativePath) else { return }
        unlink(staging + "/" + relativePath)
        var folder = relativePath
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            guard rmdir(staging + "/" + folder) == 0 else { return }
        }
    }

    /// Every file under the folder, by relative path (hidden temporary files included).
    public func allFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: staging) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: staging + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files
    }
}
