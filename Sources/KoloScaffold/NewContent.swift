import Glibc
import KoloContent
import KoloDiagnostics

/// What `kolo new` writes: one content file with the front matter its kind needs, at the path the
/// site's rules give it.
public struct NewContent: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case news, project, member, event, page

        var pageKind: PageKind {
            switch self {
            case .news: .news
            case .project: .project
            case .member: .member
            case .event: .event
            case .page: .page
            }
        }

        /// "a news item", for messages.
        var noun: String {
            switch self {
            case .news: "a news item"
            case .project: "a project"
            case .member: "a member"
            case .event: "an event"
            case .page: "a page"
            }
        }
    }

    /// Where the file goes, absolute.
    public var path: String
    /// The same, as messages print it (relative to the current folder when inside it).
    public var displayPath: String
    public var text: String

    /// Creates the file and any missing folders; never replaces an existing file.
    public func write() throws(DiagnosticError) {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        try Self.makeFolders(folder, display: displayPath)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists, and kolo new never replaces a file" : String(cString: strerror(errno))
            throw DiagnosticError(.error(.io, at: SourceLocation(path: displayPath), "cannot create the file: \(reason)"))
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw DiagnosticError(.error(.io, at: SourceLocation(path: displayPath), "cannot write the file: \(String(cString: strerror(errno)))"))
            }
            done += count
        }
    }

    private static func makeFolders(_ folder: String, display: String) throws(DiagnosticError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let parent = folder.lastIndex(of: "/"), parent > folder.startIndex {
            try makeFolders(String(folder[..<parent]), display: display)
            if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        }
        throw DiagnosticError(.error(.io, at: SourceLocation(path: display), "cannot create the folder \(folder): \(String(cString: strerror(errno)))"))
    }
}
