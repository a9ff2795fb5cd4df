import KoloContent
import Testing
@testable import KoloSite

/// `Site.patch`: a preview's title or alt-text edit patches the resolved site instead of resolving
/// it again, and must leave exactly the site that resolving the edited pages gives.
@Suite struct SitePatchingTests {
    static let files = [
        "en/members/a.md": "---\ntitle: Alpha\n---\nA.",
        "en/members/g.md": "---\ntitle: Gamma\n---\nG.",
        "en/members/m.md": "---\ntitle: Mu\n---\nM.",
        "mk/members/g.md": "---\ntitle: Гама\n---\nГ.",
        "en/news/x.md": "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/lab.jpg\nimageAlt: The lab\n---\nX.",
        "mk/news/x.md": "---\ntitle: Лабот се отвора\n---\nХ.",
    ]

    /// Patches the fixture's site with `edits` (path → new text) and resolves the edited files, for comparison.
    static func patch(_ edits: [String: String]) throws -> (site: Site, patched: Set<Int>?, resolved: Site) {
        var site = try SiteFixture.resolve(files)
        let edited = files.merging(edits) { $1 }
        let decoded = try SiteFixture.decodedByID(edited)
        let changed = try edits.keys.map { path in try #require(site.index(String(path.dropLast(3)))) }
        let patched = site.patch(changed, decoded: { decoded[$0] }, options: SiteOptions(now: SiteFixture.now))
        return (site, patched, try SiteFixture.resolve(edited))
    }

    @Test func aTitleThatKeepsItsPlaceInItsListIsPatchedAsResolvingWould() throws {
        let (site, patched, resolved) = try Self.patch(["en/members/g.md": "---\ntitle: Gamma Centre\n---\nG."])
        #expect(patched == [try #require(site.index("en/members/g"))])
        #expect(site.pages == resolved.pages)
        #expect(site.titles("members", in: "en") == ["Alpha", "Gamma Centre", "Mu"])
        #expect(site.titles("members", in: "en") == resolved.titles("members", in: "en"))
    }

    @Test func aTitleThatWouldMoveItsPageInAListIsLeftToResolving() throws {
        let before = try SiteFixture.resolve(Self.files)
        let (site, patched, resolved) = try Self.patch(["en/members/a.md": "---\ntitle: Zeta\n---\nA."])
        #expect(patched == nil)
        #expect(site.pages == before.pages, "a patch that cannot be made leaves the site as it was")
        #expect(resolved.titles("members", in: "en") == ["Gamma", "Mu", "Zeta"])
    }

    @Test func anOriginalsAltTextReachesTheTranslationThatInheritsItsImage() throws {
        let (site, patched, resolved) = try Self.patch([
            "en/news/x.md": "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/lab.jpg\nimageAlt: The lab's first visitors\n---\nX.",
        ])
        let (en, mk) = (try #require(site.index("en/news/x")), try #require(site.index("mk/news/x")))
        #expect(patched == [en, mk])
        #expect(site.pages[mk].imageAlt == "The lab's first visitors")
        #expect(site.pages == resolved.pages)
    }

    @Test func aBodyEditPatchesOnlyItsPage() throws {
        let (site, patched, resolved) = try Self.patch(["en/news/x.md": "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/lab.jpg\nimageAlt: The lab\n---\nNew words."])
        #expect(patched == [try #require(site.index("en/news/x"))])
        #expect(site.pages == resolved.pages)
    }

    @Test func onlyDisplayKeysAndTheBodyAreDisplayChanges() throws {
        let original = try #require(try SiteFixture.decodedByID(Self.files)["en/news/x"])
        func edited(_ text: String) throws -> Page {
            try #require(try SiteFixture.decodedByID(["en/news/x.md": text])["en/news/x"])
        }
        let display = try edited("---\ntitle: New\ndescription: Seen in lists\ndate: 2024-03-01\nauthor: Ana\nimage: /images/lab.jpg\nimageAlt: Other\nimageCredit: Ana\n---\nBody.")
        #expect(display.differsOnlyInDisplay(from: original))
        for structural in ["---\ntitle: Lab opens\ndate: 2024-03-02\nimage: /images/lab.jpg\nimageAlt: The lab\n---\nX.",
                           "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/other.jpg\nimageAlt: The lab\n---\nX.",
                           "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/lab.jpg\nimageAlt: The lab\ntags: [youth]\n---\nX.",
                           "---\ntitle: Lab opens\ndate: 2024-03-01\nimage: /images/lab.jpg\nimageAlt: The lab\nslug: lab\n---\nX."] {
            #expect(!(try edited(structural)).differsOnlyInDisplay(from: original), "\(structural)")
        }
    }
}
