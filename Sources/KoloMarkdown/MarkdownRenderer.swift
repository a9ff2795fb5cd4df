internal import CCmark
import KoloText

/// Turns Markdown into HTML with cmark's parser, Kolo's extensions over cmark's tree (GFM tables,
/// footnotes, strikethrough, task lists, autolinks) and Kolo's own HTML writer, which adds what
/// cmark's writer cannot: heading ids, link rewriting, localised quotes and a record of links.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// - Parameters:
    ///   - markdown: the body, without front matter.
    ///   - slugger: makes heading ids in the page's language.
    ///   - footnotePrefix: goes into the page's footnote ids (`fn-<prefix>-1`), so that notes of
    ///     two pages shown together never share an id; empty gives cmark-gfm's `fn1`.
    ///   - resolveLink: rewrites link destinations; nil keeps them.
    ///   - writePicture: the markup of pictures the build publishes; nil writes every image as `<img>`.
    public func render(_ markdown: String, slugger: Slugger, footnotePrefix: String = "", resolveLink: LinkResolver? = nil,
                       writePicture: PictureWriter? = nil) -> RenderedMarkdown {
        var parserOptions = CMARK_OPT_VALIDATE_UTF8
        if options.smart { parserOptions |= CMARK_OPT_SMART }
        var markdown = markdown
        let document: OpaquePointer? = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, parserOptions)
            }
        }
        guard let document else {
            return RenderedMarkdown(html: "", summaryHTML: "", summaryText: "", headings: [], links: [], wordCount: 0)
        }
        defer { cmark_node_free(document) }
        var extender = TreeExtender(options: options, parserOptions: parserOptions, source: Array(markdown.utf8))
        if !options.extensions.isEmpty { extender.extend(document) }
        var writer = HTMLWriter(options: options, slugger: slugger, resolveLink: resolveLink, source: markdown,
                                tree: extender.tree, footnotePrefix: footnotePrefix)
        writer.writePicture = writePicture
        writer.write(document: document)
        var result = writer.result()
        for reference in extender.undefinedReferences {
            let (line, column) = writer.position(onLine: reference.line, searching: reference.written)
            result.footnoteIssues.append(.init(kind: .undefinedReference, label: String(reference.written.dropFirst(2).dropLast()), line: line, column: column))
        }
        result.footnoteIssues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return result
    }
}
