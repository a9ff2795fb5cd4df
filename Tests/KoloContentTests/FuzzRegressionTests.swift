import Foundation
import KoloDiagnostics
import Testing
@testable import KoloContent

/// What the libFuzzer targets found (Fuzz/, docs/publishing.md "Fuzzing"): each reproducer in
/// Fuzz/Crashes/<target>/ is read and checked here, and each bug has a readable case of its own.
struct FuzzRegressionTests {
    /// Fuzz/Crashes/<target>/: every file, by name.
    static func reproducers(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/Crashes/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    // MARK: FuzzFrontMatter: a CR before CR LF

    @Test func aCRBeforeCRLFLeavesNoCR() throws {
        // As Characters, "\r" + "\r\n" became a new "\r\n" once "\r\n" was replaced, and kept its CR.
        #expect(try ContentFile.decodeText(Array("a\r\r\nb\r\n\r\rc\r".utf8), path: "a.md") == "a\n\nb\n\n\nc\n")
    }

    @Test func frontMatterReproducersDecodeWithoutCR() throws {
        let files = try Self.reproducers("FuzzFrontMatter")
        #expect(!files.isEmpty)
        for file in files {
            let text = try ContentFile.decodeText(file.bytes, path: file.name)
            #expect(!text.utf8.contains(0x0D), "\(file.name)")
            // The file has as many lines as it had line ends of any kind.
            let ends = file.bytes.indices.filter { file.bytes[$0] == 0x0D || (file.bytes[$0] == 0x0A && ($0 == 0 || file.bytes[$0 - 1] != 0x0D)) }
            #expect(text.utf8.filter { $0 == 0x0A }.count == ends.count, "\(file.name)")
        }
    }

    // MARK: FuzzPageDecode: U+2028 moved YAML positions

    func decode(_ text: String) throws(DiagnosticError) -> Page {
        try Page.decode(ContentFile(language: "en", pathInLanguage: "about.md", displayPath: "content/en/about.md", text: text),
                        context: PageDecodingContext(slugStyle: .ascii, timeZone: .utc))
    }

    @Test func lineSeparatorsDoNotMoveYAMLErrors() {
        // libyaml ends lines at U+2028, U+2029 and U+0085 too (YAML 1.1); an editor does not.
        do {
            _ = try decode("---\ntitle: \"A\u{2028}B\u{2029}C\u{85}D\"\nnested: {a: b}\nbad: [x\n---\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "content/en/about.md:5:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)",
            ])
        }
    }

    @Test func lineSeparatorsDoNotMoveValuePositions() throws {
        // A nested mapping sends the front matter to Yams, whose marks count U+2028 as a line end.
        let page = try decode("---\ndescription: \"one\u{2028}two\"\ntitle: After\nnested: {a: b}\n---\n")
        #expect(page.keyLocations["title"]?.description == "content/en/about.md:3:8")
        #expect(page.keyLocations["nested"]?.description == "content/en/about.md:4:9")
    }

    @Test func pageDecodeReproducersPointInsideTheFile() throws {
        let files = try Self.reproducers("FuzzPageDecode")
        #expect(!files.isEmpty)
        for file in files {
            let text = try ContentFile.decodeText(file.bytes, path: file.name)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var locations: [KoloDiagnostics.SourceLocation] = []
            do {
                let page = try decode(text)
                locations = Array(page.keyLocations.values)
            } catch {
                locations = error.diagnostics.compactMap(\.location)
                #expect(!locations.isEmpty, "\(file.name)")
            }
            for location in locations {
                #expect(location.line <= lines.count, "\(file.name): \(location)")
                let length = location.line <= lines.count ? lines[location.line - 1].unicodeScalars.count : 0
                #expect(location.column <= length + 1, "\(file.name): \(location)")
            }
        }
    }
}
