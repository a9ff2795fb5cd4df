import Foundation
@testable import KoloBuild
import KoloMustache
import KoloTemplates
import Testing

/// docs/templates.md is what theme authors and site overrides build on: every value it lists for
/// `site`, `lang` and `head` must reach the templates under that name (renaming one breaks a site's
/// templates without a word, as no theme of Kolo's may use it).
struct DocumentedValuesTests {
    /// The names a bullet of "What every page template receives" lists for `object`: the backticked
    /// names outside parentheses (those are examples and explanations).
    static func documentedNames(of object: String, in markdown: String) -> [String] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("- `\(object)` — ") }) else { return [] }
        var text = String(lines[start].dropFirst("- `\(object)` — ".count))
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("  ") && !line.hasPrefix("  -") else { break }
            text += " " + line
        }
        while let range = text.range(of: #"\([^()]*\)"#, options: .regularExpression) { text.removeSubrange(range) }
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "`") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "`") else { break }
            let name = String(after[..<close])
            if name.first?.isLetter == true && name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.append(name) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    @Test func everyDocumentedSiteLangAndHeadValueReachesTheTemplates() async throws {
        let root = TemplateEngineDifferentialTests.repository
        let docs = try String(contentsOfFile: root + "/docs/templates.md", encoding: .utf8)
        let options = BuildOptions(source: root, now: Int64(Date().timeIntervalSince1970))
        let sources = try await LoadedSources.load(options: options)
        let site = try Build.resolveSite(sources, options: options)
        let bodies = await BodyCache.renderAll(site: site, sources: sources)
        let views = try Build.prepareViews(TemplateContexts(site: site, localizers: sources.localizers, bodies: bodies),
                                           theme: sources.theme)
        var seen: [String: Set<String>] = [:]
        for output in try site.outputs() where !views.templateNames(for: output).isEmpty {
            let context = views.context(for: output)
            for object in ["site", "lang", "head"] {
                for (key, _) in context[TemplateKey(object)]?.object?.pairs ?? TemplateObject().pairs {
                    seen[object, default: []].insert(key.description)
                }
            }
        }
        for object in ["site", "lang", "head"] {
            let documented = Self.documentedNames(of: object, in: docs)
            #expect(documented.count >= 5, "docs/templates.md lists the values of \(object)")
            let missing = documented.filter { !(seen[object] ?? []).contains($0) }
            #expect(missing.isEmpty, "documented in docs/templates.md but never given to a template: \(object).\(missing)")
        }
        #expect(Self.documentedNames(of: "lang", in: docs).contains("isRTL"))
    }
}
