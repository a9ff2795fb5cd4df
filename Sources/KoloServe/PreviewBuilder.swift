/// What the preview server asks of a build: KoloServe knows nothing of how one works. The
/// server keeps one builder and calls it again after every change the watcher reports.
public protocol PreviewBuilder: Sendable {
    /// The folder the site is written to (served as the site's root).
    var folder: String { get }
    /// Files and folders to watch (they need not exist yet).
    var watchedPaths: [String] { get }
    /// Builds after a change; `changed` are absolute paths, nil for "anything may have changed".
    mutating func build(changed: Set<String>?) async -> Result<PreviewBuild, PreviewFailure>
    /// Work that can wait until the browsers have been told (a search index, say); returns a
    /// message for the terminal when it failed.
    mutating func afterReload() async -> String?
}

extension PreviewBuilder {
    public mutating func afterReload() async -> String? { nil }
}

/// A build that succeeded.
public struct PreviewBuild: Sendable {
    /// Files whose bytes changed or that went away, relative to the folder ("en/news/x/index.html").
    public var changedFiles: [String]
    /// One line for the terminal.
    public var summary: String
    /// Warnings as compilers print them.
    public var warnings: [String]

    public init(changedFiles: [String], summary: String, warnings: [String] = []) {
        self.changedFiles = changedFiles
        self.summary = summary
        self.warnings = warnings
    }
}

/// A build that failed: every error as compilers print them (`path:line:col: error: message`).
public struct PreviewFailure: Error, Sendable {
    public var messages: [String]

    public init(messages: [String]) {
        self.messages = messages
    }
}
