import Foundation
import KoloContent
import KoloSite

/// What a link may lead to: every file the build writes, and every static file it copies.
struct SiteTargets: Sendable {
    enum Target: Sendable, Hashable {
        /// A content page's own page: its headings are anchors.
        case page(Int)
        /// A list, feed, redirect or static file: there, only the templates' ids are known.
        case other
    }

    /// Output file ("en/about/index.html") → the content page it shows, if it shows one.
    private let outputs: [String: Int?]
    private let staticFolders: [String]

    init(outputs: [OutputPage], staticFolders: [String]) {
        var byFile: [String: Int?] = [:]
        for output in outputs {
            if case .single(let ref) = output.kind { byFile[output.file] = ref.page } else if byFile[output.file] == nil { byFile[output.file] = .some(nil) }
        }
        self.outputs = byFile
        self.staticFolders = staticFolders
    }

    /// What a site path ("/en/about/", "/images/x.jpg", already resolved and decoded) leads to, if anything.
    func find(_ sitePath: String) -> Target? {
        var files = [URLScheme.outputFile(for: sitePath)]
        if !sitePath.hasSuffix("/") { files.append(URLScheme.outputFile(for: sitePath + "/")) }
        for file in files {
            if let page = outputs[file] { return page.map(Target.page) ?? .other }
        }
        for folder in staticFolders {
            for file in files where FileStatus.isRegularFile(folder + "/" + file) { return .other }
        }
        return nil
    }
}
