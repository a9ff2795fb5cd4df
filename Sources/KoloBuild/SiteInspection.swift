import Foundation
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloMarkdown
import KoloSite
import KoloTemplates

/// The site as a build sees it just before it renders templates, loaded and resolved by the build's
/// own steps: what tools that inspect a site without writing anything look at (`kolo check`,
/// `kolo i18n`).
public struct SiteInspection: Sendable {
    /// The site folder, absolute.
    public let root: String
    /// How to print the site folder in messages ("" for the current folder).
    public let displayRoot: String
    public let site: Site
    /// Every file the build would write.
    public let outputs: [OutputPage]
    /// Every content file decoded, drafts and future items included (`site` leaves them out unless asked).
    public let decodedPages: [Page]
    /// Folders whose files the build copies to the output root, lowest priority first.
    public let staticFolders: [String]
    /// Warnings found while loading (UI strings, content folders).
    public let warnings: [Diagnostic]
    /// UI string keys that the templates and Kolo itself use.
    public let usedStringKeys: Set<String>
    /// Per language: the UI string keys that its own files (the theme's and the site's) define.
    public let definedStringKeys: [String: Set<String>]
    /// `id="…"` values written in the templates: anchors that pages have besides their headings.
    public let templateIDs: Set<String>
    /// The literal start of template ids that print a value (`status-{{key}}` → "status-").
    public let templateIDPrefixes: Set<String>
    let linkRewriter: LinkRewriter
    let markdownRenderers: MarkdownRenderers

    /// Loads and resolves the site. Throws the errors (with the warnings found so far) when the
    /// sources cannot be turned into a site.
    public static func load(_ options: BuildOptions) async throws(DiagnosticError) -> SiteInspection {
        let sources = try await LoadedSources.load(options: options)
        let site: Site
        let outputs: [OutputPage]
        do throws(DiagnosticError) {
            site = try Build.resolveSite(sources, options: options)
            outputs = try site.outputs()
        } catch {
            throw DiagnosticError(error.diagnostics + sources.warnings)
        }
        let defined = sources.localizers.mapValues { Set($0.strings.entries.keys) }
        let ids = Self.templateIDs(in: sources.theme.templateTexts.values)
        return SiteInspection(root: sources.root, displayRoot: sources.displayRoot, site: site, outputs: outputs,
                          decodedPages: sources.pages, staticFolders: sources.theme.staticFolders, warnings: sources.warnings,
                          usedStringKeys: sources.theme.usedStringKeys.union(KoloStringKeys.used), definedStringKeys: defined,
                          templateIDs: ids.literal, templateIDPrefixes: ids.prefixes,
                          linkRewriter: LinkRewriter(site: site),
                          markdownRenderers: MarkdownRenderers(config: site.config, localizers: sources.localizers))
    }

    /// Every page's Markdown rendered in its own language exactly as the build renders it (links
    /// rewritten the same way), with its headings and links; indexed like `site.pages`.
    public func renderMarkdown() async -> [RenderedMarkdown] {
        let refs = site.pages.indices.map { PageRef(page: $0, language: site.pages[$0].language, isFallback: false) }
        return await markdownRenderers.render(refs, site: site, rewriter: linkRewriter, pictures: [:]) { $1 }
    }

    /// Where a link to a source file (`../projects/fusion-lab.md`, without `#fragment`) from `page`
    /// leads in the page's own language; nil when no built page has that file.
    public func target(ofSourcePath path: String, from page: Page) -> PageRef? {
        linkRewriter.target(ofSourcePath: path, from: page, shownIn: page.language)
    }

    /// The id ("en/projects/fusion-lab") of the content file a source link names, whether or not it
    /// is built; nil when the path climbs above `content/`.
    public static func pageID(ofSourcePath path: String, from page: Page) -> String? {
        LinkRewriter.pageID(ofSourcePath: path, from: page)
    }

    /// A path under the site folder as messages print it.
    public func displayPath(_ relative: String) -> String {
        ContentTree.join(displayRoot, relative)
    }

    /// The `id="…"` attributes of the templates: literal ones, and the start of those that print a value.
    static func templateIDs(in texts: some Sequence<String>) -> (literal: Set<String>, prefixes: Set<String>) {
        var ids: (literal: Set<String>, prefixes: Set<String>) = ([], [])
        for text in texts {
            var rest = Substring(text)
            while let start = rest.range(of: "id=\"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = rest[..<end]
                if let mustache = value.range(of: "{{") {
                    if mustache.lowerBound > value.startIndex { ids.prefixes.insert(String(value[..<mustache.lowerBound])) }
                } else if !value.isEmpty {
                    ids.literal.insert(String(value))
                }
                rest = rest[end...]
            }
        }
        return ids
    }
}

/// The UI string keys Kolo looks up itself, besides those the templates name.
enum KoloStringKeys {
    static let used = TemplateContexts.stringKeysUsedByKolo(statuses: ProjectStatus.allCases.map(\.rawValue),
                                                            memberKinds: MemberKind.allCases.map(\.rawValue))
        .union(MarkdownRenderers.stringKeys)
}
