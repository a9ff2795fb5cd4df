import KoloFixtures
import Foundation
import KoloBuild
import KoloDiagnostics
import Testing

/// A fixture site with a build session writing into a folder of its own, and a way to check that
/// folder against a fresh full build of the same sources.
struct SessionHarness {
    let site: FixtureSite
    let preview: URL
    var session: BuildSession
    let drafts: Bool

    init(_ files: String, drafts: Bool = true, baseURL: String? = nil) throws {
        site = try FixtureSite(files)
        preview = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-preview-\(UUID().uuidString)")
        self.drafts = drafts
        session = BuildSession(options: BuildOptions(source: site.root.path, output: preview.path, baseURL: baseURL,
                                                     includeDrafts: drafts, includeFuture: drafts, now: FixtureSite.now))
    }

    /// Rebuilds after the files at these site-relative paths changed (nil: everything).
    @discardableResult
    mutating func rebuild(_ paths: [String]? = nil) async throws(DiagnosticError) -> RebuildReport {
        guard let paths else { return try await session.rebuild(.all) }
        let root = session.siteRoot
        return try await session.rebuild(SourceChanges(paths: paths.map { root + "/" + $0 }, root: root))
    }

    func previewFiles() throws -> [String: Data] {
        try site.allFiles(in: preview)
    }

    /// A full `kolo build` of the same sources, read back.
    func fullBuild() async throws -> [String: Data] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Build.run(BuildOptions(source: site.root.path, output: folder.path, baseURL: session.options.baseURL,
                                         includeDrafts: drafts, includeFuture: drafts, now: FixtureSite.now))
        return try site.allFiles(in: folder)
    }

    /// The preview folder holds exactly what a full build writes, byte for byte.
    func expectSameAsFullBuild(_ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let full = try await fullBuild()
        let preview = try previewFiles()
        let missing = Set(full.keys).subtracting(preview.keys).sorted()
        let extra = Set(preview.keys).subtracting(full.keys).sorted()
        let different = full.keys.filter { preview[$0] != nil && preview[$0] != full[$0] }.sorted()
        #expect(missing.isEmpty && extra.isEmpty && different.isEmpty,
                "after \(step): missing \(missing), extra \(extra), different \(different)", sourceLocation: sourceLocation)
    }

    func cleanUp() {
        site.cleanUp()
        try? FileManager.default.removeItem(at: preview)
    }
}

extension FixtureSite {
    /// Every file under a folder, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}
