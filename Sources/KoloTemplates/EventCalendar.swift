import KoloCalendar
import KoloContent
import KoloLocalization
import KoloSite

/// The `.ics` files: a language's calendar to subscribe to (upcoming events and those of the last
/// 90 days) and one file per event ("Add to calendar"). Everything comes from the content, never
/// the clock, so two builds write the same bytes.
enum EventCalendar {
    static let productID = "-//Kolo//Kolo static site generator//EN"

    static func render(site: Site, language: String, views: TemplateContexts) -> String {
        guard let languageSite = site.language(language) else { return "" }
        let events = site.calendarEvents(languageSite).compactMap { event($0, site: site, views: views) }
        let title = (languageSite.config.title.isEmpty ? site.config.title : languageSite.config.title)
        return CalendarFile(productID: productID, name: title + " · " + views.localizer(language).text("events"),
                            timeZones: timeZones(of: events), events: events).text
    }

    static func render(site: Site, event ref: PageRef, views: TemplateContexts) -> String {
        let events = event(ref, site: site, views: views).map { [$0] } ?? []
        return CalendarFile(productID: productID, name: site.pages[ref.page].title, timeZones: timeZones(of: events), events: events).text
    }

    /// One event as a reader of the ref's language sees it.
    static func event(_ ref: PageRef, site: Site, views: TemplateContexts) -> CalendarEvent? {
        let page = site.pages[ref.page]
        guard let details = page.event, let start = details.start else { return nil }
        let body = views.body(ref)
        let localizer = views.localizer(ref.language)
        let place = [details.location, page.city, page.country.map { localizer.countryName($0) }].compactMap { $0 }
        let group = site.groups[site.groupOfPage[ref.page]]
        // The host without a port: the UID stays the same when a preview serves the site elsewhere.
        let host = site.config.baseURL.origin.split(separator: "/").last.map { String($0.split(separator: ":").first ?? "") } ?? ""
        let stamp = page.lastmod ?? page.date ?? start
        var description = page.description ?? body.summaryText
        if let online = details.online { description += (description.isEmpty ? "" : "\n\n") + online }
        return CalendarEvent(
            uid: "\(group.key)@\(host.isEmpty ? "kolo" : host)", stamp: .utc(secondsSince1970: stamp.secondsSince1970),
            start: time(start, zone: details.timeZone),
            end: details.isAllDay ? .date(CalendarDay(daysSince1970: dayNumber(after: details.end ?? start)))
                : details.end.map { time($0, zone: details.timeZone) },
            summary: page.title, description: description,
            location: place.isEmpty ? details.online : place.joined(separator: ", "),
            url: site.config.baseURL.absolute(site.path(ref)),
            categories: views.tags(page, in: ref.language).compactMap { $0.object?["label"]?.string })
    }

    /// A whole day as DATE; a time as the wall clock in the event's zone (TZID), or in UTC.
    static func time(_ date: ContentDate, zone: String) -> CalendarTime {
        guard date.hasTime else { return .date(CalendarDay(year: date.year, month: date.month, day: date.day)) }
        guard !["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(zone), let offset = ZoneRules.offset(zone, at: date.secondsSince1970) else {
            return .utc(secondsSince1970: date.secondsSince1970)
        }
        return .local(LocalDateTime(secondsSince1970: date.secondsSince1970, offset: offset.seconds), zone: zone)
    }

    static func dayNumber(after date: ContentDate) -> Int {
        let next = ContentDate.dayAfter(year: date.year, month: date.month, day: date.day)
        return ContentDate.daysSince1970(year: next.year, month: next.month, day: next.day)
    }

    /// A VTIMEZONE for every zone the events' times name, covering the span of those events.
    static func timeZones(of events: [CalendarEvent]) -> [CalendarTimeZone] {
        var spans: [String: (from: Int64, to: Int64)] = [:]
        for event in events {
            for case .local(let local, let zone) in [event.start, event.end].compactMap({ $0 }) {
                let seconds = Int64(ContentDate.daysSince1970(year: local.day.year, month: local.day.month, day: local.day.day)) * 86_400
                    + Int64(local.hour * 3600 + local.minute * 60 + local.second)
                let span = spans[zone] ?? (seconds, seconds)
                spans[zone] = (min(span.from, seconds - 86_400), max(span.to, seconds + 86_400))
            }
        }
        return spans.keys.sorted().map { zone in
            let span = spans[zone]!
            return CalendarTimeZone(id: zone, observances: ZoneRules.observances(zone, from: span.from, to: span.to).map {
                CalendarTimeZone.Observance(start: LocalDateTime(secondsSince1970: $0.start, offset: $0.offsetFrom),
                                            offsetFrom: $0.offsetFrom, offsetTo: $0.offsetTo, isDaylight: $0.isDaylight)
            })
        }
    }
}
