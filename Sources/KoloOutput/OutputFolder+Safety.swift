import Foundation
import Glibc
import KoloContent
import KoloDiagnostics

/// A folder the build reads, which the output may neither be, lie inside, nor hold.
public struct SourceFolder: Sendable, Equatable {
    /// Its real path.
    public let path: String
    /// What it is, for messages: "the site's content folder (content/)".
    public let role: String
    /// The site folder may hold the output (`public/`); a source folder may not.
    public var mayHoldOutput = false

    public init(path: String, role: String, mayHoldOutput: Bool = false) {
        self.path = path
        self.role = role
        self.mayHoldOutput = mayHoldOutput
    }
}

extension OutputFolder {
    /// Refuses `/`, and any output that is, lies inside or holds a source folder (links and `..`
    /// resolved: `destination` is a real path).
    static func refuseSources(_ destination: String, displayPath: String, sources: [SourceFolder]) throws(DiagnosticError) {
        func refuse(_ what: String) -> DiagnosticError {
            let named = displayPath == destination ? displayPath : "\(displayPath) (\(destination))"
            // The default output, unless that is the trouble (a `public` linked into the sources).
            let publicFolder = (sources.first?.path ?? "") + "/public"
            let suggestion = isSafe(publicFolder, sources: sources) && destination != publicFolder
                ? "--output \(RealPath.displayPath(for: publicFolder))"
                : "--output with a new folder outside the site's sources"
            return DiagnosticError(.error(.usage, at: nil,
                "refusing to build into \(named): \(what), and building replaces the output folder with the site; write the site somewhere else, e.g. \(suggestion)"))
        }
        if destination == "/" { throw refuse("it is the root folder") }
        if let source = sources.first(where: { $0.path == destination }) { throw refuse("it is \(source.role)") }
        if let source = sources.first(where: { RealPath.isInside(destination, $0.path) && !$0.mayHoldOutput }) {
            throw refuse("it is inside \(source.role)")
        }
        if let source = sources.first(where: { RealPath.isInside($0.path, destination) }) { throw refuse("it holds \(source.role)") }
    }

    private static func isSafe(_ destination: String, sources: [SourceFolder]) -> Bool {
        let real = RealPath.of(destination)
        return !sources.contains { (RealPath.isInside(real, $0.path) && !$0.mayHoldOutput) || RealPath.isInside($0.path, real) }
    }

    /// Lets a build replace only what Kolo wrote: an absent or empty folder, or one marked as a
    /// finished output none of whose files changed since it was marked. Anything else is refused,
    /// naming a few of its files, unless `force`; a file is refused even then. A picture linked from
    /// the cache is Kolo's whatever its change time (see `SharedFiles`).
    ///
    /// Returns the shared files it found, for the check of the same folder when the build commits:
    /// a file still there then, the same inode with the same modification time, is the same file
    /// of Kolo's (its mark is not read again: the build's own links to the cache changed its
    /// change time, so every picture would need it).
    @discardableResult
    static func checkReplaceable(_ destination: String, displayPath: String, force: Bool,
                                 knownShared: [String: SharedFileStamp] = [:]) throws(DiagnosticError) -> [String: SharedFileStamp] {
        var info = stat()
        guard lstat(destination, &info) == 0 else { return [:] }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw DiagnosticError(.error(.usage, at: nil, "refusing to build into \(displayPath): it is a file, not a folder"))
        }
        if force { return [:] }
        let mark = FolderMark.read(destination)
        if case .output(let finishedAt) = mark {
            var changed: [String] = []
            var shared: [String: SharedFileStamp] = [:]
            let count = walkFiles(destination) { relative, info in
                let time = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
                guard time > finishedAt else { return false }
                let stamp = SharedFileStamp(info)
                if knownShared[relative] == stamp || isShared(destination + "/" + relative, info, finishedAt: finishedAt) {
                    shared[relative] = stamp
                    return false
                }
                noteExample(relative, in: &changed)
                return true
            }
            guard count > 0 else { return shared }
            throw DiagnosticError(.error(.usage, at: nil,
                "refusing to build into \(displayPath): \(listed(changed, count: count)) \(count == 1 ? "was" : "were") added to it or changed since Kolo built it, and building would delete \(count == 1 ? "it" : "them"); move \(count == 1 ? "it" : "them") out (a file the site should publish, such as CNAME, belongs in static/), or give --force to replace the folder anyway"))
        }
        var files: [String] = []
        let count = walkFiles(destination) { relative, _ in
            noteExample(relative, in: &files)
            return true
        }
        guard count > 0 else { return [:] }
        throw DiagnosticError(.error(.usage, at: nil,
            "refusing to build into \(displayPath): it holds files Kolo did not write (\(listed(files, count: count))), and building would delete them; build into a new or empty folder, or give --force to replace the folder with everything in it"))
    }

    /// Keeps up to three files as examples, from different top-level entries (not three of `.git`'s).
    private static func noteExample(_ relative: String, in examples: inout [String]) {
        let top = relative.split(separator: "/").first ?? ""
        if examples.count < 3 && !examples.contains(where: { $0.split(separator: "/").first == top }) { examples.append(relative) }
    }

    private static func listed(_ files: [String], count: Int) -> String {
        files.joined(separator: ", ") + (count > files.count ? " and \(count - files.count) more" : "")
    }
}
