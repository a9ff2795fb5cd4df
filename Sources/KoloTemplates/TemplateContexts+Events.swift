import Foundation
import KoloContent
import KoloMustache
import KoloSite

/// What templates receive for events: the date range in the reader's language, `<time>` values, the
/// place and addresses, schema.org JSON-LD, and the events lists.
extension TemplateContexts {
    /// `event` of an event's page and card.
    func eventValues(_ ref: PageRef, in language: String) -> TemplateObject? {
        let page = site.pages[ref.page]
        guard let event = page.event, let start = event.start else { return nil }
        let isUpcoming = page.isUpcoming(at: site.now)
        var values: TemplateObject = [
            "range": .string(localizer(language).dateRanges.format(event, siteTimeZone: site.config.timeZone) ?? start.isoDay),
            "start": Self.machineTime(start), "isAllDay": .bool(event.isAllDay),
            "isUpcoming": .bool(isUpcoming), "isPast": .bool(!isUpcoming),
            // The instant it ends, for the script that marks it past by the reader's clock.
            "endsAt": .string(Self.utcInstant(event.endsAt)),
            "isOnline": .bool(event.online != nil), "isOnlineOnly": .bool(event.isOnlineOnly),
            "calendarURL": .string(site.config.baseURL.relative(site.urls.eventCalendar(pagePath: site.path(ref)))),
        ]
        if let end = event.end { values["end"] = Self.machineTime(end) }
        if event.timeZone != site.config.timeZone && !event.isAllDay { values["timeZone"] = .string(event.timeZone) }
        values["location"] = event.location.map(TemplateValue.string)
        values["online"] = event.online.map(TemplateValue.string)
        // Nobody registers for what is over; the script hides it too once the reader's clock passes the end.
        if isUpcoming { values["registration"] = event.registration.map(TemplateValue.string) }
        values["city"] = page.city.map(TemplateValue.string)
        values["country"] = page.country.map(TemplateValue.string)
        values["countryName"] = page.country.map { .string(localizer(language).countryName($0)) }
        return values
    }

    /// A `<time datetime>` value: the day of a whole-day date, else the date and time with its offset.
    static func machineTime(_ date: ContentDate) -> TemplateValue {
        ["datetime": .string(date.hasTime ? date.rfc3339 : date.isoDay)]
    }

    /// "2021-12-17T16:00:00Z"
    static func utcInstant(_ seconds: Int64) -> String {
        ContentDate.utc(secondsSince1970: seconds).rfc3339
    }

    /// An event page's own values: its organisers and projects, and its JSON-LD.
    func addEventPage(_ ref: PageRef, in language: String, path: String, description: String, to view: inout TemplateObject) {
        view["event"] = eventValues(ref, in: language).map(TemplateValue.object)
        view["organisers"] = .list(referenced(ref.page, field: "organisers", in: language))
        view["projects"] = .list(referenced(ref.page, field: "projects", in: language))
        view["jsonLD"] = eventJSONLD(ref, in: language, path: path, description: description).map(TemplateValue.string)
    }

    /// Cards of the events that name a member or project (organisers, projects), newest first.
    func eventBacklinks(_ pageIndex: Int, in language: String) -> [TemplateValue] {
        let groups = site.backlinks[site.groupOfPage[pageIndex]]?["events"] ?? []
        let refs = groups.compactMap { site.resolveInLanguage(group: $0, language) }
        func start(_ ref: PageRef) -> Int64 { site.pages[ref.page].event?.start?.secondsSince1970 ?? .min }
        return refs.sorted { start($0) != start($1) ? start($0) > start($1) : site.pages[$0.page].id < site.pages[$1.page].id }
            .map { card($0, in: language) }
    }

    /// A page of a language's events: the upcoming ones (with a link to the past ones), or the past ones.
    func eventList(_ language: String, past: Bool, number: Int, total: Int, range: Range<Int>, path: String) -> TemplateObject {
        let languageSite = site.language(language)
        let lists = languageSite?.events ?? EventLists()
        let refs = Array((past ? lists.past : lists.upcoming)[range])
        let index = languageSite?.sectionIndexes["events"]
        let localizer = localizer(language)
        let listTitle = index.map { site.pages[$0].title }.flatMap { $0.isEmpty ? nil : $0 } ?? localizer.text("events")
        let title = past ? localizer.text("pastEvents") : listTitle
        let base = site.config.baseURL
        var context = common(language)
        var page: TemplateObject = ["kind": "list", "isList": true, "title": .string(title), "section": "events", "isPastEvents": .bool(past),
                                    "url": .string(base.relative(path)), "permalink": .string(permalink(path))]
        if let index, !past {
            let body = self.body(PageRef(page: index, language: language, isFallback: false))
            if !body.html.isEmpty { page["content"] = .string(body.html) }
            page["description"] = site.pages[index].description.map(TemplateValue.string)
        }
        context["page"] = .object(page)
        let pathOfPage = { (code: String, number: Int) in
            past ? self.site.urls.pastEvents(code, page: number) : self.site.urls.section("events", code, page: number)
        }
        context["list"] = ["items": .list(refs.map { card($0, in: language) }),
                           "pagination": pagination(number: number, total: total, language: language) { pathOfPage(language, $0) }]
        context["events"] = ["upcomingURL": .string(base.relative(site.urls.section("events", language))),
                             "pastURL": .string(base.relative(site.urls.pastEvents(language))), "hasPast": .bool(!lists.past.isEmpty),
                             "calendarURL": .string(base.relative(site.urls.calendar(language))), "isPast": .bool(past)]
        context["head"] = .object(head(title: title, description: index.flatMap { site.pages[$0].description } ?? "", path: path,
                                       alternates: number == 1 ? site.config.languages.map { ($0.code, permalink(pathOfPage($0.code, 1))) } : [],
                                       language: language))
        context["switcher"] = switcherList(current: language, target: { code in
            let count = (past ? site.language(code)?.events.past : site.language(code)?.events.upcoming)?.count ?? 0
            let pages = max(1, (count + site.config.paginate - 1) / site.config.paginate)
            return pathOfPage(code, min(number, pages))
        }, nearest: site.urls.home)
        return context
    }
}
