import KoloDiagnostics

/// What one rebuild of a `BuildSession` did.
public struct RebuildReport: Sendable {
    /// How much of the site the change could reach.
    public enum Scope: String, Sendable {
        /// The first build: everything rendered.
        case everything
        /// Only Markdown bodies changed: the resolved site was patched, not resolved again.
        case bodies
        /// Pages changed but no URL, list, tag, translation, reference, template or string did.
        case pages
        /// The site's shape changed: every output's context was compared with the last one.
        case site
    }

    public var scope: Scope
    /// Whether the site was resolved again; false when the last one was patched in place (Markdown
    /// and display keys changed, `Site.patch`).
    public var resolved = true
    /// Output files rendered again (their text computed), relative to the output folder.
    public var rendered: [String]
    /// Files whose bytes changed on disk (rendered or static), relative to the output folder.
    public var written: [String]
    /// Files the site no longer has, deleted.
    public var deleted: [String]
    public var outputCount: Int
    public var warnings: [Diagnostic]
    public var seconds: Double

    public var summary: String {
        "\(scope.rawValue): rendered \(rendered.count) of \(outputCount), wrote \(written.count), deleted \(deleted.count) in \(Int(seconds * 1000)) ms"
    }
}
