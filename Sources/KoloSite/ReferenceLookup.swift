import KoloContent
import KoloDiagnostics

/// Finds the items that front matter names (`projects: [fusion-lab]`) by file slug or translationKey.
struct ReferenceLookup {
    /// "projects/fusion-lab" → group, for file slugs, slugs and translation keys.
    private var groupByName: [String: Int] = [:]
    private let hiddenNames: Set<String>

    init(pages: [Page], groups: [TranslationGroup], groupOfPage: [Int], hidden: Set<String>) {
        for (index, page) in pages.enumerated() where page.kind != .section {
            let group = groupOfPage[index]
            for name in [page.fileSlug, page.slug] where groupByName["\(page.section)/\(name)"] == nil {
                groupByName["\(page.section)/\(name)"] = group
            }
            groupByName["\(page.section)/key:\(groups[group].key)"] = group
        }
        // A hidden page's id is "lang/section/file": keep "section/file-slug" to recognise references to it.
        hiddenNames = Set(hidden.map { id in
            let parts = id.split(separator: "/").dropFirst()
            let file = Page.removingDatePrefix(String(parts.last ?? ""))
            return "\(parts.first ?? "")/\(file)"
        })
    }

    func resolve(_ page: Page, log: inout DiagnosticLog) -> [String: [Int]] {
        var resolved: [String: [Int]] = [:]
        for reference in page.references {
            let section = reference.targetSection
            let value = reference.value.trimmingWhitespace
            if let group = groupByName["\(section)/\(value)"] ?? groupByName["\(section)/key:\(value)"]
                ?? groupByName["\(section)/key:\(section)/\(value)"] {
                if !(resolved[reference.field]?.contains(group) ?? false) { resolved[reference.field, default: []].append(group) }
            } else if hiddenNames.contains("\(section)/\(value)") {
                continue // a draft or future item: listed once it is published
            } else {
                let kind = section == "projects" ? "project" : "member"
                log.error(.reference, at: reference.location,
                          "'\(reference.field)' names \(kind) \"\(reference.value)\", but there is no such \(kind): expected a file content/<language>/\(section)/\(value).md or an item with translationKey \"\(value)\"")
            }
        }
        return resolved
    }
}
