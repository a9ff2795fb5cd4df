import KoloContent
import KoloDiagnostics

/// Joins pages into translation groups: same path under different language folders, or the same
/// `translationKey`. A union of both rules, so one file with a key and its twin without one still join.
enum TranslationGroups {
    static func build(_ pages: [Page], languageOrder: [String], log: inout DiagnosticLog) -> (groups: [TranslationGroup], groupOfPage: [Int]) {
        var parent = Array(pages.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var byPath: [String: Int] = [:]
        var byKey: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            let path = String(page.id.drop { $0 != "/" }.dropFirst())
            if let other = byPath[path] { union(index, other) } else { byPath[path] = index }
            if page.hasExplicitTranslationKey {
                if let other = byKey[page.translationKey] { union(index, other) } else { byKey[page.translationKey] = index }
            }
        }
        var groupIndexOfRoot: [Int: Int] = [:]
        var groups: [TranslationGroup] = []
        var groupOfPage = Array(repeating: 0, count: pages.count)
        for (index, page) in pages.enumerated() {
            let root = find(index)
            let groupIndex: Int
            if let existing = groupIndexOfRoot[root] {
                groupIndex = existing
            } else {
                groupIndex = groups.count
                groupIndexOfRoot[root] = groupIndex
                groups.append(TranslationGroup(key: page.translationKey, section: page.section, pages: [:]))
            }
            groupOfPage[index] = groupIndex
            if page.hasExplicitTranslationKey { groups[groupIndex].key = page.translationKey }
            if let existing = groups[groupIndex].pages[page.language] {
                log.error(.content, at: .init(path: page.sourcePath),
                          "this page and \(pages[existing].sourcePath) are both the \(page.language) version of \"\(groups[groupIndex].key)\"; give one of them another translationKey")
                continue
            }
            groups[groupIndex].pages[page.language] = index
        }
        return (groups, groupOfPage)
    }
}
