import Foundation
import Testing
@testable import KoloContent

struct FileSystemTests {
    /// `listDirectory` reads each name from its own record, so names of every length up to the
    /// file system's limit, and names in other scripts, come back whole and in order.
    @Test func listsNamesOfEveryLengthWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected = (1...255).map { length in String(repeating: "a", count: length - 1) + "z" }
        expected += ["вести", "wiadomości-łódź", "ж" + String(repeating: "ш", count: 126)]  // the last is 254 bytes
        for name in expected {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        #expect(listDirectory(folder.path) == expected.sorted())
    }

    @Test func aMissingFolderListsNothing() {
        #expect(listDirectory("/nonexistent-\(UUID().uuidString)").isEmpty)
    }
}
