import KoloContent
import KoloDiagnostics
import KoloMarkdown
import KoloPictures
import KoloSite
import KoloTemplates

/// One place a page (or a funder) names a picture the site publishes.
struct PictureNaming: Sendable {
    var key: PictureUse
    var written: String
    var file: PictureSources.File
    var location: SourceLocation?
    /// `image:` of an item: its card is cropped around `imageFocus:`.
    var isCardImage: Bool
    /// `logo:` of a page, or a funder's logo.
    var isLogo = false
    var focus: PictureFocus
}

extension SitePictures {
    /// Front matter `image:` and `logo:`, Markdown pictures and funders' logos, in page order.
    /// `markdownLinks` parses a body with the site's Markdown settings (a picture in a table cell or
    /// a footnote is a picture only where the site has tables or footnotes).
    static func collectUses(site: Site, sources: PictureSources, root: String, markdownLinks: @escaping MarkdownLinks) async -> [PictureNaming] {
        // Finding a body's pictures means parsing it: worth it only when the site has a picture
        // for a body to name (a big site without pictures would parse every body twice for nothing).
        let hasPictures = sources.staticFiles.values.contains { $0.kind != nil }
            || sources.bundleFiles.values.contains { $0.contains { $0.kind != nil } }
        let perPage = await parallelMap(Array(site.pages.indices)) { index -> [PictureNaming] in
            let page = site.pages[index]
            var uses: [PictureNaming] = []
            func add(_ written: String?, location: SourceLocation?, isCardImage: Bool = false, isLogo: Bool = false) {
                guard let written, let file = sources.file(written, on: index, site: site, root: root) else { return }
                let focus = page.imageFocus.flatMap { PictureFocus(rawValue: $0.rawValue) } ?? .auto
                uses.append(PictureNaming(key: PictureUse(written: written, on: page.id), written: written, file: file,
                                          location: location, isCardImage: isCardImage, isLogo: isLogo, focus: focus))
            }
            add(page.image, location: page.keyLocations["image"], isCardImage: true)
            add(page.logo, location: page.keyLocations["logo"], isLogo: true)
            guard hasPictures, mayNamePicture(page.body), destinationCandidates(in: page.body).contains(where: { written in
                // Escapes and entities are decoded by the parser: only it can say what such a name means.
                written.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") }
                    || sources.file(written, on: index, site: site, root: root)?.kind != nil
            }) else { return uses }
            for link in markdownLinks(page) where link.isImage {
                add(link.destination, location: SourceLocation(path: page.sourcePath, line: link.line + page.bodyFirstLine - 1, column: link.column))
            }
            return uses
        }
        var uses = perPage.flatMap { $0 }
        for funder in site.config.funders {
            guard let logo = funder.logo, logo.hasPrefix("/"), let file = sources.staticFiles[String(logo.dropFirst())] else { continue }
            uses.append(PictureNaming(key: PictureUse(written: logo, on: ""), written: logo, file: file,
                                      location: SourceLocation(path: site.config.path), isCardImage: false, isLogo: true, focus: .auto))
        }
        return uses
    }

    /// What a body may name as a link or picture destination, read from the text without parsing
    /// it: the word after every `](` (inline) and `]:` (a reference definition), `<…>` as one word.
    /// It finds every destination the parser would, and some it would not: parsing a body only
    /// when one of these is a picture the site has keeps a site of 10,000 pages that names no
    /// picture from being parsed twice.
    public static func destinationCandidates(in body: String) -> [String] {
        let bytes = Array(body.utf8)
        var candidates: [String] = []
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") || bytes[index + 1] == UInt8(ascii: ":") else { continue }
            var start = index + 2
            var newlines = 0
            while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) {
                if bytes[start] == 0x0A { newlines += 1 }
                start += 1
            }
            guard newlines <= 1, start < bytes.count else { continue }
            var end = start
            if bytes[start] == UInt8(ascii: "<") {
                start += 1
                end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != 0x0A { end += 1 }
            } else {
                var depth = 0
                while end < bytes.count, bytes[end] > 0x20 {
                    if bytes[end] == UInt8(ascii: "(") { depth += 1 }
                    if bytes[end] == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 }
                    end += 1
                }
            }
            if end > start { candidates.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
        }
        return candidates
    }

    /// Whether a body holds `![`, the start of every Markdown picture: a byte scan, far cheaper
    /// than Foundation's `contains`, which goes through `range(of:)` and UTF-16 offsets.
    private static func mayNamePicture(_ body: String) -> Bool {
        var previous: UInt8 = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: "[") && previous == UInt8(ascii: "!") { return true }
            previous = byte
        }
        return false
    }
}
