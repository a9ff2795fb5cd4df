/// How Markdown becomes HTML for one site (and, for quotes and labels, one language).
public struct MarkdownOptions: Sendable, Hashable {
    /// Straight quotes and dashes become typographic ones ("--" → "–", "---" → "—").
    public var smart: Bool
    /// Raw HTML and every URL scheme pass through. Off by default: Markdown authors are not trusted with script.
    public var unsafe: Bool
    /// The quotation marks this language uses for smart double quotes.
    public var quotes: QuotationMarks
    /// The GitHub Flavored Markdown constructs Kolo adds over cmark; all on by default.
    public var extensions: MarkdownExtensions
    /// Words readers (and screen readers) meet around tables and footnotes, in the page's language.
    public var labels: MarkdownLabels

    public init(smart: Bool = true, unsafe: Bool = false, quotes: QuotationMarks = .english,
                extensions: MarkdownExtensions = .all, labels: MarkdownLabels = .english) {
        self.smart = smart
        self.unsafe = unsafe
        self.quotes = quotes
        self.extensions = extensions
        self.labels = labels
    }
}

/// The extensions to CommonMark that Kolo builds over cmark's tree (GitHub Flavored Markdown's).
public struct MarkdownExtensions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `| a | b |` rows under a `|---|:-:|` delimiter row.
    public static let tables = MarkdownExtensions(rawValue: 1 << 0)
    /// `[^1]` references and `[^1]: text` definitions, listed at the end of the page.
    public static let footnotes = MarkdownExtensions(rawValue: 1 << 1)
    /// `~~gone~~` → `<del>`.
    public static let strikethrough = MarkdownExtensions(rawValue: 1 << 2)
    /// `- [ ] todo` and `- [x] done` list items → disabled, labelled checkboxes.
    public static let taskLists = MarkdownExtensions(rawValue: 1 << 3)
    /// Bare `https://…`, `www.…` and e-mail addresses become links.
    public static let autolinks = MarkdownExtensions(rawValue: 1 << 4)
    /// With raw HTML allowed, GFM's disallowed tags (`<script>`, `<iframe>`, `<style>`…) are still escaped.
    public static let tagFilter = MarkdownExtensions(rawValue: 1 << 5)

    public static let all: MarkdownExtensions = [.tables, .footnotes, .strikethrough, .taskLists, .autolinks, .tagFilter]
}

/// The accessible names Kolo gives what it adds around Markdown, from the site's UI strings
/// (KoloMarkdown knows no localisation: the build passes them in).
public struct MarkdownLabels: Sendable, Hashable {
    /// Names the list of notes at the end of the page ("Footnotes").
    public var footnotes: String
    /// Names the "↩" link from a note back to where it was cited ("Back to content").
    public var backToContent: String
    /// Names the region that scrolls a wide table sideways ("Table").
    public var table: String

    public init(footnotes: String, backToContent: String, table: String) {
        self.footnotes = footnotes
        self.backToContent = backToContent
        self.table = table
    }

    public static let english = MarkdownLabels(footnotes: "Footnotes", backToContent: "Back to content", table: "Table")
}

/// A language's opening and closing double quotation marks. cmark's smart mode knows only English
/// quotes, so the renderer swaps them for these.
public struct QuotationMarks: Sendable, Hashable {
    public var opening: String
    public var closing: String

    public init(opening: String, closing: String) {
        self.opening = opening
        self.closing = closing
    }

    public static let english = QuotationMarks(opening: "\u{201C}", closing: "\u{201D}")
}
