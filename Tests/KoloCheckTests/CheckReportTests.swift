import KoloCheck
import KoloDiagnostics
import Testing

@Suite struct CheckReportTests {
    let report = CheckReport(diagnostics: [
        .error(.brokenLink, at: SourceLocation(path: "content/en/about.md", line: 4, column: 9), "link to /en/team/ goes nowhere"),
        .warning(.missingString, at: nil, "a \"quoted\" word"),
    ], pagesChecked: 3)

    @Test func jsonGivesEveryFieldAndNullForNoPlace() {
        #expect(report.json() == """
        [
          {
            "code" : "broken-link",
            "column" : 9,
            "line" : 4,
            "message" : "link to /en/team/ goes nowhere",
            "path" : "content/en/about.md",
            "severity" : "error"
          },
          {
            "code" : "missing-string",
            "column" : null,
            "line" : null,
            "message" : "a \\"quoted\\" word",
            "path" : null,
            "severity" : "warning"
          }
        ]

        """)
        #expect(CheckReport(diagnostics: [], pagesChecked: 3).json() == "[]\n")
    }

    @Test func textPrintsOneFindingPerLineAndASummary() {
        #expect(report.text() == """
        content/en/about.md:4:9: error: link to /en/team/ goes nowhere
        warning: a "quoted" word
        1 error, 1 warning in 3 pages

        """)
        #expect(CheckReport(diagnostics: [], pagesChecked: 1).text() == "checked 1 page: no problems found\n")
    }

    @Test func errorsFailWarningsFailOnlyWhenStrict() {
        let warningOnly = CheckReport(diagnostics: [.warning(.unknownKey, at: nil, "w")], pagesChecked: 1)
        #expect(report.exitStatus(strict: false) == 1)
        #expect(warningOnly.exitStatus(strict: false) == 0)
        #expect(warningOnly.exitStatus(strict: true) == 1)
        #expect(CheckReport(diagnostics: [], pagesChecked: 1).exitStatus(strict: true) == 0)
    }
}
