import Foundation
@testable import KoloBuild
import KoloFixtures
import KoloSite
import KoloTemplates
import Testing

/// `kolo serve` re-renders an output when a page in its `dependencies` changes: the site's data
/// must name every page whose words an output shows (its own, a list's items, the cards of
/// partners, backlinks, events…), or an edit would leave a stale page in the preview.
@Suite(.serialized)
struct OutputDependenciesTests {
    /// The bodies every output reads while it renders, each output with fresh views (cards are
    /// cached across outputs), checked against what the data says it depends on.
    static func undeclaredReads(site root: String, now: Int64) async throws -> [String] {
        let options = BuildOptions(source: root, includeDrafts: true, includeFuture: true, now: now)
        let sources = try await SiteSources.load(options: options)
        let site = try Build.resolveSite(sources, options: options)
        let bodies = await BodyCache.renderAll(site: site, sources: sources)
        final class Reads: @unchecked Sendable { var pages: Set<Int> = [] }
        var problems: [String] = []
        for output in try site.outputs() {
            let reads = Reads()
            let views = try Build.prepareViews(TemplateContexts(site: site, localizers: sources.localizers, bodies: { ref in
                reads.pages.insert(ref.page)
                return bodies[ref] ?? .empty
            }), theme: sources.theme)
            reads.pages = []
            let renderer = OutputRenderer(views: views, theme: sources.theme)
            _ = renderer.bytes(for: output, page: renderer.template(for: output).map { ($0, views.context(for: output)) })
            let undeclared = reads.pages.subtracting(output.dependencies)
            if !undeclared.isEmpty { problems.append("\(output.path) shows \(undeclared.map { site.pages[$0].id }.sorted())") }
        }
        return problems
    }

    @Test func theExampleSiteDeclaresEveryPageItShows() async throws {
        let problems = try await Self.undeclaredReads(site: TemplateEngineDifferentialTests.repository, now: Int64(Date().timeIntervalSince1970))
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func aSiteWithEventsDeclaresEveryPageItShows() async throws {
        let site = try eventFixture()
        defer { site.cleanUp() }
        let problems = try await Self.undeclaredReads(site: site.root.path, now: FixtureSite.now)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
