import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloTemplates

/// Everything read from disk before anything is rendered: config, theme, strings, pages.
struct SiteSources: Sendable {
    let root: String
    let displayRoot: String
    let config: SiteConfig
    let theme: Theme
    let localizers: [String: Localizer]
    let pages: [Page]
    let warnings: [Diagnostic]

    static func load(options: BuildOptions) async throws(DiagnosticError) -> SiteSources {
        let root = RealPath.of(options.source)
        let displayRoot = displayPath(for: options.source)
        let configPath = root + "/site.yaml"
        let configDisplay = join(displayRoot, "site.yaml")
        guard FileManager.default.fileExists(atPath: configPath) else {
            throw DiagnosticError(.error(.config, at: SourceLocation(path: configDisplay),
                                         "there is no site.yaml here; is \(options.source == "." ? "this folder" : options.source) a Kolo site?"))
        }
        let configBytes = try readFile(configPath, displayPath: configDisplay, limit: 1 << 20)
        var config = try SiteConfig.load(text: try ContentFile.decodeText(configBytes, path: configDisplay), displayPath: configDisplay)
        if let override = options.baseURL {
            guard let base = BaseURL(override) else {
                throw DiagnosticError(.error(.config, at: nil, "--base-url \"\(override)\" is not a URL such as https://example.org/hub/"))
            }
            config.baseURL = base
        }
        var log = DiagnosticLog()
        let theme = try Theme.load(name: config.theme, siteRoot: root, displayRoot: displayRoot)
        let localizers = try loadStrings(config: config, theme: theme, root: root, displayRoot: displayRoot, log: &log)

        let tree = ContentTree.scan(root: root, displayRoot: displayRoot, languages: config.languages.map(\.code))
        log.append(contentsOf: tree.diagnostics)
        let context = PageDecodingContext(config: config)
        let decoded: [Result<Page, DiagnosticError>] = await parallelMap(tree.entries) { entry in
            do throws(DiagnosticError) {
                return .success(try Page.decode(try entry.read(), context: context))
            } catch {
                return .failure(error)
            }
        }
        var pages: [Page] = []
        for result in decoded {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let error): log.append(contentsOf: error.diagnostics)
            }
        }
        try log.throwIfErrors()
        return SiteSources(root: root, displayRoot: displayRoot, config: config, theme: theme, localizers: localizers,
                           pages: pages, warnings: log.warnings)
    }

    /// Reads `i18n/<lang>.yaml` of the theme and of the site for every language; warns once per
    /// language about keys the default language has and it lacks.
    static func loadStrings(config: SiteConfig, theme: Theme, root: String, displayRoot: String, log: inout DiagnosticLog) throws(DiagnosticError) -> [String: Localizer] {
        var merged: [String: [String: StringEntry]] = [:]
        var errors = DiagnosticLog()
        for language in config.languages {
            var files: [StringsFile] = []
            let rules = PluralRules(locale: language.locale)
            for folder in theme.stringFolders {
                let path = folder + "/" + language.code + ".yaml"
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let display = path.hasPrefix(root + "/") ? join(displayRoot, String(path.dropFirst(root.count + 1))) : path
                do throws(DiagnosticError) {
                    let text = try ContentFile.decodeText(try readFile(path, displayPath: display, limit: 4 << 20), path: display)
                    let file = try StringsFile.load(text: text, displayPath: display)
                    if let rules { warnAboutMissingPluralForms(file, rules: rules, language: language.code, log: &log) }
                    files.append(file)
                } catch {
                    errors.append(contentsOf: error.diagnostics)
                }
            }
            merged[language.code] = Strings.merging(files)
        }
        try errors.throwIfErrors()
        let defaultEntries = merged[config.defaultLanguage] ?? [:]
        var localizers: [String: Localizer] = [:]
        for language in config.languages {
            let strings = Strings(language: language.code, entries: merged[language.code] ?? [:], fallback: defaultEntries)
            let missing = strings.missingKeys.filter { !$0.hasPrefix("tags.") }
            if !missing.isEmpty && language.code != config.defaultLanguage {
                log.warning(.missingString, at: SourceLocation(path: join(displayRoot, "i18n/\(language.code).yaml")),
                            "\(missing.count) UI string\(missing.count == 1 ? "" : "s") missing in \(language.code), shown in \(config.defaultLanguage) instead: \(missing.prefix(8).joined(separator: ", "))\(missing.count > 8 ? ", …" : "")")
            }
            localizers[language.code] = Localizer(language: language, strings: strings)
        }
        return localizers
    }

    /// A plural string must have every form its language uses ("few" and "many" in Polish).
    static func warnAboutMissingPluralForms(_ file: StringsFile, rules: PluralRules, language: String, log: inout DiagnosticLog) {
        let needed = rules.categories
        for (key, entry) in file.entries.sorted(by: { $0.key < $1.key }) {
            guard case .plural(let forms) = entry else { continue }
            let missing = needed.filter { forms[$0] == nil }
            if !missing.isEmpty {
                log.warning(.missingString, at: file.locations[key] ?? SourceLocation(path: file.path),
                            "plural string '\(key)' lacks the form\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: ", ")) that \(language) needs")
            }
        }
    }

    /// How to show the site folder in messages: as given, but relative to the current folder when
    /// it is inside it (so `path:line:col` works from where `kolo` was run).
    static func displayPath(for source: String) -> String {
        if source == "." || source.isEmpty { return "" }
        guard source.hasPrefix("/") else { return source }
        let current = FileManager.default.currentDirectoryPath
        let standardized = RealPath.of(source)
        if standardized == current { return "" }
        if standardized.hasPrefix(current + "/") { return String(standardized.dropFirst(current.count + 1)) }
        return source
    }

    static func join(_ a: String, _ b: String) -> String {
        ContentTree.join(a, b)
    }
}
