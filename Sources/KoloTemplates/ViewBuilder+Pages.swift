import KoloContent
import KoloMustache
import KoloSite
import KoloText

extension ViewBuilder {
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
        let body = bodies(ref)
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

    // MARK: - Lists

    func sectionList(_ language: String, section: String, number: Int, total: Int, range: Range<Int>, path: String) -> TemplateObject {
        let languageSite = site.language(language)
        let refs = Array((languageSite?.sections[section] ?? [])[range])
        let index = languageSite?.sectionIndexes[section]
        let localizer = localizer(language)
        let title = index.map { site.pages[$0].title }.flatMap { $0.isEmpty ? nil : $0 } ?? localizer.text(section)
        var context = common(language)
        var page: TemplateObject = ["kind": "list", "isList": true, "title": .string(title), "section": .string(section),
                                    "url": .string(site.config.baseURL.relative(path)), "permalink": .string(permalink(path))]
        if let index {
            let body = bodies(PageRef(page: index, language: language, isFallback: false))
            if !body.html.isEmpty { page["content"] = .string(body.html) }
            page["description"] = site.pages[index].description.map(TemplateValue.string)
        }
        context["page"] = .object(page)
        var list: TemplateObject = ["items": .list(refs.map { card($0, in: language) }),
                                    "pagination": pagination(number: number, total: total, language: language) { site.urls.section(section, language, page: $0) }]
        if section == "projects" {
            var groups: [TemplateValue] = []
            for status in ["active", "planned", "completed", ""] {
                let items = refs.filter { (site.pages[$0.page].status?.rawValue ?? "") == status }
                guard !items.isEmpty else { continue }
                groups.append(["key": .string(status.isEmpty ? "other" : status),
                               "label": .string(status.isEmpty ? localizer.text("projects") : localizer.text("status.\(status)")),
                               "items": .list(items.map { card($0, in: language) })])
            }
            list["groups"] = .list(groups)
        }
        if section == "members" { list["filters"] = .object(memberFilters(language, current: nil)) }
        context["list"] = .object(list)
        context["head"] = .object(head(title: title, description: index.flatMap { site.pages[$0].description } ?? "", path: path,
                                       alternates: site.config.languages.map { ($0.code, permalink(site.urls.section(section, $0.code))) }
                                           .filter { _ in number == 1 },
                                       language: language))
        context["switcher"] = switcherList(current: language, target: { code in
            let count = site.language(code)?.sections[section]?.count ?? 0
            let pages = max(1, (count + site.config.paginate - 1) / site.config.paginate)
            return site.urls.section(section, code, page: min(number, pages))
        }, nearest: site.urls.home)
        return context
    }

    func pagination(number: Int, total: Int, language: String, path: (Int) -> String) -> TemplateValue {
        let base = site.config.baseURL
        var pagination: TemplateObject = [
            "number": count(number, in: language), "total": count(total, in: language), "isPaginated": .bool(total > 1),
            "firstURL": .string(base.relative(path(1))), "lastURL": .string(base.relative(path(total))),
            "text": .string(localizer(language).text("pageXofY", ["number": String(number), "total": String(total)])),
        ]
        if number > 1 { pagination["hasPrev"] = true; pagination["prevURL"] = .string(base.relative(path(number - 1))) }
        if number < total { pagination["hasNext"] = true; pagination["nextURL"] = .string(base.relative(path(number + 1))) }
        return .object(pagination)
    }

    // MARK: - Home, tags, 404, chooser

    func home(_ language: String, path: String) -> TemplateObject {
        let languageSite = site.language(language)
        let localizer = localizer(language)
        var context = common(language)
        let news = languageSite?.sections["news"] ?? []
        let projects = (languageSite?.sections["projects"] ?? []).filter { site.pages[$0.page].status == .active }
        let memberCount = languageSite?.sections["members"]?.count ?? 0
        let title = languageValues[language]?.lang["title"] ?? site.config.title
        var home: TemplateObject = [
            "latestNews": .list(news.prefix(Site.homeNewsCount).map { card($0, in: language) }),
            "activeProjects": .list(projects.map { card($0, in: language) }),
            "memberCount": count(memberCount, in: language), "membersText": .string(localizer.plural("membersCount", count: memberCount)),
            "newsURL": .string(site.config.baseURL.relative(site.urls.section("news", language))),
            "upcomingEvents": .list((languageSite?.events.upcoming ?? []).prefix(Site.homeEventCount).map { card($0, in: language) }),
            "projectsURL": .string(site.config.baseURL.relative(site.urls.section("projects", language))),
            "membersURL": .string(site.config.baseURL.relative(site.urls.section("members", language))),
        ]
        if let index = languageSite?.homeIndex {
            let body = bodies(PageRef(page: index, language: language, isFallback: false))
            if !body.html.isEmpty { home["intro"] = .string(body.html) }
        }
        context["home"] = .object(home)
        context["page"] = ["kind": "home", "isHome": true, "title": .string(title), "url": .string(site.config.baseURL.relative(path)),
                           "permalink": .string(permalink(path))]
        context["head"] = .object(head(title: title, description: languageValues[language]?.lang["description"] ?? "", path: path,
                                       alternates: site.config.languages.map { ($0.code, permalink(site.urls.home($0.code))) }, language: language,
                                       xDefault: chooserURL))
        context["switcher"] = switcherList(current: language, target: site.urls.home, nearest: site.urls.home)
        return context
    }

    func tagIndex(_ language: String, path: String) -> TemplateObject {
        let localizer = localizer(language)
        let languageSite = site.language(language)
        var context = common(language)
        let title = languageSite?.sectionIndexes["tags"].map { site.pages[$0].title }.flatMap { $0.isEmpty ? nil : $0 } ?? localizer.text("tagsLabel")
        context["tags"] = .list((languageSite?.tags ?? []).map { term -> TemplateValue in
            ["label": .string(term.label), "slug": .string(term.slug), "url": .string(site.config.baseURL.relative(site.urls.tag(term.slug, language))),
             "count": count(term.pages.count, in: language), "countText": .string(localizer.plural("tagCount", count: term.pages.count))]
        })
        context["page"] = ["kind": "tags", "title": .string(title), "url": .string(site.config.baseURL.relative(path)), "permalink": .string(permalink(path))]
        context["head"] = .object(head(title: title, description: "", path: path,
                                       alternates: site.config.languages.map { ($0.code, permalink(site.urls.tags($0.code))) }, language: language))
        context["switcher"] = switcherList(current: language, target: site.urls.tags, nearest: site.urls.home)
        return context
    }

    func tag(_ language: String, termIndex: Int, number: Int, total: Int, range: Range<Int>, path: String) -> TemplateObject {
        guard let term = site.language(language)?.tags[termIndex] else { return common(language) }
        var context = common(language)
        context["term"] = ["label": .string(term.label), "slug": .string(term.slug), "count": count(term.pages.count, in: language)]
        context["list"] = ["items": .list(term.pages[range].map { card($0, in: language) }),
                           "pagination": pagination(number: number, total: total, language: language) { site.urls.tag(term.slug, language, page: $0) }]
        context["page"] = ["kind": "tag", "isList": true, "title": .string(term.label), "url": .string(site.config.baseURL.relative(path)),
                           "permalink": .string(permalink(path))]
        let sameTerm = site.config.languages.filter { language in site.language(language.code)?.tags.contains { $0.slug == term.slug } ?? false }
        context["head"] = .object(head(title: term.label, description: "", path: path,
                                       alternates: number == 1 ? sameTerm.map { ($0.code, permalink(site.urls.tag(term.slug, $0.code))) } : [],
                                       language: language))
        context["switcher"] = switcherList(current: language, target: { code in
            sameTerm.contains { $0.code == code } ? site.urls.tag(term.slug, code) : nil
        }, nearest: site.urls.tags)
        return context
    }

    func notFound(_ language: String, path: String) -> TemplateObject {
        var context = common(language)
        let title = localizer(language).text("notFoundTitle")
        context["page"] = ["kind": "404", "title": .string(title), "url": .string(site.config.baseURL.relative(path)), "permalink": .string(permalink(path))]
        context["head"] = .object(head(title: title, description: "", path: path, alternates: [], language: language, noindex: true))
        context["switcher"] = switcherList(current: language, target: site.urls.home, nearest: site.urls.home)
        return context
    }

    func chooser() -> TemplateObject {
        var context = common(site.config.defaultLanguage)
        context["languages"] = .list(siteValues.languages)
        context["head"] = .object(head(title: site.config.title, description: "", path: "/",
                                       alternates: site.config.languages.map { ($0.code, permalink(site.urls.home($0.code))) },
                                       language: site.config.defaultLanguage, xDefault: chooserURL))
        return context
    }
}

extension ViewBuilder {
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
