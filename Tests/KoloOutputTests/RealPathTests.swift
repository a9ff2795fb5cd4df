import Foundation
import KoloOutput
import Testing

/// The checks on the output's path are only as good as the path they check.
struct RealPathTests {
    @Test func realPathsResolveLinksBeforeDotDot() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-real-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/a/b", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: base + "/a/b")
        let real = RealPath.of(base)
        #expect(RealPath.of(base + "/link/../x") == real + "/a/x")
        #expect(RealPath.of(base + "/link/new/../y/./z") == real + "/a/b/y/z")
        #expect(RealPath.of(base + "/missing/../../q") == (real as NSString).deletingLastPathComponent + "/q")
        #expect(RealPath.of("/") == "/")
    }
}
