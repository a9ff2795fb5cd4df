import Foundation
import FuzzSupport
import KoloContent
import KoloDiagnostics
import KoloLocalization
import KoloMarkdown
import KoloMustache
import KoloSite
import KoloTemplates
import KoloText

/// The single-page pipeline on any bytes, as the build runs it: decode a page, render its Markdown,
/// resolve a site of that one page (in two languages, the other showing it as a fallback), and
/// render every output through the default theme. With raw HTML off, nothing the file says may
/// reach the HTML as a tag, an attribute or a link that runs script: every script element of a page
/// is one the theme's templates hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let fixture = fixtures[input.hash % 2 == 0 ? 0 : 1]
    let language = input.pick(["en", "mk"], shift: 1)
    let pathInLanguage = input.pick(["news/2016-07-22-fusion-lab.md", "projects/fusion-lab.md", "members/forum-16.md",
                                     "about.md", "news/_index.md", "_index.md"], shift: 8)
    let displayPath = "content/\(language)/\(pathInLanguage)"
    guard let text = try? ContentFile.decodeText(input.bytes, path: displayPath) else { return 0 }
    let file = ContentFile(language: language, pathInLanguage: pathInLanguage, displayPath: displayPath, text: text)
    let context = PageDecodingContext(slugStyle: fixture.config.slugStyle == .unicode ? .unicode : .ascii, timeZone: .utc)
    guard var page = try? Page.decode(file, context: context) else { return 0 }

    // Markdown alone: only Kolo's own tags, every heading id a usable fragment.
    let rendered = fixture.renderers[language]!.render(page.body, slugger: context.slugger(for: language), footnotePrefix: "p")
    checkMarkdown(rendered, what: "Markdown of \(displayPath)")
    checkPictures(page.body, renderer: fixture.renderers[language]!, slugger: context.slugger(for: language), plain: rendered,
                  what: "Markdown pictures of \(displayPath)")

    // References to other items cannot resolve in a one-page site: the lookup is not what this fuzzes.
    page.references = []
    guard let site = try? Site.resolve(config: fixture.config, pages: [page], options: fixture.siteOptions),
          let outputs = try? site.outputs() else { return 0 }
    var bodies: [PageRef: PageBody] = [:]
    for ref in site.paths.keys {
        let page = site.pages[ref.page]
        let result = fixture.renderers[ref.language]!.render(page.body, slugger: site.slugger(for: page.language),
                                                             footnotePrefix: site.slugger(for: page.language).slug(page.id))
        checkMarkdown(result, what: "Markdown of \(displayPath) in \(ref.language)")
        bodies[ref] = PageBody(html: result.html, summaryHTML: result.summaryHTML, summaryText: result.summaryText, wordCount: result.wordCount)
    }
    let frozen = bodies
    var views = TemplateContexts(site: site, localizers: fixture.localizers, bodies: { frozen[$0] ?? .empty })
    var fragments: [String: [String: String]] = [:]
    for language in site.config.languages {
        let fragmentContext = views.fragmentContext(language.code)
        for name in fixture.fragmentNames {
            let html = fixture.theme.library.renderText(name, fragmentContext) ?? ""
            fixture.rules.check(html, what: "\(name) in \(language.code) for \(displayPath)")
            fragments[language.code, default: [:]][String(name.dropFirst("fragments/".count))] = html
        }
    }
    views = views.withFragments(fragments)
    for output in outputs {
        guard let name = fixture.theme.first(views.templateNames(for: output)) else { continue }
        let html = fixture.theme.library.renderText(name, .object(views.context(for: output))) ?? ""
        invariant(!html.isEmpty, "\(output.path) rendered nothing")
        fixture.rules.check(html, what: "\(output.path) (\(name)) from \(displayPath)")
    }
    return 0
}

func checkMarkdown(_ rendered: RenderedMarkdown, what: @autoclosure () -> String) {
    HTMLRules.markdown.check(rendered.html, what: what())
    HTMLRules.markdown.check(rendered.summaryHTML, what: "summary of " + what())
    invariant(rendered.html.range(of: "<script", options: .caseInsensitive) == nil, "<script in \(what())")
    // Every id once: headings' and footnotes' (Kolo's GFM extensions) never collide.
    var ids = Set<Substring>()
    var rest = rendered.html[...]
    while let start = rest.range(of: " id=\"") {
        let value = rest[start.upperBound...].prefix { $0 != "\"" }
        invariant(ids.insert(value).inserted, "id \(String(reflecting: String(value))) appears twice in \(what())")
        rest = rest[value.endIndex...]
    }
    for heading in rendered.headings {
        invariant(!heading.id.isEmpty && heading.id.unicodeScalars.allSatisfy { $0.value > 0x20 && !"\"'<>&/#?%".unicodeScalars.contains($0) },
                  "heading id \(String(reflecting: heading.id)) is not a usable fragment in \(what())")
    }
}

/// The build writes a picture it publishes as `<picture>`, cutting the `<img>` it had begun back out
/// of its buffer, wherever the image stands (a table cell, a footnote, a link): every top-level
/// `.jpg` image becomes one, the alt text arrives escaped, and nothing else of the page changes.
func checkPictures(_ body: String, renderer: MarkdownRenderer, slugger: Slugger, plain: RenderedMarkdown, what: @autoclosure () -> String) {
    guard body.contains("![") else { return }
    let rendered = renderer.render(body, slugger: slugger, footnotePrefix: "p", writePicture: { destination, alt, _, ordinal in
        destination.hasSuffix(".jpg") ? "<picture><img src=\"/picture-\(ordinal).jpg\" alt=\"\(alt)\" /></picture>" : nil
    })
    var rules = HTMLRules.markdown
    rules.tags.insert("picture")
    rules.check(rendered.html, what: what())
    rules.check(rendered.summaryHTML, what: "summary of " + what())
    let images = plain.links.filter(\.isImage)
    invariant(rendered.html.components(separatedBy: "<picture>").count - 1 == images.filter { $0.destination.hasSuffix(".jpg") }.count,
              "not one <picture> for each .jpg image in \(what())")
    invariant(rendered.links.map(\.destination) == plain.links.map(\.destination), "links differ with pictures in \(what())")
    invariant(rendered.wordCount == plain.wordCount && rendered.summaryText == plain.summaryText, "text differs with pictures in \(what())")
    // Each <picture> taken out, and from the plain rendering each .jpg image's <img> (the k-th <img> is
    // the k-th image recorded): the rest is byte for byte the same.
    var imageIndex = 0
    let plainWithout = plain.html.replacing(/<img src="[^"]*" alt="[^"]*"(?: title="[^"]*")? loading="lazy" \/>/, with: { (match: Regex<Substring>.Match) -> String in
        defer { imageIndex += 1 }
        return imageIndex < images.count && images[imageIndex].destination.hasSuffix(".jpg") ? "" : String(match.output)
    })
    invariant(imageIndex == images.count, "\(images.count) images recorded, \(imageIndex) written in \(what())")
    invariant(rendered.html.replacing(/<picture>.*?<\/picture>/.dotMatchesNewlines(), with: "") == plainWithout,
              "pictures changed more than the images in \(what())")
}

/// A two-language site and the default theme, loaded once.
struct Fixture: Sendable {
    let config: SiteConfig
    let theme: Theme
    let localizers: [String: Localizer]
    let renderers: [String: MarkdownRenderer]
    let fragmentNames: [String]
    let rules: HTMLRules
    let siteOptions: SiteOptions

    init(slugs: String) {
        // Fuzz/Sources/FuzzPage/FuzzPage.swift → the repository.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let yaml = """
        title: Hub
        baseURL: https://example.org/hub/
        defaultLanguage: en
        untranslated: fallback
        slugs: \(slugs)
        markdown: {smart: true, unsafe: false}
        funders:
          - {key: eu, name: European Union, match: [Erasmus+], text: {en: "Funded by the EU."}}
        languages:
          - {code: en, name: English, locale: en-GB, menu: [{name: News, url: news/}]}
          - {code: mk, name: Македонски, locale: mk-MK, menu: [{name: Вести, url: news/}]}
        """
        do throws(DiagnosticError) {
            config = try SiteConfig.load(text: yaml, displayPath: "site.yaml")
            theme = try Theme.load(name: "default", siteRoot: root, displayRoot: "")
            var merged: [String: [String: StringEntry]] = [:]
            for language in config.languages {
                var files: [StringsFile] = []
                for folder in theme.stringFolders {
                    let path = folder + "/" + language.code + ".yaml"
                    guard let data = FileManager.default.contents(atPath: path) else { continue }
                    files.append(try StringsFile.load(text: try ContentFile.decodeText(Array(data), path: path), displayPath: path))
                }
                merged[language.code] = Strings.merging(files)
            }
            var localizers: [String: Localizer] = [:]
            var renderers: [String: MarkdownRenderer] = [:]
            for language in config.languages {
                localizers[language.code] = Localizer(language: language, strings: Strings(
                    language: language.code, entries: merged[language.code] ?? [:], fallback: merged[config.defaultLanguage] ?? [:]))
                let marks = Quotes.marks(for: language.locale)
                let strings = localizers[language.code]!.strings
                renderers[language.code] = MarkdownRenderer(options: MarkdownOptions(
                    smart: true, unsafe: false, quotes: QuotationMarks(opening: marks.opening, closing: marks.closing),
                    labels: MarkdownLabels(footnotes: strings.text("footnotes") ?? "", backToContent: strings.text("backToContent") ?? "",
                                           table: strings.text("table") ?? "")))
            }
            self.localizers = localizers
            self.renderers = renderers
        } catch {
            fatalError("the fuzz fixture does not load: \(error.description)")
        }
        fragmentNames = theme.templateNames.filter { $0.hasPrefix("fragments/") }.sorted()
        let templateFolder = theme.root + "/templates"
        let templates = (FileManager.default.enumerator(atPath: templateFolder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }
            .compactMap { try? String(contentsOfFile: templateFolder + "/" + $0, encoding: .utf8) }
        rules = HTMLRules.page(templates: templates)
        siteOptions = SiteOptions(includeDrafts: true, includeFuture: true, now: 1_700_000_000)
    }
}

let fixtures = [Fixture(slugs: "ascii"), Fixture(slugs: "unicode")]
