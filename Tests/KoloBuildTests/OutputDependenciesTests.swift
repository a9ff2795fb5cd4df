import Foundation
@testable import KoloBuild
import KoloFixtures
import KoloSite
@testable import KoloTemplates
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
        let sources = try await LoadedSources.load(options: options)
        let site = try Build.resolveSite(sources, options: options)
        let bodies = await BodyCache.renderAll(site: site, sources: sources)
        final class Reads: @unchecked Sendable { var pages: Set<Int> = [] }
        var problems: [String] = []
        var outputsReadingBodies = 0
        for output in try site.outputs() {
            let reads = Reads()
            var builder = TemplateContexts(site: site, localizers: sources.localizers, bodies: bodies)
            builder.bodyReadObserver = { reads.pages.insert($0.page) }
            let views = try Build.prepareViews(builder, theme: sources.theme)
            reads.pages = []
            let renderer = OutputRenderer(views: views, theme: sources.theme)
            _ = renderer.bytes(for: output, page: renderer.template(for: output).map { ($0, views.context(for: output)) })
            if !reads.pages.isEmpty { outputsReadingBodies += 1 }
            let undeclared = reads.pages.subtracting(output.dependencies)
            if !undeclared.isEmpty { problems.append("\(output.path) shows \(undeclared.map { site.pages[$0].id }.sorted())") }
        }
        // Every page shows its own body: an observer that saw nothing would hide every problem.
        if outputsReadingBodies == 0 { problems.append("no output read any page's body: the read observer is not called") }
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
