internal import CCmark
import KoloText

/// Turns CommonMark into HTML with cmark's parser and Kolo's own HTML writer, which adds what
/// cmark's writer cannot: heading ids, link rewriting, localised quotes and a record of links.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// - Parameters:
    ///   - markdown: the body, without front matter.
    ///   - slugger: makes heading ids in the page's language.
    ///   - resolveLink: rewrites link destinations; nil keeps them.
    ///   - writePicture: the markup of pictures the build publishes; nil writes every image as `<img>`.
    public func render(_ markdown: String, slugger: Slugger, resolveLink: LinkResolver? = nil,
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
        var writer = HTMLWriter(options: options, slugger: slugger, resolveLink: resolveLink, source: markdown)
        writer.writePicture = writePicture
        writer.write(document: document)
        return writer.result()
    }
}
