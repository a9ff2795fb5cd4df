import KoloDiagnostics

extension Checker {
    /// UI strings that the templates use and that have no text at all in a language: neither its own
    /// nor the default language's. (Strings a language takes from the default language are already
    /// reported by the build, naming the file.)
    func checkStrings(log: inout DiagnosticLog) {
        let config = loaded.site.config
        let defaultKeys = loaded.definedStringKeys[config.defaultLanguage] ?? []
        for language in config.languages {
            let own = loaded.definedStringKeys[language.code] ?? []
            let missing = loaded.usedStringKeys.filter { !$0.hasPrefix("tags.") && !own.contains($0) && !defaultKeys.contains($0) }.sorted()
            guard !missing.isEmpty else { continue }
            let nobody = language.code == config.defaultLanguage
                ? "\(language.code) (the default language) does not define"
                : "neither \(language.code) nor \(config.defaultLanguage) (the default language) defines"
            log.warning(.missingString, at: SourceLocation(path: loaded.displayPath("i18n/\(language.code).yaml")),
                        "the templates use UI string\(missing.count == 1 ? "" : "s") that \(nobody), so pages show nothing there: \(missing.joined(separator: ", "))")
        }
    }
}
