import Foundation
import Glibc

/// Pictures already processed, outside the output (`.kolo-cache/pictures/` in the site): an entry
/// per source content and settings, and the encoded files by the SHA-256 of their bytes. A build
/// that finds an entry publishes its files without decoding anything.
public struct PictureCache: Sendable {
    /// The cache folder, absolute (`<site>/.kolo-cache` unless `images: {cache: …}` says otherwise).
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    var entries: String { folder + "/pictures/entries" }
    /// The encoded files, in subfolders by their digests' first two digits.
    public var files: String { folder + "/pictures/files" }

    /// Where a copy's bytes are kept.
    public func path(of copy: ProcessedPicture.Copy) -> String {
        files + "/" + copy.digest.prefix(2) + "/" + copy.cacheFileName
    }

    /// The entry for `key`, when it and every file it names are there.
    func entry(_ key: String) -> ProcessedPicture? {
        guard let data = FileManager.default.contents(atPath: entries + "/" + key.prefix(2) + "/" + key),
              let picture = ProcessedPicture(manifest: [UInt8](data)),
              picture.copies.allSatisfy({ access(path(of: $0), F_OK) == 0 }) else { return nil }
        return picture
    }

    /// Keeps the encoded files, then the entry naming them (so an entry never names a missing file;
    /// a build killed halfway leaves at most files no entry names yet). First forgets what the last
    /// pruning kept, so that the next successful build lists the cache and prunes what it does not use.
    func store(_ picture: ProcessedPicture, key: String, bytes: [String: [UInt8]]) throws(PictureError) {
        try forgetPruning()
        for copy in picture.copies {
            let path = path(of: copy)
            if access(path, F_OK) == 0 { continue }
            try Self.writeAtomically(bytes[copy.digest] ?? [], to: path)
        }
        try Self.writeAtomically(Array(picture.manifest.utf8), to: entries + "/" + key.prefix(2) + "/" + key)
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(PictureError) {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PictureError("cannot write the picture cache at \(path): \(error.localizedDescription)")
        }
    }
}

/// Each source file's SHA-256, remembered by its size, change time and inode, so that a warm build
/// reads no picture's bytes (`.kolo-cache/pictures/sources`, one line per file).
public struct SourceDigests: Sendable {
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    private var known: [String: (stamp: Stamp, digest: String)] = [:]
    private(set) var changed = false

    public init() {}

    /// Reads the list the last build left (an unreadable list is simply forgotten).
    public init(cache: PictureCache) {
        guard let data = FileManager.default.contents(atPath: cache.folder + "/pictures/sources") else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count == 5, let size = Int64(fields[0]), let modified = Int64(fields[1]), let inode = UInt64(fields[2]),
                  fields[3].count == 64 else { continue }
            known[String(fields[4])] = (Stamp(size: size, modified: modified, inode: inode), String(fields[3]))
        }
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                     inode: UInt64(info.st_ino))
    }

    /// The digest remembered for `path`, when the file has not changed since.
    func digest(of path: String) -> String? {
        guard let entry = known[path], let stamp = Self.stamp(path), stamp == entry.stamp else { return nil }
        return entry.digest
    }

    mutating func remember(_ path: String, stamp: Stamp, digest: String) {
        guard !path.utf8.contains(0x0A) else { return }
        if let entry = known[path], entry.stamp == stamp, entry.digest == digest { return }
        known[path] = (stamp, digest)
        changed = true
    }

    /// Writes the list when it changed, keeping only the files still in use.
    public mutating func save(to cache: PictureCache, keeping paths: Set<String>) throws(PictureError) {
        let kept = known.filter { paths.contains($0.key) }
        guard changed || kept.count != known.count else { return }
        known = kept
        let text = kept.sorted { $0.key < $1.key }
            .map { "\($0.value.stamp.size) \($0.value.stamp.modified) \($0.value.stamp.inode) \($0.value.digest) \($0.key)" }
            .joined(separator: "\n")
        try PictureCache.writeAtomically(Array((text + "\n").utf8), to: cache.folder + "/pictures/sources")
        changed = false
    }
}

extension SourceDigests {
    /// Remembers the digest a job computed (or confirmed) for its file.
    public mutating func remember(_ outcome: PictureOutcome) {
        guard let digest = outcome.digest, let stamp = outcome.stamp else { return }
        remember(outcome.job.path, stamp: stamp, digest: digest)
    }
}
