import Foundation
import Glibc

/// The cache keeps only what the last successful build used: a photo replaced or removed leaves no
/// copies behind for ever. Kolo deletes only inside the `pictures/` folder it created and marked,
/// and only names it gives (an entry's 64-digit key, a copy's digest and format): a cache folder
/// pointed at somewhere else (`images: {cache: …}`), or a file someone put there, is left alone.
extension PictureCache {
    /// The mark, in the Cache Directory Tagging Specification's file (backup tools skip the folder).
    static let tagName = "CACHEDIR.TAG"
    static let tag = """
    Signature: 8a477f597d28d172789f06886806bc55
    # Kolo's picture cache: processed copies of the site's pictures, made again when missing.
    # Kolo deletes from this folder only the files it wrote there.

    """

    var pictures: String { folder + "/pictures" }

    /// Creates the cache's `pictures/` folder, and marks it when this call created it (a folder that
    /// was already there keeps whatever mark it has, or none).
    public func prepare() throws(PictureError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PictureError("cannot create the picture cache at \(folder): \(error.localizedDescription)")
        }
        guard mkdir(pictures, 0o755) == 0 else {
            if errno == EEXIST { return }
            throw PictureError("cannot create the picture cache at \(pictures): \(String(cString: strerror(errno)))")
        }
        try Self.writeAtomically(Array(Self.tag.utf8), to: pictures + "/" + Self.tagName)
    }

    /// Whether Kolo made and marked the `pictures/` folder.
    var isMarked: Bool {
        FileManager.default.contents(atPath: pictures + "/" + Self.tagName).map { String(decoding: $0, as: UTF8.self) == Self.tag } ?? false
    }

    /// Deletes the entries not in `keys` and the copies not in `digests`; returns how many files
    /// went. Nothing at all when the folder is not Kolo's marked one, and nothing is even listed
    /// when the cache holds just what the last pruning kept (see `pruned`).
    @discardableResult
    public func prune(keepingEntries keys: Set<String>, copies digests: Set<String>) -> Int {
        let kept = Self.fingerprint(entries: keys, copies: digests)
        if prunedFingerprint == kept { return 0 }
        guard isMarked else { return 0 }
        let removed = Self.prune(entries) { name in Self.isDigest(name.utf8) && !keys.contains(name) }
            + Self.prune(files) { name in Self.isCopyName(name) && !digests.contains(String(decoding: name.utf8.prefix(64), as: UTF8.self)) }
        do throws(PictureError) {
            try Self.writeAtomically(Array((kept + "\n").utf8), to: pruned)
        } catch {
            // Nothing lost: without the record, the next build lists the cache and prunes it again.
        }
        return removed
    }

    /// What the last pruning kept: the fingerprint of the entries and copies it kept, in `pruned`.
    /// Listing the cache's 512 subfolders after every build was a tenth of a warm build of a small
    /// site, and when a build uses exactly what the last pruning kept there is nothing to delete: the
    /// cache holds only Kolo's files that pruning kept, and whatever a build stored since, which
    /// `store` makes sure to follow by a pruning (it deletes the record before it writes). So
    /// unused copies go at the first successful build whose pictures differ from the last pruned
    /// one's, or that processed any picture (a failed or killed one included).
    var pruned: String { pictures + "/pruned" }

    /// The recorded fingerprint; nil when there is none (a new cache, or one something was stored in since).
    var prunedFingerprint: String? {
        guard let data = FileManager.default.contents(atPath: pruned) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }

    /// Forgets the record before the cache gains a file, so that the next successful build prunes.
    func forgetPruning() throws(PictureError) {
        guard unlink(pruned) == 0 || errno == ENOENT else {
            throw PictureError("cannot update the picture cache at \(pruned): \(String(cString: strerror(errno)))")
        }
    }

    static func fingerprint(entries: Set<String>, copies: Set<String>) -> String {
        let text = Array((entries.sorted() + [""] + copies.sorted()).joined(separator: "\n").utf8)
        return text.withUnsafeBytes { Vips.sha256($0) }
    }

    /// Whether a file name is one Kolo gives a copy in `files`: its digest and format.
    public static func isCopyName(_ name: String) -> Bool {
        let format = name.utf8.dropFirst(64)
        return isDigest(name.utf8.prefix(64)) && [".webp", ".jpg", ".png"].contains(where: { format.elementsEqual($0.utf8) })
    }

    /// `count` lowercase hexadecimal digits (a regular expression took a tenth of a warm build).
    static func isHex(_ bytes: some Collection<UInt8>, count: Int) -> Bool {
        bytes.count == count && bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    static func isDigest(_ bytes: some Collection<UInt8>) -> Bool { isHex(bytes, count: 64) }

    /// Unlinks the regular files `isUnused` picks in the two-digit subfolders of `folder` whose names
    /// start with those digits, then the subfolders that leaves empty.
    private static func prune(_ folder: String, isUnused: (String) -> Bool) -> Int {
        var removed = 0
        for sub in names(in: folder) where isHex(sub.utf8, count: 2) {
            let path = folder + "/" + sub
            let before = removed
            for name in names(in: path) where name.hasPrefix(sub) && isUnused(name) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                if unlink(path + "/" + name) == 0 { removed += 1 }
            }
            if removed > before { rmdir(path) }
        }
        return removed
    }

    /// The names in a folder; none when it is not there (nothing was cached yet) or cannot be read
    /// (then nothing is pruned, which loses nothing).
    private static func names(in folder: String) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            return []
        }
    }
}
