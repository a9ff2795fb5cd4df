import Foundation
import KoloContent
import KoloDiagnostics
import KoloMustache

/// A theme with the site's overrides applied: its templates parsed and checked, and where its
/// strings and static files are.
public struct Theme: Sendable {
    public let name: String
    /// The theme's folder.
    public let root: String
    public let library: TemplateLibrary
    public var templateNames: Set<String> { library.names }
    /// Folders whose files are copied to the output root, lowest priority first (theme, then site).
    public let staticFolders: [String]
    /// `i18n/` folders, lowest priority first.
    public let stringFolders: [String]
    /// UI string keys the templates use.
    public let usedStringKeys: Set<String>
    /// Every template's text by name, the site's own over the theme's: read once, here, for whatever
    /// else needs the texts (a rebuild's template fingerprints, `kolo check`'s anchor scan).
    public let templateTexts: [String: String]

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// The first of `names` that exists.
    public func first(_ names: [String]) -> String? { names.first(where: has) }

    /// The first of `names` that exists, ready to render.
    public func template(_ names: [String]) -> TemplateLibrary.Template? { names.lazy.compactMap(library.template).first }
}

extension Theme {
    /// Finds the theme: the site's own `themes/<name>/` first, else the one that ships with Kolo.
    public static func locate(name: String, siteRoot: String) -> String? {
        let own = siteRoot + "/themes/" + name
        if directoryExists(own) { return own }
        return builtInThemeFolders().map { $0 + "/" + name }.first(where: directoryExists)
    }

    /// Where Kolo's own themes can be: `KOLO_THEMES`, beside the binary (an install), or the
    /// repository this binary was built from.
    static func builtInThemeFolders() -> [String] {
        var folders: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["KOLO_THEMES"] { folders.append(fromEnvironment) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent().path
        folders.append(executable + "/../share/kolo/themes")
        folders.append(executable + "/themes")
        // Sources/KoloTemplates/Theme.swift → the repository's themes/.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(repository.path + "/themes")
        return folders
    }

    /// Loads the theme's templates and the site's overriding ones, parses them and checks that every
    /// partial and parent they name exists.
    public static func load(name: String, siteRoot: String, displayRoot: String) throws(DiagnosticError) -> Theme {
        guard let root = locate(name: name, siteRoot: siteRoot) else {
            throw DiagnosticError(.error(.template, at: SourceLocation(path: join(displayRoot, "site.yaml")),
                                         "theme \"\(name)\" was not found in themes/\(name)/ nor among Kolo's own themes"))
        }
        var sources: [String: (path: String, display: String)] = [:]
        let themeDisplay = root.hasPrefix(siteRoot + "/") ? join(displayRoot, String(root.dropFirst(siteRoot.count + 1))) : root
        for (name, path) in templateFiles(in: root + "/templates") {
            sources[name] = (path, join(themeDisplay, "templates/" + name + ".mustache"))
        }
        for (name, path) in templateFiles(in: siteRoot + "/templates") {
            sources[name] = (path, join(displayRoot, "templates/" + name + ".mustache"))
        }
        var log = DiagnosticLog()
        var readable: [String: String] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            // A template that cannot be read is an error naming it and saying why, never a page quietly
            // rendered without it.
            let bytes: [UInt8]
            do throws(DiagnosticError) {
                bytes = try readFile(source.path, displayPath: source.display, limit: 16 << 20)
            } catch {
                log.append(contentsOf: error.diagnostics)
                continue
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                log.error(.template, at: SourceLocation(path: source.display), "template is not UTF-8 text")
                continue
            }
            readable[name] = text
        }
        let (library, errors) = TemplateLibrary.compile(readable)
        for error in errors {
            log.error(.template, at: SourceLocation(path: sources[error.template]!.display, line: error.line, column: error.column),
                      "template syntax: \(error.message)")
        }
        var texts: [String: (text: String, display: String)] = [:]
        for name in library.names { texts[name] = (readable[name]!, sources[name]!.display) }
        for (_, entry) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateReferences.find(in: entry.text) where texts[reference.name] == nil && sources[reference.name] == nil {
                let what = reference.isParent ? "parent template" : "partial"
                log.error(.template, at: SourceLocation(path: entry.display, line: reference.line, column: reference.column),
                          "\(what) \"\(reference.name)\" does not exist (looked for templates/\(reference.name).mustache in the site and in theme \"\(name)\")")
            }
        }
        checkCards(texts, theme: name, log: &log)
        try log.throwIfErrors()
        let siteStatic = siteRoot + "/static"
        let siteStrings = siteRoot + "/i18n"
        let usedKeys = texts.values.reduce(into: Set<String>()) { $0.formUnion(TemplateReferences.stringKeys(in: $1.text)) }
        return Theme(name: name, root: root, library: library,
                     staticFolders: [root + "/static", siteStatic].filter(directoryExists).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                     stringFolders: [root + "/i18n", siteStrings].filter(directoryExists).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                     usedStringKeys: usedKeys, templateTexts: texts.mapValues(\.text))
    }

    /// A template that prints cards (`card.h2`) needs a card template for every kind of item a list
    /// can hold: `cards/default`, or one per kind.
    static func checkCards(_ texts: [String: (text: String, display: String)], theme: String, log: inout DiagnosticLog) {
        let kinds = PageKind.allCases.filter { $0 != .section }.map { "cards/" + $0.rawValue }
        guard texts["cards/default"] == nil, !kinds.allSatisfy({ texts[$0] != nil }) else { return }
        for (_, entry) in texts.sorted(by: { $0.key < $1.key }) {
            guard let position = TemplateReferences.firstCardUse(in: entry.text) else { continue }
            let missing = kinds.filter { texts[$0] == nil }.map { "templates/\($0).mustache" }.joined(separator: ", ")
            log.error(.template, at: SourceLocation(path: entry.display, line: position.line, column: position.column),
                      "this template prints cards, but there is no templates/cards/default.mustache (nor \(missing)) in the site or in theme \"\(theme)\"")
            return
        }
    }

    /// Every `.mustache` file under a folder, by name without the extension ("news/single").
    static func templateFiles(in folder: String) -> [(String, String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            files.append((String(relative.dropLast(".mustache".count)), folder + "/" + relative))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func directoryExists(_ path: String) -> Bool {
        FileStatus.isDirectory(path)
    }

    static func join(_ a: String, _ b: String) -> String {
        ContentTree.join(a, b)
    }
}
