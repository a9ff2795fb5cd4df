import Foundation
import KoloDiagnostics
import KoloSearch
import Testing

/// Pagefind's entry file lists languages in hash-map order; Kolo sorts it so that two builds are
/// byte-identical, and says so when it cannot.
struct SearchEntrySortingTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pagefind-entry-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theEntryFileIsRewrittenWithSortedKeys() throws {
        let path = try file(#"{"version":"1.5.2","languages":{"pl":{"page_count":2},"bg":{"page_count":1}}}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Pagefind.sortKeys(ofJSON: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"languages":{"bg":{"page_count":1},"pl":{"page_count":2}},"version":"1.5.2"}"#)
    }

    @Test func anEntryFileThatIsNotJSONIsAnError() throws {
        let path = try file("pagefind 2 wrote something else")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DiagnosticError.self) { try Pagefind.sortKeys(ofJSON: path) }
        #expect(throws: DiagnosticError.self) { try Pagefind.sortKeys(ofJSON: path + ".missing") }
    }
}
