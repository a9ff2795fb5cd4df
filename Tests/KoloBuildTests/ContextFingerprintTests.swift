@testable import KoloBuild
import KoloMustache
import Testing

/// What a rebuild compares to skip an output: equal fingerprints must mean equal bytes out.
@Suite struct ContextFingerprintTests {
    static func fingerprint(_ context: TemplateObject) -> Int {
        var hasher = Hasher()
        ContextFingerprint.of(context, into: &hasher)
        return hasher.finalize()
    }

    @Test func canonicallyEquivalentTextsThatPrintDifferentBytesDiffer() {
        let composed = "Caf\u{E9}"
        let decomposed = "Cafe\u{301}"
        #expect(composed == decomposed, "Swift's String equality is canonical equivalence")
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        #expect(Self.fingerprint(["title": .string(composed)]) != Self.fingerprint(["title": .string(decomposed)]))
    }

    @Test func theSameValuesGiveTheSameFingerprintAndAnyChangeAnother() {
        let context: TemplateObject = ["title": .string("Зелен Скопје"), "items": .list([.int(1), .bool(true)]), "page": .object(["n": .int(2)])]
        #expect(Self.fingerprint(context) == Self.fingerprint(context))
        for changed: TemplateObject in [["title": .string("Зелено Скопје"), "items": .list([.int(1), .bool(true)]), "page": .object(["n": .int(2)])],
                                        ["title": .string("Зелен Скопје"), "items": .list([.int(1), .bool(false)]), "page": .object(["n": .int(2)])],
                                        ["title": .string("Зелен Скопје"), "items": .list([.int(1), .bool(true)]), "page": .object(["n": .int(3)])],
                                        ["title": .string("Зелен Скопје"), "items": .list([.int(1), .bool(true)])]] {
            #expect(Self.fingerprint(changed) != Self.fingerprint(context))
        }
    }
}
