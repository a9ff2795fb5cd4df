/// How Markdown becomes HTML for one site (and, for quotes, one language).
public struct MarkdownOptions: Sendable, Hashable {
    /// Straight quotes and dashes become typographic ones ("--" → "–", "---" → "—").
    public var smart: Bool
    /// Raw HTML and every URL scheme pass through. Off by default: Markdown authors are not trusted with script.
    public var unsafe: Bool
    /// The quotation marks this language uses for smart double quotes.
    public var quotes: QuotationMarks

    public init(smart: Bool = true, unsafe: Bool = false, quotes: QuotationMarks = .english) {
        self.smart = smart
        self.unsafe = unsafe
        self.quotes = quotes
    }
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
