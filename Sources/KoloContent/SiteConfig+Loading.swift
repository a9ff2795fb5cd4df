import Foundation
import KoloDiagnostics

extension SiteConfig {
    /// Keys `site.yaml` understands; any other key goes to `params`.
    static let knownKeys: Set<String> = [
        "baseURL", "title", "defaultLanguage", "defaultLanguageInSubdir", "theme", "paginate", "languages",
        "timeZone", "untranslated", "slugs", "sections", "markdown", "params", "funders", "search", "images",
    ]

    /// Reads and checks `site.yaml`.
    /// - Parameter displayPath: the path to print in messages.
    public static func load(text: String, displayPath: String) throws(DiagnosticError) -> SiteConfig {
        let document = try YAMLDocument(text: text, path: displayPath)
        var reader = YAMLReader(document: document, node: document.root, what: "site.yaml")
        let fileStart = SourceLocation(path: displayPath)

        var baseURL = BaseURL("/")!
        if let text = reader.string("baseURL") {
            if let parsed = BaseURL(text) { baseURL = parsed } else {
                reader.diagnostics.error(.config, at: reader.location("baseURL"),
                                         "'baseURL' must be a URL such as https://example.org/ or https://org.github.io/hub/, not \"\(text)\"")
            }
        }
        let title = reader.string("title") ?? ""
        let paginate = reader.int("paginate") ?? 10
        if paginate < 1 {
            reader.diagnostics.error(.config, at: reader.location("paginate"), "'paginate' must be at least 1")
        }
        let languages = readLanguages(&reader)
        if languages.isEmpty && reader.node("languages") == nil {
            reader.diagnostics.error(.config, at: fileStart, "site.yaml needs 'languages': a list with at least one language (code, name, locale)")
        }
        var defaultLanguage = reader.string("defaultLanguage") ?? languages.first?.code ?? "en"
        if !languages.isEmpty && !languages.contains(where: { $0.code == defaultLanguage }) {
            reader.diagnostics.error(.config, at: reader.location("defaultLanguage"),
                                     "'defaultLanguage' is \"\(defaultLanguage)\", which is not one of the languages (\(languages.map(\.code).joined(separator: ", ")))")
            defaultLanguage = languages[0].code
        }
        let timeZone = reader.string("timeZone") ?? "UTC"
        if SiteTimeZone(identifier: timeZone) == nil {
            reader.diagnostics.error(.config, at: reader.location("timeZone"),
                                     "'timeZone' \"\(timeZone)\" is not a time zone name such as Europe/Skopje or UTC")
        }
        let untranslated = readEnum(&reader, "untranslated", default: UntranslatedPolicy.hide)
        let slugs = readEnum(&reader, "slugs", default: SlugStyleSetting.ascii)
        let markdown = readMarkdown(&reader)
        let sections = readSections(&reader, languages: languages)
        let funders = readFunders(&reader, languages: languages)
        let images = readImages(&reader)

        var params: [String: ParamValue] = [:]
        if case .map(let pairs)? = reader.node("params").map(YAMLReader.param) {
            for (key, value) in pairs { params[key] = value }
        }
        for pair in reader.pairs where !knownKeys.contains(pair.key) {
            params[pair.key] = YAMLReader.param(pair.value)
        }

        var config = SiteConfig(
            baseURL: baseURL, title: title, defaultLanguage: defaultLanguage,
            defaultLanguageInSubdir: reader.bool("defaultLanguageInSubdir") ?? true,
            theme: reader.string("theme") ?? "default", paginate: max(paginate, 1), languages: languages,
            timeZone: timeZone, untranslated: untranslated, slugStyle: slugs, sectionPaths: sections,
            markdown: markdown, funders: funders, search: reader.bool("search") ?? false, images: images, params: params, path: displayPath
        )
        config.timeZoneIsWritten = reader.node("timeZone") != nil
        try reader.diagnostics.throwIfErrors()
        return config
    }

    private static func readEnum<Value: RawRepresentable & CaseIterable>(
        _ reader: inout YAMLReader, _ key: String, default value: Value
    ) -> Value where Value.RawValue == String {
        guard let text = reader.string(key) else { return value }
        if let parsed = Value(rawValue: text) { return parsed }
        let choices = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
        reader.diagnostics.error(.config, at: reader.location(key), "'\(key)' must be \(choices), not \"\(text)\"")
        return value
    }

    private static func readLanguages(_ reader: inout YAMLReader) -> [LanguageConfig] {
        guard let node = reader.node("languages") else { return [] }
        guard case .sequence(let items) = node, !items.isEmpty else {
            reader.wrongType("languages", node, expected: "a list of languages, each with code, name and locale")
            return []
        }
        var languages: [LanguageConfig] = []
        for item in items {
            var entry = YAMLReader(document: reader.document, node: item, what: "a language")
            defer { reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics) }
            guard let code = entry.requiredString("code", what: "a language") else { continue }
            if !isValidLanguageCode(code) {
                entry.diagnostics.error(.config, at: entry.location("code"),
                                        "language code \"\(code)\" must be a language tag such as mk, pt-BR or sr-Latn (letters, digits and '-')")
                continue
            }
            if languages.contains(where: { $0.code == code }) {
                entry.diagnostics.error(.config, at: entry.location("code"), "language \"\(code)\" is listed twice")
                continue
            }
            let direction: TextDirection
            if let text = entry.string("direction") {
                guard let parsed = TextDirection(rawValue: text) else {
                    entry.diagnostics.error(.config, at: entry.location("direction"), "'direction' must be 'ltr' or 'rtl', not \"\(text)\"")
                    continue
                }
                direction = parsed
            } else {
                direction = .natural(for: code)
            }
            languages.append(LanguageConfig(
                code: code, name: entry.string("name") ?? code, locale: entry.string("locale") ?? code,
                title: entry.string("title") ?? "", description: entry.string("description") ?? "",
                direction: direction, menu: readMenu(&entry)
            ))
        }
        return languages
    }

    private static func readMenu(_ reader: inout YAMLReader) -> [MenuItem] {
        guard let node = reader.node("menu"), !node.isNull else { return [] }
        guard case .sequence(let items) = node else {
            reader.wrongType("menu", node, expected: "a list of items with name and url")
            return []
        }
        var menu: [MenuItem] = []
        for (index, item) in items.enumerated() {
            var entry = YAMLReader(document: reader.document, node: item, what: "a menu item")
            if let name = entry.requiredString("name", what: "a menu item"), let url = entry.requiredString("url", what: "a menu item") {
                menu.append(MenuItem(name: name, url: url, weight: entry.int("weight") ?? index))
            }
            reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics)
        }
        // A stable sort keeps the written order for equal weights.
        return menu.enumerated().sorted { ($0.element.weight, $0.offset) < ($1.element.weight, $1.offset) }.map(\.element)
    }

    private static func readMarkdown(_ reader: inout YAMLReader) -> MarkdownSettings {
        guard let node = reader.node("markdown"), !node.isNull else { return MarkdownSettings(smart: true, unsafe: false) }
        var entry = YAMLReader(document: reader.document, node: node, what: "'markdown'")
        var settings = MarkdownSettings(smart: entry.bool("smart") ?? true, unsafe: entry.bool("unsafe") ?? false)
        settings.tables = entry.bool("tables") ?? true
        settings.footnotes = entry.bool("footnotes") ?? true
        settings.strikethrough = entry.bool("strikethrough") ?? true
        settings.tasklists = entry.bool("tasklists") ?? true
        settings.autolinks = entry.bool("autolinks") ?? true
        settings.tagfilter = entry.bool("tagfilter") ?? true
        reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics)
        return settings
    }

    private static func readSections(_ reader: inout YAMLReader, languages: [LanguageConfig]) -> [String: [String: String]] {
        guard let node = reader.node("sections"), !node.isNull else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.wrongType("sections", node, expected: "a mapping such as {news: {pl: aktualnosci}}")
            return [:]
        }
        var result: [String: [String: String]] = [:]
        for (sectionNode, perLanguageNode) in mapping {
            let section = sectionNode.string ?? ""
            var entry = YAMLReader(document: reader.document, node: perLanguageNode, what: "'sections.\(section)'")
            var names: [String: String] = [:]
            for key in entry.keys {
                guard let name = entry.string(key) else { continue }
                if !languages.contains(where: { $0.code == key }) {
                    entry.diagnostics.error(.config, at: entry.keyLocation(key), "'sections.\(section)' names language \"\(key)\", which is not one of the languages")
                } else if !isSafePathSegment(name) {
                    entry.diagnostics.error(.config, at: entry.location(key), "section path \"\(name)\" must be one plain path segment (no '/', '..' or spaces)")
                } else {
                    names[key] = name
                }
            }
            reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics)
            result[section] = names
        }
        return result
    }

    private static func readFunders(_ reader: inout YAMLReader, languages: [LanguageConfig]) -> [FunderConfig] {
        guard let node = reader.node("funders"), !node.isNull else { return [] }
        guard case .sequence(let items) = node else {
            reader.wrongType("funders", node, expected: "a list of funders, each with key, name, logo and text")
            return []
        }
        var funders: [FunderConfig] = []
        for item in items {
            var entry = YAMLReader(document: reader.document, node: item, what: "a funder")
            defer { reader.diagnostics.append(contentsOf: entry.diagnostics.diagnostics) }
            guard let name = entry.requiredString("name", what: "a funder") else { continue }
            var texts: [String: String] = [:]
            if let textNode = entry.node("text"), !textNode.isNull {
                var perLanguage = YAMLReader(document: reader.document, node: textNode, what: "a funder's 'text'")
                for code in perLanguage.keys {
                    if !languages.contains(where: { $0.code == code }) {
                        perLanguage.diagnostics.error(.config, at: perLanguage.keyLocation(code), "funder text names language \"\(code)\", which is not one of the languages")
                    } else if let text = perLanguage.string(code) {
                        texts[code] = text
                    }
                }
                entry.diagnostics.append(contentsOf: perLanguage.diagnostics.diagnostics)
            }
            funders.append(FunderConfig(key: entry.string("key") ?? name, name: name, names: entry.strings("match").map(\.value),
                                        logo: entry.string("logo"), url: entry.string("url"), text: texts))
        }
        return funders
    }

    static func isValidLanguageCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 35 && code.first!.isLetter
            && code.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
    }

    static func isSafePathSegment(_ text: String) -> Bool {
        !text.isEmpty && text != "." && text != ".." && !text.contains("/") && !text.contains("\\")
            && !text.unicodeScalars.contains { $0.value < 0x20 || $0 == " " || $0.value == 0x7F }
    }
}

