import KoloBuild
import KoloContent
import KoloDiagnostics
import KoloMarkdown
import KoloSite
import KoloText

extension Checker {
    /// Every link and image in every page's Markdown must lead somewhere the site has.
    func checkLinks(log: inout DiagnosticLog) {
        let site = loaded.site
        for (index, page) in site.pages.enumerated() {
            for link in rendered[index].links {
                let location = SourceLocation(path: page.sourcePath, line: page.bodyFirstLine - 1 + link.line, column: link.column)
                check(link, from: index, at: location, log: &log)
            }
        }
    }

    private func check(_ link: RenderedMarkdown.Link, from index: Int, at location: SourceLocation, log: inout DiagnosticLog) {
        let site = loaded.site
        let page = site.pages[index]
        let written = link.destination
        let what = link.isImage ? "image" : "link to"
        guard !written.isEmpty else { return }
        let destination = LinkDestination(written)
        if link.renderedDestination.isEmpty {
            let scheme = URLSafety.dangerousScheme(written, isImage: link.isImage) ?? "such"
            log.warning(.unsafeLink, at: location, "\(what) \(written) is removed from the page: \(Self.scriptRisk(scheme))")
            return
        }
        if destination.isExternal { return }
        if destination.path.isEmpty {
            if let fragment = destination.fragment {
                checkAnchor(fragment, on: index, in: "this page", link: written, at: location, log: &log)
            }
            return
        }
        if destination.path.hasSuffix(".md") && !destination.path.hasPrefix("/") {
            checkSourceLink(destination, written: written, from: page, at: location, log: &log)
            return
        }
        let ownPath = site.path(PageRef(page: index, language: page.language, isFallback: false))
        let sitePath = LinkDestination.resolve(destination.path, against: ownPath)
        guard let target = targets.find(sitePath) else {
            // A file beside the page in its item folder is published there; a picture may also be
            // the original's, beside the original's index.md.
            let folders = site.itemFolders(ofPage: index)
            let searched = link.isImage ? folders : Array(folders.prefix(page.bundle == nil ? 0 : 1))
            if !destination.path.hasPrefix("/"), !searched.isEmpty {
                if itemFile(destination.path, in: searched) == nil {
                    log.error(link.isImage ? .missingAsset : .brokenLink, at: location,
                              "\(what) \(written) \(link.isImage ? "is missing" : "goes nowhere"): it is not in \(itemFolderNames(searched))")
                }
                return
            }
            let shown = destination.path.hasPrefix("/") ? written : "\(written) (\(sitePath))"
            log.error(link.isImage ? .missingAsset : .brokenLink, at: location, "\(what) \(shown) \(missingReason(sitePath, isImage: link.isImage))")
            return
        }
        if case .page(let targetIndex) = target, let fragment = destination.fragment {
            checkAnchor(fragment, on: targetIndex, in: targetIndex == index ? "this page" : site.pages[targetIndex].sourcePath,
                        link: written, at: location, log: &log)
        }
    }

    /// Why nothing is at a site path, with a hint when the editor wrote the base URL's path too.
    func missingReason(_ sitePath: String, isImage: Bool) -> String {
        let base = loaded.site.config.baseURL.path
        if base != "/", sitePath.hasPrefix(base), targets.find("/" + sitePath.dropFirst(base.count)) != nil {
            return "goes nowhere: write site paths without the base URL's path \(base) (/\(sitePath.dropFirst(base.count)))"
        }
        let looksLikeFile = isImage || (sitePath.split(separator: "/").last?.contains(".") ?? false)
        if looksLikeFile {
            return "\(isImage ? "is missing" : "goes nowhere"): no page has that address and there is no \(loaded.displayPath("static" + sitePath))"
        }
        return "goes nowhere: no page or file of the site has that address"
    }

    private func checkSourceLink(_ destination: LinkDestination, written: String, from page: Page, at location: SourceLocation,
                                 log: inout DiagnosticLog) {
        if let ref = loaded.target(ofSourcePath: destination.path, from: page) {
            if let fragment = destination.fragment, loaded.site.pages[ref.page].kind != .section {
                checkAnchor(fragment, on: ref.page, in: loaded.site.pages[ref.page].sourcePath, link: written, at: location, log: &log)
            }
            return
        }
        guard let id = SiteInspection.pageID(ofSourcePath: destination.path, from: page) else {
            log.error(.brokenLink, at: location, "link to \(written) goes nowhere: it leads out of the content folder")
            return
        }
        let file = loaded.displayPath("content/" + id + ".md")
        if let hidden = loaded.decodedPages.first(where: { $0.id == id }), let expiry = expiry(of: hidden) {
            log.warning(.expiredLink, at: location, "link to \(written) leads to an item that expired on \(expiry.isoDay) (\(file), expiryDate) and is no longer published; remove the link")
        } else if let hidden = loaded.decodedPages.first(where: { $0.id == id }) {
            let why = hidden.draft ? "is a draft (draft: true)" : "is dated \(hidden.date?.isoDay ?? "later"), in the future"
            log.error(.brokenLink, at: location, "link to \(written) goes nowhere on the published site: \(file) \(why)")
        } else {
            log.error(.brokenLink, at: location, "link to \(written) goes nowhere: there is no \(file)")
        }
    }

    /// `#fragment` must be a heading id of the target page, or an id its templates write.
    private func checkAnchor(_ fragment: String, on index: Int, in name: String, link: String, at location: SourceLocation,
                             log: inout DiagnosticLog) {
        guard !fragment.isEmpty, fragment.lowercased() != "top" else { return }
        let headings = rendered[index].headings.map(\.id)
        if headings.contains(fragment) || loaded.templateIDs.contains(fragment)
            || loaded.templateIDPrefixes.contains(where: { fragment.hasPrefix($0) }) { return }
        if loaded.site.config.markdown.unsafe && rendered[index].html.contains("id=\"\(fragment)\"") { return }
        var message = "link to \(link): \(name) has no heading with the id \"\(fragment)\""
        if let near = Spelling.nearest(to: fragment, among: headings) { message += " (did you mean \"\(near)\"?)" }
        log.error(.missingAnchor, at: location, message)
    }

    /// Why an address in Markdown or front matter was left out of the page (`unsafe-link`).
    static func scriptRisk(_ scheme: String) -> String {
        "\(scheme): links can run script in a reader's browser (markdown.unsafe is off)"
    }
}
