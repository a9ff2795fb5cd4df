import KoloDiagnostics
import KoloMustache
import KoloSite
import KoloTemplates

/// What a session remembers of one output file between rebuilds.
struct OutputRecord: Sendable {
    /// For template outputs: the fingerprint of template, strings and context it was rendered from.
    var contextHash: Int?
    var textHash: Int
    /// Indexes of the pages it shows: the output's `dependencies`, which the site's data gives
    /// (OutputDependenciesTests checks that they name every page whose words it renders).
    var dependencies: [Int]
}

/// What, besides its context, decides an output's bytes: its template (with the partials and
/// parents it uses) and its language's UI strings.
struct RenderTokens: Sendable {
    var templates: [String: Int]
    var strings: [String: Int]
    var defaultLanguage: String

    /// Per template name, a hash of its text and of every partial and parent it reaches.
    static func templateTokens(_ texts: [String: String]) -> [String: Int] {
        // A dynamic partial ({{>*name}}) could be any template: then every template depends on all.
        if texts.values.contains(where: { $0.contains("{{>*") }) {
            var hasher = Hasher()
            for name in texts.keys.sorted() { hasher.combine(name); hasher.combine(texts[name]!) }
            let all = hasher.finalize()
            return texts.mapValues { _ in all }
        }
        // A template that prints cards (`card.h2`) reaches every `cards/*` template, which render them.
        let cardTemplates = texts.keys.filter { $0.hasPrefix("cards/") }
        let references = texts.mapValues { text in
            TemplateReferences.find(in: text).map(\.name) + (TemplateReferences.firstCardUse(in: text) == nil ? [] : cardTemplates)
        }
        var tokens: [String: Int] = [:]
        for name in texts.keys {
            var reached: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for reference in references[next] ?? [] where reached.insert(reference).inserted { queue.append(reference) }
            }
            var hasher = Hasher()
            for member in reached.sorted() { hasher.combine(member); hasher.combine(texts[member] ?? "") }
            tokens[name] = hasher.finalize()
        }
        return tokens
    }
}

extension BuildSession {
    struct RenderedOutput: Sendable {
        var record: OutputRecord
        /// nil when the context was unchanged and rendering was skipped.
        var text: [UInt8]?
    }

    /// Renders one output (`OutputRenderer`). With `previous`, an output whose fingerprint is
    /// unchanged is not rendered again; with `remembers` false (a one-off build) no fingerprint is
    /// taken.
    static func render(_ output: OutputPage, views: ViewBuilder, theme: Theme, tokens: RenderTokens, previous: OutputRecord?,
                       remembers: Bool) -> RenderedOutput {
        let renderer = OutputRenderer(views: views, theme: theme)
        let site = views.site
        var contextHash: Int?
        let text: [UInt8]? = {
            var page: (template: TemplateLibrary.Template, context: TemplateObject)?
            if !remembers { return renderer.bytes(for: output) }
            switch output.kind {
            case .feed, .sitemap, .calendar, .eventCalendar:
                // Written by Kolo from many pages' values: rendered every time, written when the bytes change.
                break
            case .robots:
                contextHash = fingerprint("robots", site.config.baseURL.string)
            case .redirect(let target):
                contextHash = fingerprint("redirect", target, site.config.baseURL.string, site.config.defaultLanguage)
            default:
                guard let name = renderer.template(for: output) else { return [] }
                let pageContext = views.context(for: output)
                var hasher = Hasher()
                hasher.combine(name)
                hasher.combine(tokens.templates[name.name])
                hasher.combine(tokens.strings[output.language ?? tokens.defaultLanguage])
                ContextFingerprint.of(pageContext, into: &hasher)
                contextHash = hasher.finalize()
                page = (name, pageContext)
            }
            if let previous, let contextHash, previous.contextHash == contextHash { return nil }
            return renderer.bytes(for: output, page: page)
        }()
        let textHash = remembers ? text.map(Self.hash) ?? previous?.textHash ?? 0 : 0
        return RenderedOutput(record: OutputRecord(contextHash: contextHash, textHash: textHash, dependencies: output.dependencies),
                              text: text)
    }

    /// For the outputs Kolo writes itself from a few values: those values.
    static func fingerprint(_ values: String...) -> Int {
        var hasher = Hasher()
        hasher.combine(values)
        return hasher.finalize()
    }

    static func hash(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

extension BuildSession {
    struct WriteResult: Sendable {
        var index: Int
        var record: OutputRecord
        var rendered = false
        var written = false
        var errors: [Diagnostic] = []
    }

    /// Renders the stale outputs in parallel and writes those whose bytes changed (an output that
    /// a static file of the same path replaces is rendered but not written).
    static func render(_ work: [StaleOutput], views: ViewBuilder, theme: Theme, tokens: RenderTokens, folder: OutputFolder,
                       staticFiles: [String: StaticFile], remembers: Bool) async -> [WriteResult] {
        let chunks = stride(from: 0, to: work.count, by: 32).map { Array(work[$0..<min($0 + 32, work.count)]) }
        let results = await parallelMap(chunks) { chunk -> [WriteResult] in
            var folders: Set<String> = []
            return chunk.map { item in
                let file = item.output.file
                let rendered = render(item.output, views: views, theme: theme, tokens: tokens, previous: item.previous, remembers: remembers)
                var result = WriteResult(index: item.index, record: rendered.record, rendered: rendered.text != nil)
                guard let text = rendered.text, staticFiles[file] == nil,
                      item.force || item.previous == nil || item.previous?.textHash != rendered.record.textHash else { return result }
                do throws(DiagnosticError) {
                    try folder.put(text, at: file, createdFolders: &folders)
                    result.written = true
                } catch {
                    result.errors = error.diagnostics
                }
                return result
            }
        }
        return results.flatMap { $0 }
    }
}
