import Foundation
import KoloBuild
import KoloContent
import KoloDiagnostics
import KoloSite

/// `kolo i18n`: which items exist in which languages, which translations are older than their
/// original, and which UI strings each language lacks or never uses.
public struct TranslationReport: Sendable, Encodable {
    public struct Group: Sendable, Encodable, Equatable {
        public var key: String
        public var section: String
        public var present: [String]
        public var missing: [String]
        /// Translations changed before their original last was.
        public var stale: [String]
    }

    public struct StringStatus: Sendable, Encodable, Equatable {
        public var missing: [String]
        public var unused: [String]
    }

    public var languages: [String]
    public var groups: [Group]
    public var strings: [String: StringStatus]

    enum CodingKeys: String, CodingKey { case groups, strings }

    public var isComplete: Bool {
        groups.allSatisfy { $0.missing.isEmpty } && strings.values.allSatisfy { $0.missing.isEmpty }
    }

    public static func make(source: String) async throws(DiagnosticError) -> TranslationReport {
        var options = BuildOptions(source: source, includeDrafts: true, includeFuture: true, now: 0)
        options.includeExpired = true
        let loaded = try await SiteInspection.load(options)
        let site = loaded.site
        let languages = site.config.languages.map(\.code)
        var groups: [Group] = []
        for (index, group) in site.groups.enumerated() {
            guard let original = site.original(of: index), site.pages[original].kind != .section else { continue }
            let originalPage = site.pages[original]
            let present = languages.filter { group.pages[$0] != nil }
            let stale = present.filter { language in
                guard let index = group.pages[language], index != original else { return false }
                let page = site.pages[index]
                if let changed = originalPage.lastmod, let translated = page.lastmod ?? page.date {
                    return translated < changed
                }
                return page.fileModified < originalPage.fileModified
            }
            groups.append(Group(key: group.key, section: group.section, present: present,
                                missing: languages.filter { group.pages[$0] == nil }, stale: stale))
        }
        groups.sort { ($0.section, $0.key) < ($1.section, $1.key) }
        let used = loaded.usedStringKeys
        var strings: [String: StringStatus] = [:]
        for language in languages {
            let defined = loaded.definedStringKeys[language] ?? []
            strings[language] = StringStatus(
                missing: used.subtracting(defined).filter { !$0.hasPrefix("tags.") }.sorted(),
                unused: defined.subtracting(used).filter { !$0.hasPrefix("tags.") }.sorted()
            )
        }
        return TranslationReport(languages: languages, groups: groups, strings: strings)
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            // Strings, lists and dictionaries of them always encode.
            preconditionFailure("the translation report could not be encoded: \(error)")
        }
    }

    /// A table for people: one row per item, one column per language.
    public func table() -> String {
        let keyWidth = min(60, max(12, groups.map { $0.key.count }.max() ?? 0))
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
        }
        var lines = [pad("item", keyWidth) + "  " + languages.map { pad($0, 9) }.joined()]
        for group in groups {
            let cells = languages.map { language -> String in
                if group.missing.contains(language) { return pad("missing", 9) }
                if group.stale.contains(language) { return pad("stale", 9) }
                return pad("ok", 9)
            }
            lines.append(pad(group.key, keyWidth) + "  " + cells.joined())
        }
        let missingCount = groups.reduce(0) { $0 + $1.missing.count }
        let staleCount = groups.reduce(0) { $0 + $1.stale.count }
        lines.append("")
        lines.append("\(groups.count) items, \(missingCount) missing translations, \(staleCount) stale")
        for language in languages {
            guard let status = strings[language] else { continue }
            lines.append("\(language): UI strings missing: \(status.missing.isEmpty ? "none" : status.missing.joined(separator: ", "))")
            if !status.unused.isEmpty { lines.append("\(language): UI strings unused: \(status.unused.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
