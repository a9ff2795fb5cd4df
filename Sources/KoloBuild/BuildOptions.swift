import KoloDiagnostics
import KoloSitePictures

/// What `kolo build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder as the user named it ("." by default).
    public var source: String
    /// The output folder; `<source>/public` when nil.
    public var output: String?
    public var baseURL: String?
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// Keep items whose `expiryDate` has passed (`--expired`).
    public var includeExpired = false
    /// "Now" for leaving out future and expired items and splitting upcoming from past events, in
    /// seconds since 1970 (`--now`; fixed in tests).
    public var now: Int64
    /// Replace the output folder even when Kolo did not write it (`--force`).
    public var force: Bool

    public init(source: String = ".", output: String? = nil, baseURL: String? = nil,
                includeDrafts: Bool = false, includeFuture: Bool = false, now: Int64, force: Bool = false) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
        self.force = force
    }
}

/// What a build did, for the one-line summary.
public struct BuildReport: Sendable {
    public var pagesPerLanguage: [(language: String, count: Int)]
    public var filesWritten: Int
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var outputFolder: String
    public var pictures = PictureSummary()

    public var summary: String {
        let perLanguage = pagesPerLanguage.map { "\($0.language) \($0.count)" }.joined(separator: ", ")
        return "built \(filesWritten) files (pages: \(perLanguage)) into \(outputFolder) in \(String(format: "%.2f", seconds)) s"
            + (pictures.line.map { "; " + $0 } ?? "")
    }
}
