import Foundation
import KoloDiagnostics
import Testing
@testable import KoloTemplates

/// A theme's templates as `Theme.load` reads them from disk: every template that cannot be used is an
/// error naming its file (a page quietly rendered without its header is worse than no build).
struct ThemeLoadingTests {
    /// A site folder with `themes/plain/templates/` holding `files` (name → bytes).
    func siteFolder(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-theme-\(UUID().uuidString)")
        for (name, bytes) in files {
            let url = root.appendingPathComponent("themes/plain/templates/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    func errors(_ files: [String: [UInt8]], prepare: (URL) throws -> Void = { _ in }) throws -> [String] {
        let root = try siteFolder(files)
        defer { try? FileManager.default.removeItem(at: root) }
        try prepare(root)
        do {
            _ = try Theme.load(name: "plain", siteRoot: root.path, displayRoot: "site")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aThemeWhoseTemplatesAllReadLoadsWithItsFragments() throws {
        let root = try siteFolder(["single.mustache": Array("{{{fragments.header}}}".utf8), "fragments/header.mustache": Array("<h1>".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = try Theme.load(name: "plain", siteRoot: root.path, displayRoot: "site")
        #expect(theme.library.templates(named: "fragments/").map(\.name) == ["fragments/header"])
    }

    @Test func aTemplateThatIsNotUTF8IsAnErrorNamingIt() throws {
        let errors = try errors(["single.mustache": Array("x".utf8), "fragments/footer.mustache": [0x3C, 0xFF, 0xFE, 0x3E]])
        #expect(errors == ["site/themes/plain/templates/fragments/footer.mustache:1:1: error: template is not UTF-8 text"])
    }

    @Test func aTemplateThatCannotBeReadIsAnErrorSayingWhy() throws {
        // A folder named like a template: found by the scan, but no file to read.
        let errors = try errors(["single.mustache": Array("x".utf8)]) { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("themes/plain/templates/fragments/menu.mustache"),
                                                    withIntermediateDirectories: true)
        }
        #expect(errors == ["site/themes/plain/templates/fragments/menu.mustache:1:1: error: this is not a regular file"])
    }

    @Test func aFragmentWithASyntaxErrorIsReportedWithItsFileLineAndColumn() throws {
        let errors = try errors(["single.mustache": Array("x".utf8), "fragments/header.mustache": Array("<header>\n  {{#menu}}\n</header>".utf8)])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("site/themes/plain/templates/fragments/header.mustache:3:10: error: template syntax: ") == true, "\(errors)")
        #expect(errors.first?.contains("never closed") == true)
    }
}
