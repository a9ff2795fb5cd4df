import KoloContent
import KoloDiagnostics
import KoloMustache
import KoloOutput
import KoloSite
import KoloTemplates

/// What a session remembers of one output file between rebuilds. (A fingerprint, here and in the
/// session, is a hash of everything some bytes are made from: equal fingerprints, equal bytes.)
struct OutputRecord: Sendable {
    /// For template outputs: the fingerprint of template, strings and context it was rendered from.
    var contextFingerprint: Int?
    var bytesFingerprint: Int
    /// Indexes of the pages it shows: the output's `dependencies`, which the site's data gives
    /// (OutputDependenciesTests checks that they name every page whose words it renders).
    var dependencies: [Int]
}

/// What, besides its context, decides an output's bytes: its template (with the partials and
/// parents it uses) and its language's UI strings.
struct RenderFingerprints: Sendable {
    var templates: [String: Int]
    var strings: [String: Int]
    var defaultLanguage: String

    /// Per template name, a fingerprint of its text and of every partial and parent it reaches.
    static func templateFingerprints(_ texts: [String: String]) -> [String: Int] {
        // A dynamic partial ({{>*name}}) could be any template: then every template depends on all.
        if texts.values.contains(where: { $0.contains("{{>*") }) {
            var hasher = Hasher()
            for (name, text) in texts.sorted(by: { $0.key < $1.key }) { hasher.combine(name); hasher.combine(text) }
            let all = hasher.finalize()
            return texts.mapValues { _ in all }
        }
        // A template that prints cards (`card.h2`) reaches every `cards/*` template, which render them.
        let cardTemplates = texts.keys.filter { $0.hasPrefix("cards/") }
        let references = texts.mapValues { text in
            TemplateReferences.find(in: text).map(\.name) + (TemplateReferences.firstCardUse(in: text) == nil ? [] : cardTemplates)
        }
        var fingerprints: [String: Int] = [:]
        for name in texts.keys {
            var reached: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for reference in references[next] ?? [] where reached.insert(reference).inserted { queue.append(reference) }
            }
            var hasher = Hasher()
            for member in reached.sorted() { hasher.combine(member); hasher.combine(texts[member] ?? "") }
            fingerprints[name] = hasher.finalize()
        }
        return fingerprints
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
    static func render(_ output: OutputPage, views: TemplateContexts, theme: Theme, fingerprints: RenderFingerprints, previous: OutputRecord?,
                       remembers: Bool) -> RenderedOutput {
        let renderer = OutputRenderer(views: views, theme: theme)
        let site = views.site
        var contextFingerprint: Int?
        let text: [UInt8]? = {
            if !remembers { return renderer.bytes(for: output) }
            var page: (template: TemplateLibrary.Template, context: TemplateObject)?
            switch output.kind {
            case .feed, .sitemap, .calendar, .eventCalendar:
                // Written by Kolo from many pages' values: rendered every time, written when the bytes change.
                break
            case .robots:
                contextFingerprint = fingerprint("robots", site.config.baseURL.string)
            case .redirect(let target):
                contextFingerprint = fingerprint("redirect", target, site.config.baseURL.string, site.config.defaultLanguage)
            default:
                guard let name = renderer.template(for: output) else { return [] }
                let pageContext = views.context(for: output)
                var hasher = Hasher()
                hasher.combine(name)
                hasher.combine(fingerprints.templates[name.name])
                hasher.combine(fingerprints.strings[output.language ?? fingerprints.defaultLanguage])
                ContextFingerprint.of(pageContext, into: &hasher)
                contextFingerprint = hasher.finalize()
                page = (name, pageContext)
            }
            if let previous, let contextFingerprint, previous.contextFingerprint == contextFingerprint { return nil }
            return renderer.bytes(for: output, page: page)
        }()
        let bytesFingerprint = remembers ? text.map(Self.fingerprint(of:)) ?? previous?.bytesFingerprint ?? 0 : 0
        return RenderedOutput(record: OutputRecord(contextFingerprint: contextFingerprint, bytesFingerprint: bytesFingerprint, dependencies: output.dependencies),
                              text: text)
    }

    /// For the outputs Kolo writes itself from a few values: those values.
    static func fingerprint(_ values: String...) -> Int {
        var hasher = Hasher()
        hasher.combine(values)
        return hasher.finalize()
    }

    static func fingerprint(of bytes: [UInt8]) -> Int {
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
    static func render(_ work: [StaleOutput], views: TemplateContexts, theme: Theme, fingerprints: RenderFingerprints, folder: OutputFolder,
                       staticFiles: [String: StaticFile], remembers: Bool) async -> [WriteResult] {
        let chunks = stride(from: 0, to: work.count, by: 32).map { Array(work[$0..<min($0 + 32, work.count)]) }
        let results = await parallelMap(chunks) { chunk -> [WriteResult] in
            var folders: Set<String> = []
            return chunk.map { item in
                let file = item.output.file
                let rendered = render(item.output, views: views, theme: theme, fingerprints: fingerprints, previous: item.previous, remembers: remembers)
                var result = WriteResult(index: item.index, record: rendered.record, rendered: rendered.text != nil)
                guard let text = rendered.text, staticFiles[file] == nil,
                      item.force || item.previous == nil || item.previous?.bytesFingerprint != rendered.record.bytesFingerprint else { return result }
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
