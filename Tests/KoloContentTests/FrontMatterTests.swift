import KoloDiagnostics
import Testing
@testable import KoloContent

struct FrontMatterTests {
    @Test func splitsYAMLFromBody() throws {
        let split = try FrontMatter.split("---\ntitle: A\n---\nBody\n", path: "a.md")
        #expect(split.yaml == "title: A\n")
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter.split("# Hello\n", path: "a.md")
        #expect(split.yaml.isEmpty)
        #expect(split.body == "# Hello\n")
    }

    @Test func unclosedFrontMatterIsAnErrorAtItsStart() {
        #expect(throws: DiagnosticError.self) { try FrontMatter.split("---\ntitle: A\nBody\n", path: "content/mk/a.md") }
        do {
            _ = try FrontMatter.split("---\ntitle: A\n", path: "content/mk/a.md")
        } catch {
            #expect(error.description == "content/mk/a.md:1:1: error: front matter starts with '---' here but is never closed: add a line '---' after the last key")
        }
    }

    @Test func textIsNormalised() throws {
        let text = try ContentFile.decodeText([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\n".utf8), path: "a.md")
        #expect(text == "---\ntitle: A\n---\n")
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        do {
            _ = try ContentFile.decodeText(Array("ok\nab".utf8) + [0xFF], path: "x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "x.md:2:3: error: the file is not valid UTF-8 text; save it as UTF-8")
        }
    }

    @Test func nulBytesMarkABinaryFile() {
        do {
            _ = try ContentFile.decodeText([0x41, 0x00, 0x42], path: "x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("x.md:1:2: error: the file contains a NUL byte"))
        }
    }
}
