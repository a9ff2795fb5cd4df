import Testing
@testable import KoloText

@Suite struct SpellingTests {
    @Test(arguments: [
        ("tittle", "title", 1), ("titel", "title", 1), ("Title", "title", 0), ("dat", "date", 1),
        ("imagealt", "imageAlt", 0), ("descripton", "description", 1), ("", "tags", 4), ("kind", "kind", 0),
    ])
    func distanceCountsEditsAndSwapsIgnoringCase(_ a: String, _ b: String, _ expected: Int) {
        #expect(Spelling.distance(a, b) == expected)
        #expect(Spelling.distance(b, a) == expected)
    }

    @Test func nearestAllowsOneSlipInShortWordsAndTwoInLongerOnes() {
        let keys = ["title", "date", "tags", "description", "status"]
        #expect(Spelling.nearest(to: "dat", among: keys) == "date")
        #expect(Spelling.nearest(to: "da", among: keys) == nil)
        #expect(Spelling.nearest(to: "descriptoin", among: keys) == "description")
        #expect(Spelling.nearest(to: "funding", among: keys) == nil)
        #expect(Spelling.nearest(to: "title", among: keys) == nil)
        // Ties go to the alphabetically first.
        #expect(Spelling.nearest(to: "tatus", among: ["status", "tatu"]) == "status")
    }
}
