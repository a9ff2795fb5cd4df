import KoloBuild
import KoloContent
import KoloDiagnostics
import KoloSite

extension Checker {
    /// The expiry date of a page left out because it has expired (its own, or its original's when
    /// a translation inherits it); nil for a page that has not.
    func expiry(of page: Page) -> ContentDate? {
        let site = loaded.site
        let expiry = page.expiryDate ?? loaded.decodedPages.first {
            $0.language == site.config.defaultLanguage && $0.translationKey == page.translationKey && $0.kind == page.kind
        }?.expiryDate
        guard let expiry, expiry.secondsSince1970 <= site.now, !site.pages.contains(where: { $0.id == page.id }) else { return nil }
        return expiry
    }

    /// Front matter that names an expired item (`projects: [call-2024]`): the build leaves the
    /// reference out, as the item is no longer published; the editor should too.
    func checkExpiredReferences(log: inout DiagnosticLog) {
        let expired = loaded.decodedPages.filter { expiry(of: $0) != nil }
        guard !expired.isEmpty else { return }
        let byName = Dictionary(expired.flatMap { page in [page.fileSlug, page.slug, page.translationKey].map { ("\(page.section)/\($0)", page) } },
                                uniquingKeysWith: { first, _ in first })
        for page in loaded.site.pages {
            for reference in page.references {
                guard let target = byName["\(reference.targetSection)/\(reference.value)"], let expiry = expiry(of: target) else { continue }
                log.warning(.expiredLink, at: reference.location,
                            "'\(reference.field)' names \"\(reference.value)\", which expired on \(expiry.isoDay) (\(target.sourcePath), expiryDate) and is no longer published; remove it")
            }
        }
    }
}
