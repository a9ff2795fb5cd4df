import KoloContent
import KoloMustache
import KoloSite

/// The values of list pages: a section's items, the home page, tags, the 404 page, the language chooser.
extension TemplateContexts {
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
            let body = self.body(PageRef(page: index, language: language, isFallback: false))
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
            let body = self.body(PageRef(page: index, language: language, isFallback: false))
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
