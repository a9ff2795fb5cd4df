import Testing
@testable import KoloCheck

@Suite struct LinkDestinationTests {
    @Test(arguments: [
        ("team/", "/en/about/", "/en/about/team/"),
        ("../news/", "/en/about/", "/en/news/"),
        ("./a.jpg", "/en/about/", "/en/about/a.jpg"),
        ("../../../../etc/passwd", "/en/about/", "/etc/passwd"),
        ("/a/../b", "/en/", "/b"),
        ("..", "/en/about/", "/en/"),
        ("/", "/en/", "/"),
    ])
    func resolvesAsABrowserDoes(_ path: String, _ base: String, _ expected: String) {
        #expect(LinkDestination.resolve(path, against: base) == expected)
    }

    @Test func splitsSchemeQueryAndFragmentAndDecodesPercents() {
        let link = LinkDestination("/images/my%20photo.jpg?v=2#top%C3%A9")
        #expect(link.scheme == nil)
        #expect(link.path == "/images/my photo.jpg")
        #expect(link.fragment == "topé")
        #expect(LinkDestination("MAILTO:hub@example.org").scheme == "mailto")
        #expect(LinkDestination("//cdn.example.org/x.js").isExternal)
        #expect(!LinkDestination("../projects/a:b.md").isExternal)
        #expect(LinkDestination("../projects/a:b.md").scheme == nil)
    }
}
