import KoloContent
import KoloMustache
import KoloSite
import KoloText

extension TemplateContexts {
    /// Templates to try for an output, most specific first.
    public func templateNames(for output: OutputPage) -> [String] {
        switch output.kind {
        case .single(let ref):
            let page = site.pages[ref.page]
            return page.kind == .page ? ["page", "single"] : ["\(page.section)/single", "single"]
        case .home: return ["home"]
        case .sectionList(_, let section, _, _, _): return ["\(section)/list", "list"]
        case .events: return ["events/list", "list"]
        case .tagIndex: return ["tags/index"]
        case .tag: return ["tags/term"]
        case .notFound: return ["404"]
        case .memberFacet: return ["members/list", "list"]
        case .search: return ["search"]
        case .languageChooser: return ["chooser"]
        case .feed, .sitemap, .robots, .redirect, .calendar, .eventCalendar: return []
        }
    }

    /// The whole context for a page template.
    public func context(for output: OutputPage) -> TemplateObject {
        Self.withShareLocales(pageContext(for: output))
    }

    /// `head.ogLocaleAlternates`: the locales of the page's translations (from the switcher), one list
    /// instead of four nested sections per language in every page's `<head>`.
    static func withShareLocales(_ context: TemplateObject) -> TemplateObject {
        guard var head = context["head"]?.object, let switcher = context["switcher"]?.list else { return context }
        head["ogLocaleAlternates"] = .strings(switcher.compactMap { entry -> String? in
            guard let entry = entry.object, entry["isCurrent"]?.bool == false, entry["isTranslation"]?.bool == true else { return nil }
            return entry["ogLocale"]?.string
        })
        var context = context
        context["head"] = .object(head)
        return context
    }

    func pageContext(for output: OutputPage) -> TemplateObject {
        switch output.kind {
        case .single(let ref): return single(ref, path: output.path)
        case .home(let language): return home(language, path: output.path)
        case let .sectionList(language, section, number, total, range):
            return sectionList(language, section: section, number: number, total: total, range: range, path: output.path)
        case .tagIndex(let language): return tagIndex(language, path: output.path)
        case let .tag(language, term, number, total, range):
            return tag(language, termIndex: term, number: number, total: total, range: range, path: output.path)
        case .notFound(let language): return notFound(language, path: output.path)
        case let .memberFacet(language, facet): return memberFacet(language, facet: facet, path: output.path)
        case .search(let language): return search(language, path: output.path)
        case .languageChooser: return chooser()
        case let .events(language, past, number, total, range):
            return eventList(language, past: past, number: number, total: total, range: range, path: output.path)
        case .feed, .sitemap, .robots, .redirect, .calendar, .eventCalendar: return [:]
        }
    }

    // MARK: - Single pages

    func single(_ ref: PageRef, path: String) -> TemplateObject {
        let page = site.pages[ref.page]
        let language = ref.language
        let localizer = localizer(language)
        let body = self.body(ref)
        var context = common(language)
        var view: TemplateObject = [
            "kind": .string(page.kind.rawValue), "title": .string(page.title), "url": .string(url(ref)), "permalink": .string(permalink(path)),
            "section": .string(page.section), "content": .string(body.html), "isFallback": .bool(ref.isFallback),
            "readingTime": count(max(1, (body.wordCount + 199) / 200), in: language),
            "isNews": .bool(page.kind == .news), "isProject": .bool(page.kind == .project), "isMember": .bool(page.kind == .member),
            "isPage": .bool(page.kind == .page), "isEvent": .bool(page.kind == .event),
        ]
        let description = page.description ?? body.summaryText
        if !description.isEmpty { view["description"] = .string(description) }
        if !body.summaryHTML.isEmpty { view["summary"] = .string(body.summaryHTML) }
        view["date"] = date(page.date, in: language)
        view["lastmod"] = date(page.lastmod, in: language)
        view["startDate"] = date(page.startDate, in: language)
        view["endDate"] = date(page.endDate, in: language)
        view["image"] = image(page)
        view["author"] = page.author.map(TemplateValue.string)
        view["tags"] = .list(tags(page, in: language))
        view["params"] = TemplateValue(.map(page.params.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        if ref.isFallback, let original = site.language(page.language) {
            let originalRef = PageRef(page: ref.page, language: page.language, isFallback: false)
            view["original"] = ["code": .string(original.code), "name": .string(original.config.name), "url": .string(url(originalRef)),
                                "dir": .string(original.config.direction.rawValue)]
            view["notice"] = .string(localizer.text("fallbackNotice", ["language": original.config.name]))
        }
        switch page.kind {
        case .news:
            view["projects"] = .list(referenced(ref.page, field: "projects", in: language))
            view["members"] = .list(referenced(ref.page, field: "members", in: language))
        case .project:
            view["status"] = status(page.status, in: language)
            view["funders"] = .strings(page.funders)
            view["website"] = scriptFreeLink(page.website).map(TemplateValue.string)
            view["partners"] = .list(referenced(ref.page, field: "partners", in: language))
            view["acknowledgements"] = .list(acknowledgements(page, in: language))
            view["news"] = .list(backlinks(ref.page, from: "news", in: language, sameLanguageOnly: true))
            view["events"] = .list(eventBacklinks(ref.page, in: language))
        case .member:
            view["memberKind"] = page.memberKind.map { ["key": .string($0.rawValue), "label": .string(localizer.text("kind.\($0.rawValue)"))] }
            view["city"] = page.city.map(TemplateValue.string)
            view["country"] = page.country.map(TemplateValue.string)
            view["countryName"] = page.country.map { .string(localizer.countryName($0)) }
            view["website"] = scriptFreeLink(page.website).map(TemplateValue.string)
            view["email"] = page.email.map(TemplateValue.string)
            view["logo"] = scriptFreePicture(page.logo).map { picture($0, alt: "", on: page.id, sizes: Self.logoSizes, className: "entry-logo") }
            view["projects"] = .list(backlinks(ref.page, from: "projects", in: language, sameLanguageOnly: false))
            view["news"] = .list(backlinks(ref.page, from: "news", in: language, sameLanguageOnly: true))
            view["events"] = .list(eventBacklinks(ref.page, in: language))
        case .event:
            addEventPage(ref, in: language, path: path, description: description, to: &view)
        case .page:
            view["projects"] = .list(referenced(ref.page, field: "projects", in: language))
            view["members"] = .list(referenced(ref.page, field: "members", in: language))
        case .section:
            break
        }
        context["page"] = .object(view)
        let originalPath = ref.isFallback ? site.path(PageRef(page: ref.page, language: page.language, isFallback: false)) : nil
        context["head"] = .object(head(title: page.title, description: description, path: path, alternates: translations(of: ref),
                                       language: language, canonical: originalPath.map(permalink), image: socialImage(page),
                                       ogType: page.kind == .news ? "article" : "website", noindex: ref.isFallback))
        let group = site.groupOfPage[ref.page]
        context["switcher"] = switcherList(current: language, target: { code in
            site.resolveInLanguage(group: group, code).map(site.path)
        }, nearest: { code in
            let section = page.section
            if !section.isEmpty, site.language(code)?.sections[section] != nil || ["news", "projects", "members", "events"].contains(section) {
                return site.urls.section(section, code)
            }
            return site.urls.home(code)
        })
        return context
    }
}

extension TemplateContexts {
    /// A link written in front matter (`website:`), or nil when it could run script in a reader's
    /// browser (`javascript:`, `vbscript:`, `file:`, `data:`), the schemes Markdown links lose too
    /// unless the site trusts its editors with `markdown: {unsafe: true}`.
    func scriptFreeLink(_ url: String?) -> String? {
        guard let url, !site.config.markdown.unsafe else { return url }
        return URLSafety.isDangerous(url, isImage: false) ? nil : url
    }

    /// A picture named in front matter (`image:`, `logo:`), or nil when Markdown would drop it too:
    /// a script scheme, or `data:` that is not a PNG, GIF, JPEG or WebP image.
    func scriptFreePicture(_ url: String?) -> String? {
        guard let url, !url.isEmpty else { return nil }
        guard !site.config.markdown.unsafe else { return url }
        return URLSafety.isDangerous(url, isImage: true) ? nil : url
    }
}
