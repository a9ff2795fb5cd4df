import Foundation
import KoloMustache
import KoloSite
import MustacheReference
import Testing
@testable import KoloBuild
@testable import KoloTemplates

/// Kolo's engine against swift-mustache 2.1.1 (as Kolo used it) on real sites: every output's
/// values — pages, lists, cards, fragments — rendered by both, byte for byte. On the example site
/// every template of the theme renders every output's values; on a generated 1,000-file site each
/// output renders through its own template, each card through its card template.
@Suite(.serialized)
struct TemplateEngineDifferentialTests {
    struct Comparison {
        var renders = 0
        var mismatches: [String] = []

        mutating func compare(_ name: String, _ value: TemplateValue, _ kolo: TemplateLibrary, _ reference: ReferenceEngine, what: String) {
            renders += 1
            let ours = kolo.renderText(name, value)
            let theirs = reference.render(name, value)
            if ours != theirs, mismatches.count < 5 {
                mismatches.append("\(name) with \(what): Kolo \(String(reflecting: ours?.prefix(2000))) ≠ swift-mustache \(String(reflecting: theirs?.prefix(2000)))")
            }
        }
    }

    static func compare(site root: String, everyTemplate: Bool) async throws -> Comparison {
        let options = BuildOptions(source: root, now: Int64(Date().timeIntervalSince1970))
        let sources = try await LoadedSources.load(options: options)
        let site = try Build.resolveSite(sources, options: options)
        let outputs = try site.outputs()
        let bodies = await BodyCache.renderAll(site: site, sources: sources)
        let views = try Build.prepareViews(TemplateContexts(site: site, localizers: sources.localizers, bodies: bodies),
                                           theme: sources.theme)
        var texts: [String: String] = [:]
        for folder in [sources.theme.root + "/templates", root + "/templates"] {
            for (name, path) in Theme.templateFiles(in: folder) { texts[name] = try String(contentsOfFile: path, encoding: .utf8) }
        }
        let reference = try ReferenceEngine(texts)
        let library = sources.theme.library
        let names = library.names.sorted()
        var comparison = Comparison()
        for language in site.config.languages {
            for name in names where name.hasPrefix("fragments/") {
                comparison.compare(name, views.fragmentContext(language.code), library, reference, what: "fragments of \(language.code)")
            }
        }
        var cardsSeen: Set<CardRenderer.Key> = []
        for output in outputs {
            guard let template = sources.theme.first(views.templateNames(for: output)) else { continue }
            let context = views.context(for: output)
            for name in everyTemplate ? names : [template] {
                comparison.compare(name, .object(context), library, reference, what: output.path)
            }
            for card in cards(in: .object(context)) where cardsSeen.insert(card.key).inserted {
                guard let name = card.renderer.template(forKind: card.kind)?.name, let common = card.renderer.common[card.key.language] else { continue }
                for heading in CardRenderer.headings.map(\.name) {
                    var values: TemplateObject = common.merging(card.values)
                    values[TemplateKey("heading")] = TemplateValue.string(heading)
                    comparison.compare(name, .object(values), library, reference, what: "card of \(site.path(card.key.ref))")
                }
            }
        }
        return comparison
    }

    static func cards(in value: TemplateValue) -> [CardView] {
        switch value {
        case .list(let items): return items.flatMap(cards)
        case .object(let object): return object.values.flatMap(cards)
        case .dynamic(let card as CardView): return [card]
        default: return []
        }
    }

    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    @Test func exampleSiteEveryTemplateWithEveryOutput() async throws {
        let result = try await Self.compare(site: Self.repository, everyTemplate: true)
        print("differential, example site: \(result.renders) renders, \(result.mismatches.count) different")
        #expect(result.renders > 1000)
        #expect(result.mismatches.isEmpty, "\(result.mismatches.joined(separator: "\n"))")
    }

    @Test func generatedThousandFileSite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-differential-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Self.repository + "/Benchmarks/generate.py", "--files", "1000", "--seed", "7", "--out", folder]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)
        let result = try await Self.compare(site: folder, everyTemplate: false)
        print("differential, generated 1,000 files: \(result.renders) renders, \(result.mismatches.count) different")
        #expect(result.renders > 2000)
        #expect(result.mismatches.isEmpty, "\(result.mismatches.joined(separator: "\n"))")
    }
}
