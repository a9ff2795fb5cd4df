import KoloDiagnostics
import KoloMarkdown

extension Checker {
    /// A `[^label]` with no definition shows on the page as typed: an error, like a broken link.
    /// A definition that nothing cites is left off the page: a warning, as the editor may still cite it.
    func checkFootnotes(log: inout DiagnosticLog) {
        for (index, page) in loaded.site.pages.enumerated() {
            for issue in rendered[index].footnoteIssues {
                let location = SourceLocation(path: page.sourcePath, line: page.bodyFirstLine - 1 + issue.line, column: issue.column)
                switch issue.kind {
                case .undefinedReference:
                    log.error(.footnote, at: location,
                              "footnote [^\(issue.label)] has no definition: add a line '[^\(issue.label)]: the note' to the page, or remove the reference")
                case .unusedDefinition:
                    log.warning(.footnote, at: location,
                                "footnote [^\(issue.label)] is defined but never cited, so it is not shown: cite it with [^\(issue.label)] in the text, or remove it")
                }
            }
        }
    }
}
