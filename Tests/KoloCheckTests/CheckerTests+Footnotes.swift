import Testing

extension CheckerTests {
    @Test func footnotesWithoutADefinitionOrNeverCitedAreFoundWithTheirPositions() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        title: About
        ---
        Funded by Erasmus+[^erasmus] and the ACF[^acf].

        | Partner | Note |
        |---|---|
        | BCause | see[^bg] |

        [^erasmus]: The EU programme.

        [^spare]: Written, never cited.
        """, [
            "content/en/about.md:4:41: error: footnote [^acf] has no definition: add a line '[^acf]: the note' to the page, or remove the reference",
            "content/en/about.md:8:15: error: footnote [^bg] has no definition: add a line '[^bg]: the note' to the page, or remove the reference",
            "content/en/about.md:12:1: warning: footnote [^spare] is defined but never cited, so it is not shown: cite it with [^spare] in the text, or remove it",
        ])
    }
}
