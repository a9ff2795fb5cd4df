import FuzzSupport
import KoloContent
import KoloDiagnostics
import KoloText

/// Where a file can be: each section's kind, a section index, a plain page, a nested page, and a
/// file name without letters (which needs `slug:`).
let paths = ["news/2016-07-22-fusion-lab.md", "projects/fusion-lab.md", "members/forum-16.md", "about.md",
             "news/_index.md", "_index.md", "about/team/people.md", "!!!.md", "news/2024-02-30-x.md"]
let languages = ["en", "mk", "bg", "pl", "sr", "tr", "el"]
let contexts = [
    PageDecodingContext(slugStyle: .ascii, timeZone: .utc),
    PageDecodingContext(slugStyle: .unicode, timeZone: SiteTimeZone(identifier: "Europe/Skopje") ?? .utc),
]

/// `Page.decode` on any bytes, as any kind of page: a page whose parts are sound, or errors that
/// point inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let language = input.pick(languages, shift: 0)
    let pathInLanguage = input.pick(paths, shift: 8)
    let context = input.pick(contexts, shift: 16)
    let displayPath = "content/\(language)/\(pathInLanguage)"
    guard let text = try? ContentFile.decodeText(input.bytes, path: displayPath) else { return 0 }
    let file = ContentFile(language: language, pathInLanguage: pathInLanguage, displayPath: displayPath, text: text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    do throws(DiagnosticError) {
        let page = try Page.decode(file, context: context)
        invariant(text.utf8.count >= page.body.utf8.count && text.utf8.suffix(page.body.utf8.count).elementsEqual(page.body.utf8),
                  "the body is not the end of the file")
        invariant(page.language == language && page.sourcePath == displayPath, "the page forgot where it came from")
        if page.kind != .section || !page.slug.isEmpty {
            invariant(!page.slug.isEmpty, "an empty slug was accepted")
            SlugRules.check(page.slug, style: context.slugStyle, of: "(page)", language: language)
        }
        for location in page.keyLocations.values { checkLocation(location, lines: lines, path: displayPath) }
        for location in page.keyNameLocations.values { checkLocation(location, lines: lines, path: displayPath) }
        for tag in page.tags { checkLocation(tag.location, lines: lines, path: displayPath) }
    } catch {
        invariant(!error.diagnostics.isEmpty, "an error without diagnostics")
        invariant(error.diagnostics.contains { $0.severity == .error }, "thrown without an error: \(error.description)")
        for diagnostic in error.diagnostics {
            invariant(!diagnostic.message.isEmpty, "an empty message")
            if let location = diagnostic.location { checkLocation(location, lines: lines, path: displayPath, diagnostic.description) }
        }
        _ = error.description
    }
    return 0
}

/// A position inside the file: a line it has, a column at most one past that line's end.
func checkLocation(_ location: SourceLocation, lines: [Substring], path: String, _ what: String = "") {
    invariant(location.path == path, "a location in another file: \(location) \(what)")
    invariant(location.line >= 1 && location.line <= max(lines.count, 1), "line \(location.line) of \(lines.count): \(what)")
    let length = location.line <= lines.count ? lines[location.line - 1].unicodeScalars.count : 0
    invariant(location.column >= 1 && location.column <= length + 1,
              "column \(location.column) on a line of \(length) characters: \(what)")
}
