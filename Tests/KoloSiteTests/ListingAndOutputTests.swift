import Foundation
import KoloContent
import KoloDiagnostics
import Testing
@testable import KoloSite

/// Where pages live, in what order lists show them, and which files a site writes with what each
/// depends on (what an incremental rebuild re-renders).
struct ListingAndOutputTests {
    @Test func urlsFollowEachLanguagesSchemeAndTranslatedSectionNames() throws {
        let config = SiteFixture.config + "\ndefaultLanguageInSubdir: false\nsections: {news: {mk: vesti}}"
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nA.",
            "mk/news/a.md": "---\ntitle: А\nslug: prva\n---\nА.",
            "mk/Za nas/Тим.md": "---\ntitle: Тим\n---\nТим.",
        ], config: config)
        #expect(site.urls.home("en") == "/")
        #expect(site.urls.home("mk") == "/mk/")
        #expect(site.paths.values.sorted() == ["/mk/vesti/prva/", "/mk/za-nas/tim/", "/news/a/"])
        #expect(site.urls.section("news", "mk", page: 2) == "/mk/vesti/page/2/")
        #expect(site.urls.feed("en") == "/atom.xml")
        #expect(site.urls.calendar("mk") == "/mk/events.ics")
        #expect(URLScheme.outputFile(for: "/mk/vesti/") == "mk/vesti/index.html")
        #expect(URLScheme.outputFile(for: "/sitemap.xml") == "sitemap.xml")
    }

    static let members = [
        "en/members/zagreb.md": "---\ntitle: Zagreb Lab\ncity: Zagreb\n---\nZ.",
        "en/members/cacak.md": "---\ntitle: Čačak Centre\ncity: Čačak\n---\nČ.",
        "en/members/bitola.md": "---\ntitle: bitola hub\ncity: Bitola\n---\nB.",
        "en/members/debar.md": "---\ntitle: Debar Youth\ncity: Debar\n---\nD.",
        "en/members/first.md": "---\ntitle: Zeta First\nweight: -1\n---\nF.",
    ]

    @Test func membersSortByWeightThenTitleInTheLanguagesCollation() throws {
        // Without a collation key titles compare as lower-cased bytes: "Č" after "z".
        let plain = try SiteFixture.resolve(Self.members)
        #expect(plain.titles("members", in: "en") == ["Zeta First", "bitola hub", "Debar Youth", "Zagreb Lab", "Čačak Centre"])
        let folding: @Sendable (String, String) -> [UInt8] = { _, text in
            Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        }
        let collated = try SiteFixture.resolve(Self.members, options: SiteOptions(now: SiteFixture.now, collationKey: folding))
        #expect(collated.titles("members", in: "en") == ["Zeta First", "bitola hub", "Čačak Centre", "Debar Youth", "Zagreb Lab"])
        // The member directory's city filters are in the same order.
        let cities = try #require(collated.language("en")?.memberFacets.filter { $0.kind == .city }.map(\.value))
        #expect(cities == ["Bitola", "Čačak", "Debar", "Zagreb"])
    }

    @Test func newsIsNewestFirstAndProjectsGoByStatusThenNewestStart() throws {
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nA.",
            "en/news/b.md": "---\ntitle: B\ndate: 2024-03-01\n---\nB.",
            "en/news/c.md": "---\ntitle: C\ndate: 2024-02-01\n---\nC.",
            "en/projects/old.md": "---\ntitle: Old\nstatus: completed\nstartDate: 2023-01-01\n---\nO.",
            "en/projects/next.md": "---\ntitle: Next\nstatus: planned\nstartDate: 2025-06-01\n---\nN.",
            "en/projects/now.md": "---\ntitle: Now\nstatus: active\nstartDate: 2022-01-01\n---\nN.",
            "en/projects/new.md": "---\ntitle: New\nstatus: active\nstartDate: 2024-01-01\n---\nN.",
        ])
        #expect(site.titles("news", in: "en") == ["B", "C", "A"])
        #expect(site.titles("projects", in: "en") == ["New", "Now", "Next", "Old"])
    }

    @Test func listsArePaginatedAndTheirFirstPageHasOneAddress() throws {
        let files = Dictionary(uniqueKeysWithValues: (1...5).map { n in
            ("en/news/n\(n).md", "---\ntitle: N\(n)\ndate: 2024-01-0\(n)\ntags: [Youth]\n---\nN.")
        })
        let site = try SiteFixture.resolve(files, config: SiteFixture.config + "\npaginate: 2")
        let outputs = try site.outputs()
        let lists = outputs.compactMap { output -> (String, Int, Int, Range<Int>)? in
            guard case let .sectionList("en", "news", number, total, range) = output.kind else { return nil }
            return (output.path, number, total, range)
        }
        #expect(lists.map(\.0) == ["/en/news/", "/en/news/page/2/", "/en/news/page/3/"])
        #expect(lists.map(\.3) == [0..<2, 2..<4, 4..<5])
        #expect(lists.allSatisfy { $0.2 == 3 })
        let newest = try #require(site.index("en/news/n5"))
        #expect(outputs.first { $0.path == "/en/news/" }?.dependencies.contains(newest) == true)
        #expect(outputs.first { $0.path == "/en/news/page/3/" }?.dependencies.contains(newest) == false)
        let redirect = try #require(outputs.first { $0.path == "/en/news/page/1/" })
        #expect(redirect.kind == .redirect(target: "/en/news/"))
        // Tag pages paginate the same way.
        #expect(outputs.filter { if case .tag("en", _, _, _, _) = $0.kind { true } else { false } }.map(\.path)
                == ["/en/tags/youth/", "/en/tags/youth/page/2/", "/en/tags/youth/page/3/"])
    }

    @Test func aTagWrittenInTwoLanguagesIsOneTermWithALabelPerLanguage() throws {
        let labels: @Sendable (String, String) -> String? = { language, key in language == "mk" && key == "youth" ? "Млади" : nil }
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [Youth, Sea & Sky]\n---\nA.",
            "en/projects/lab.md": "---\ntitle: Lab\ntags: [youth]\n---\nL.",
            "mk/news/a.md": "---\ntitle: А\n---\nА.",
        ], options: SiteOptions(now: SiteFixture.now, tagLabel: labels))
        let english = try #require(site.language("en")?.tags)
        #expect(english.map(\.slug) == ["sea-sky", "youth"] || english.map(\.slug) == ["youth", "sea-sky"])
        let youth = try #require(english.first { $0.slug == "youth" })
        #expect(youth.label == "Youth")
        #expect(youth.pages.map { site.pages[$0.page].title } == ["A", "Lab"], "news before projects")
        // The translation inherits the tags; its label comes from the language's strings.
        let macedonian = try #require(site.language("mk")?.tags.first { $0.slug == "youth" })
        #expect(macedonian.label == "Млади")
        #expect(try site.outputs().contains { $0.path == "/mk/tags/youth/" })
    }

    @Test func eachOutputDependsOnThePagesItShows() throws {
        var files = Dictionary(uniqueKeysWithValues: (1...7).map { n in
            ("en/news/n\(n).md", "---\ntitle: N\(n)\ndate: 2024-01-0\(n)\n---\nN.")
        })
        files["en/projects/lab.md"] = "---\ntitle: Lab\nstatus: active\n---\nL."
        files["en/events/meet.md"] = "---\ntitle: Meet\nstart: 2025-03-01\n---\nM."
        let site = try SiteFixture.resolve(files)
        let outputs = try site.outputs()
        let home = try #require(outputs.first { $0.path == "/en/" })
        let shownOnHome = Set(home.dependencies.map { site.pages[$0].title })
        #expect(shownOnHome == ["N7", "N6", "N5", "N4", "N3", "Lab", "Meet"], "five newest news, upcoming events, projects")
        let feed = try #require(outputs.first { $0.path == "/en/atom.xml" })
        #expect(feed.dependencies.count == 7)
        let about = try #require(outputs.first { $0.path == "/en/news/n1/" })
        #expect(about.dependencies == [try #require(site.index("en/news/n1"))])
        // Every file is written once, and the fixed files come last.
        #expect(Set(outputs.map(\.file)).count == outputs.count)
        #expect(outputs.suffix(4).map(\.path) == ["/sitemap.xml", "/robots.txt", "/404.html", "/"])
        #expect(outputs.contains { $0.path == "/en/events.ics" } && outputs.contains { $0.path == "/en/events/meet.ics" })
    }

    @Test func twoPagesWritingOneFileAreAnErrorNamingBoth() throws {
        let site = try SiteFixture.resolve([
            "en/news/a.md": "---\ntitle: A\ndate: 2024-01-01\nslug: same\n---\nA.",
            "en/news/b.md": "---\ntitle: B\ndate: 2024-01-02\nslug: same\n---\nB.",
        ])
        #expect(throws: DiagnosticError.self) { try site.outputs() }
        do {
            _ = try site.outputs()
        } catch {
            // The same words every run (the paths are a dictionary, whose order changes from run to run).
            #expect(error.diagnostics.map(\.description) == [
                "content/en/news/b.md:1:1: error: content/en/news/b.md and content/en/news/a.md would both write en/news/same/index.html; change a slug or a file name",
            ])
        }
    }

    @Test func upcomingEventsAreSoonestFirstAndPastOnesNewestFirst() throws {
        let site = try SiteFixture.resolve([
            "en/events/later.md": "---\ntitle: Later\nstart: 2025-05-01\n---\nL.",
            "en/events/soon.md": "---\ntitle: Soon\nstart: 2025-01-10\n---\nS.",
            "en/events/ongoing.md": "---\ntitle: Ongoing\nstart: 2024-12-30\nend: 2025-01-02\n---\nO.",
            "en/events/recent.md": "---\ntitle: Recent\nstart: 2024-12-01\n---\nR.",
            "en/events/old.md": "---\ntitle: Old\nstart: 2024-01-01\n---\nO.",
        ])
        let language = try #require(site.language("en"))
        let title = { (refs: [PageRef]) in refs.map { site.pages[$0.page].title } }
        #expect(title(language.events.upcoming) == ["Ongoing", "Soon", "Later"])
        #expect(title(language.events.past) == ["Recent", "Old"])
        #expect(site.titles("events", in: "en") == ["Ongoing", "Soon", "Later", "Recent", "Old"])
        // The calendar to subscribe to keeps the last 90 days' events, soonest first.
        #expect(title(site.calendarEvents(language)) == ["Recent", "Ongoing", "Soon", "Later"])
        let outputs = try site.outputs()
        #expect(outputs.contains { $0.path == "/en/events/past/" })
    }
}
