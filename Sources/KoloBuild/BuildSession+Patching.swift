import KoloContent
import KoloSite

extension BuildSession.State {
    /// What a patch changed: indexes into the site's pages.
    struct Patched: Sendable {
        /// Every page that differs, translations inheriting from a changed original included.
        var pages: Set<Int>
        /// The pages whose Markdown changed, whose bodies must be rendered again.
        var bodies: Set<Int>
        /// Whether only Markdown changed (no front matter): the rebuild's scope is `bodies`.
        var onlyBodies: Bool
    }

    /// Puts the new versions of pages whose Markdown or display keys changed into the decoded pages
    /// and the resolved site (`Site.patch`). Nil, and the state as it was, when the site must be
    /// resolved again (a new title moves a page in a list).
    mutating func patch(_ fresh: [String: Page], options: SiteOptions) -> Patched? {
        // Moved out while the site reads it, so that the changes below copy no dictionary.
        var table = decoded
        decoded = [:]
        defer { decoded = table }
        let indexes = fresh.keys.compactMap { indexOfPage[$0] }
        guard let pages = site.patch(indexes, decoded: { fresh[$0] ?? table[$0] }, options: options) else { return nil }
        var patched = Patched(pages: pages, bodies: [], onlyBodies: true)
        for (id, new) in fresh {
            guard let old = table[id] else { continue }
            if old.body != new.body || old.bodyFirstLine != new.bodyFirstLine, let index = indexOfPage[id] { patched.bodies.insert(index) }
            var sameFrontMatter = new
            (sameFrontMatter.body, sameFrontMatter.bodyFirstLine, sameFrontMatter.fileModified) = (old.body, old.bodyFirstLine, old.fileModified)
            if sameFrontMatter != old { patched.onlyBodies = false }
            table[id] = new
        }
        return patched
    }
}
