/// A page's Markdown as HTML, and the facts lists need from it.
public struct PageBody: Sendable {
    public var html: String
    public var summaryHTML: String
    public var summaryText: String
    public var wordCount: Int

    public init(html: String, summaryHTML: String, summaryText: String, wordCount: Int) {
        self.html = html
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.wordCount = wordCount
    }

    public static let empty = PageBody(html: "", summaryHTML: "", summaryText: "", wordCount: 0)
}
