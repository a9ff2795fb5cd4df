import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloTemplates

extension SourceCache {
    /// Reads `i18n/<lang>.yaml` of the theme and of the site for every language; warns once per
    /// language about keys the default language has and it lacks. Returns the localizers and, per
    /// language, a fingerprint of every file its strings come from (its own and the default language's),
    /// which tells a rebuild whether that language's outputs may read differently.
    static func loadStrings(config: SiteConfig, theme: Theme, root: String, displayRoot: String,
                            log: inout DiagnosticLog) throws(DiagnosticError) -> ([String: Localizer], [String: Int]) {
        var merged: [String: [String: StringEntry]] = [:]
        var errors = DiagnosticLog()
        /// Per language, each strings folder's file text ("\0missing" where it has none).
        var texts: [String: [String]] = [:]
        for language in config.languages {
            var files: [StringsFile] = []
            let rules = PluralRules(locale: language.locale)
            for folder in theme.stringFolders {
                let path = folder + "/" + language.code + ".yaml"
                guard FileManager.default.fileExists(atPath: path) else {
                    texts[language.code, default: []].append("\u{0}missing")
                    continue
                }
                let display = path.hasPrefix(root + "/") ? ContentTree.join(displayRoot, String(path.dropFirst(root.count + 1))) : path
                do throws(DiagnosticError) {
                    let text = try ContentFile.decodeText(try readFile(path, displayPath: display, limit: 4 << 20), path: display)
                    texts[language.code, default: []].append(text)
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
                log.warning(.missingString, at: SourceLocation(path: ContentTree.join(displayRoot, "i18n/\(language.code).yaml")),
                            "\(missing.count) UI string\(missing.count == 1 ? "" : "s") missing in \(language.code), shown in \(config.defaultLanguage) instead: \(missing.prefix(8).joined(separator: ", "))\(missing.count > 8 ? ", …" : "")")
            }
            localizers[language.code] = Localizer(language: language, strings: strings)
        }
        var fingerprints: [String: Int] = [:]
        for language in config.languages {
            var hasher = Hasher()
            hasher.combine(texts[language.code] ?? [])
            hasher.combine(texts[config.defaultLanguage] ?? [])
            fingerprints[language.code] = hasher.finalize()
        }
        return (localizers, fingerprints)
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
}
