/// What one Markdown document turned into: its HTML and the facts the rest of the build needs
/// (headings for anchors and tables of contents, links and images for checking, the summary).
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    /// The first paragraph as inline HTML (no `<p>`), for lists; empty when the document has no paragraph.
    public var summaryHTML: String
    /// The first paragraph as plain text, for meta descriptions.
    public var summaryText: String
    public var headings: [Heading]
    /// Links and images in document order, with their destination as written and as rendered.
    public var links: [Link]
    public var wordCount: Int
    /// Footnote references without a definition and definitions nothing refers to.
    public var footnoteIssues: [FootnoteIssue]

    public init(html: String, summaryHTML: String, summaryText: String, headings: [Heading], links: [Link], wordCount: Int,
                footnoteIssues: [FootnoteIssue] = []) {
        self.html = html
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.headings = headings
        self.links = links
        self.wordCount = wordCount
        self.footnoteIssues = footnoteIssues
    }

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    public struct Link: Sendable, Hashable {
        public var destination: String
        public var renderedDestination: String
        public var isImage: Bool
        /// 1-based line within the Markdown text given to the renderer.
        public var line: Int
        /// 1-based column in characters, when it could be found; else the start of the block.
        public var column: Int
    }

    public struct FootnoteIssue: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// `[^label]` with no `[^label]:` anywhere on the page: it stays literal text.
            case undefinedReference
            /// `[^label]:` that no reference cites: it is not shown.
            case unusedDefinition
        }
        public var kind: Kind
        public var label: String
        /// 1-based line and column within the Markdown text given to the renderer.
        public var line: Int
        public var column: Int
    }
}
