import Foundation
import KoloContent
import KoloDiagnostics
import KoloSite
import KoloText

extension Checker {
    /// Misspelt keys, missing pictures and their descriptions, aliases that cannot be redirects.
    func checkFrontMatter(log: inout DiagnosticLog) {
        for page in loaded.decodedPages {
            for key in page.writtenKeys.sorted() {
                guard let known = Page.knownKey(resembling: key) else { continue }
                log.warning(.unknownKey, at: page.keyNameLocations[key] ?? SourceLocation(path: page.sourcePath),
                            "unknown key '\(key)': did you mean '\(known)'?")
            }
        }
        let site = loaded.site
        for (index, page) in site.pages.enumerated() {
            let itemFolders = site.itemFolders(ofPage: index)
            for (key, value, isImage) in [("website", page.website, false), ("image", page.image, true), ("logo", page.logo, true)]
            where page.writtenKeys.contains(key) {
                guard let value, !value.isEmpty else { continue }
                let location = page.keyLocations[key] ?? SourceLocation(path: page.sourcePath)
                if !site.config.markdown.unsafe, let scheme = URLSafety.dangerousScheme(value, isImage: isImage) {
                    log.warning(.unsafeLink, at: location, "'\(key)' \(value) is left out of the page: \(Self.scriptRisk(scheme))")
                } else if isImage, !itemFolders.isEmpty, !value.hasPrefix("/"), !value.contains(":") {
                    // In an item folder a relative name is the file beside the page's index.md, or
                    // beside its original's (a translation uses the original's pictures).
                    if itemFile(value, in: itemFolders) == nil {
                        log.warning(.missingAsset, at: location, "'\(key)' \(value) is not in \(itemFolderNames(itemFolders))")
                    }
                } else if isImage {
                    checkAsset(key, value, at: location, log: &log)
                }
            }
            checkImageDescription(page, log: &log)
            for alias in page.aliases where alias.value.contains("://") || Site.aliasPath(alias.value) == nil {
                log.warning(.alias, at: alias.location,
                            "alias \"\(alias.value)\" is not a site path such as /old/address/ (no \"..\", no control characters): no redirect is written for it")
            }
        }
    }

    /// A picture named in front matter: a full URL, or a site path that `static/` or the build provides.
    private func checkAsset(_ key: String, _ value: String, at location: SourceLocation, log: inout DiagnosticLog) {
        let destination = LinkDestination(value)
        guard !value.isEmpty, !destination.isExternal else { return }
        guard destination.path.hasPrefix("/") else {
            log.warning(.missingAsset, at: location,
                        "'\(key)' \(value) is relative, so it means another place on every page that shows it: write it from the site's root, like /\(value)")
            return
        }
        let sitePath = LinkDestination.resolve(destination.path, against: "/")
        if targets.find(sitePath) == nil {
            log.error(.missingAsset, at: location, "'\(key)' \(value) \(missingReason(sitePath, isImage: true))")
        }
    }

    /// A picture needs words for people who cannot see it, in the page's own language.
    private func checkImageDescription(_ page: Page, log: inout DiagnosticLog) {
        guard let image = page.image, !image.isEmpty else { return }
        let inherited = !page.writtenKeys.contains("image")
        let location = page.keyLocations["image"] ?? SourceLocation(path: page.sourcePath)
        if (page.imageAlt ?? "").allSatisfy(\.isWhitespace) {
            let whose = inherited ? "the picture this translation takes from its original" : "'image'"
            log.warning(.missingAlt, at: location, "\(whose) has no 'imageAlt': describe it for people who cannot see it")
        } else if inherited && !page.writtenKeys.contains("imageAlt") {
            log.warning(.missingAlt, at: location,
                        "this translation takes 'image' and its 'imageAlt' from the original, in another language: write 'imageAlt' in \(page.language)")
        }
    }

    /// The file `name` in the first of `itemFolders` (relative to `content/`) that has it.
    func itemFile(_ name: String, in itemFolders: [String]) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return itemFolders.lazy.map { self.loaded.root + "/content/" + $0 + "/" + name }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// "the item's folder (content/bg/news/lyon/) nor its translations' (content/en/news/lyon/)".
    func itemFolderNames(_ itemFolders: [String]) -> String {
        let folders = itemFolders.map { loaded.displayPath("content/\($0)/") }
        guard folders.count > 1 else { return "the item's folder (\(folders[0]))" }
        return "the item's folder (\(folders[0])) nor its translations' (\(folders.dropFirst().joined(separator: ", ")))"
    }
}
