import Foundation
import Testing

/// kolo check warns about links and references to items whose expiryDate has passed.
struct ExpiryCheckTests {
    @Test func linksAndReferencesToExpiredItemsAreWarnings() async throws {
        let fixture = try CheckFixture("""
        -- site.yaml --
        title: Hub
        baseURL: https://example.org/
        languages:
          - {code: en, name: English, locale: en-GB}
        -- content/en/projects/call.md --
        ---
        title: Call for applications
        expiryDate: 2024-12-01
        ---
        -- content/en/news/2024-11-02-results.md --
        ---
        title: Results
        date: 2024-11-02
        projects: [call]
        ---
        See the [call](../projects/call.md).
        """)
        defer { fixture.cleanUp() }
        let findings = await fixture.findings()
        #expect(findings == [
            "content/en/news/2024-11-02-results.md:4:12: warning: 'projects' names \"call\", which expired on 2024-12-01 (content/en/projects/call.md, expiryDate) and is no longer published; remove it",
            "content/en/news/2024-11-02-results.md:6:16: warning: link to ../projects/call.md leads to an item that expired on 2024-12-01 (content/en/projects/call.md, expiryDate) and is no longer published; remove the link",
        ], "\(findings)")
    }
}
