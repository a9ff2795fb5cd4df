import KoloContent
import KoloDiagnostics

extension Page {
    /// True when the item's `expiryDate` has passed at `now` (and `--expired` does not keep it).
    public func isExpired(at now: Int64, unlessIncluded includeExpired: Bool = false) -> Bool {
        guard !includeExpired, let expiry = expiryDate else { return false }
        return expiry.secondsSince1970 <= now
    }

    /// True while an event has not ended at `now` (until its end, or its last day's end).
    public func isUpcoming(at now: Int64) -> Bool {
        guard let event else { return false }
        return event.endsAt > now
    }
}

extension Site {
    /// The ids of pages whose `expiryDate`, their own or their original's, has passed: found before
    /// the site is resolved, so that an expired item is left out everywhere, like a draft.
    static func expiredIDs(_ pages: [Page], config: SiteConfig, options: SiteOptions) -> Set<String> {
        guard !options.includeExpired, pages.contains(where: { $0.expiryDate != nil }) else { return [] }
        var scratch = DiagnosticLog()
        let (groups, _) = TranslationGroups.build(pages, languageOrder: config.languages.map(\.code), log: &scratch)
        let inherited = Inheritance.apply(to: pages, groups: groups, config: config)
        return Set(inherited.filter { $0.isExpired(at: options.now) }.map(\.id))
    }

    /// An event's dates, once translations have inherited theirs: a start, an end that is not before
    /// it, and both whole days or both times.
    static func checkEvents(_ pages: [Page], log: inout DiagnosticLog) {
        for page in pages where page.kind == .event {
            guard let event = page.event else { continue }
            let endLocation = page.keyLocations["end"] ?? SourceLocation(path: page.sourcePath)
            guard let start = event.start else {
                if event.writtenStart == nil {
                    if let slip = page.unknownKey(resembling: "start"), let location = page.keyNameLocations[slip] {
                        log.error(.frontMatter, at: location, "an event needs 'start' (is '\(slip)' a misspelling of it?)")
                    } else {
                        log.error(.frontMatter, at: SourceLocation(path: page.sourcePath), "an event needs 'start' (for example start: 2021-12-15, or start: 2021-12-15T09:00)")
                    }
                }
                continue
            }
            guard let end = event.end else { continue }
            if start.hasTime != end.hasTime {
                log.error(.frontMatter, at: endLocation,
                          "'start' and 'end' must both be days (an all-day event) or both have a time: 'start' is \"\(event.writtenStart ?? start.rfc3339)\", 'end' is \"\(event.writtenEnd ?? end.rfc3339)\"")
            } else if start.hasTime ? end < start : end.isoDay < start.isoDay {
                log.error(.frontMatter, at: endLocation,
                          "'end' (\(event.writtenEnd ?? end.rfc3339)) is before 'start' (\(event.writtenStart ?? start.rfc3339))")
            }
        }
    }
}

/// What a language's events list shows: upcoming ones soonest first, then past ones newest first.
public struct EventLists: Sendable {
    public var upcoming: [PageRef]
    public var past: [PageRef]

    public init(upcoming: [PageRef] = [], past: [PageRef] = []) {
        self.upcoming = upcoming
        self.past = past
    }
}

extension Listing {
    /// Splits a language's events at `now`.
    static func eventLists(_ refs: [PageRef], pages: [Page], now: Int64) -> EventLists {
        func start(_ ref: PageRef) -> Int64 { pages[ref.page].event?.start?.secondsSince1970 ?? .min }
        func earlier(_ a: PageRef, _ b: PageRef) -> Bool {
            let (sa, sb) = (start(a), start(b))
            return sa != sb ? sa < sb : pages[a.page].id < pages[b.page].id
        }
        let upcoming = refs.filter { pages[$0.page].isUpcoming(at: now) }
        let past = refs.filter { !pages[$0.page].isUpcoming(at: now) }
        return EventLists(upcoming: upcoming.sorted(by: earlier), past: past.sorted { earlier($1, $0) })
    }
}

extension Site {
    /// How many upcoming events the home page shows.
    public static let homeEventCount = 3
    /// How long a past event stays in a language's calendar file, so that a subscriber's calendar
    /// keeps last month's meeting.
    public static let calendarKeepsPastSeconds: Int64 = 90 * 86_400

    /// True when any language has an event, or an events list introduction: only then are the
    /// events lists and calendar files written.
    public var hasEvents: Bool {
        languages.contains { !($0.sections["events"] ?? []).isEmpty || $0.sectionIndexes["events"] != nil }
    }

    /// The events of a language's calendar file: every upcoming one and those that ended in the
    /// last 90 days, soonest first.
    public func calendarEvents(_ language: LanguageListings) -> [PageRef] {
        let recent = language.events.past.filter { (pages[$0.page].event?.endsAt ?? .min) > now - Self.calendarKeepsPastSeconds }
        return recent.reversed() + language.events.upcoming
    }

    /// The events lists of a language (upcoming, then past), its calendar and one calendar file per event.
    func eventOutputs(_ language: LanguageListings) -> [OutputPage] {
        let code = language.code
        let index = language.sectionIndexes["events"].map { [$0] } ?? []
        let origin = language.sectionIndexes["events"].map { pages[$0].sourcePath } ?? "the \(code) events list"
        var outputs: [OutputPage] = []
        for (past, items) in [(false, language.events.upcoming), (true, language.events.past)] {
            let firstPath = past ? urls.pastEvents(code) : urls.section("events", code)
            outputs += paginate(items.count, perPage: config.paginate) { number, count, range in
                OutputPage(path: past ? urls.pastEvents(code, page: number) : urls.section("events", code, page: number),
                           kind: .events(language: code, past: past, number: number, of: count, range: range),
                           dependencies: items[range].map(\.page) + index, origin: past ? "the \(code) past events list" : origin)
            }
            outputs.append(firstPageRedirect(firstPath, origin: origin))
        }
        outputs.append(OutputPage(path: urls.calendar(code), kind: .calendar(language: code),
                                  dependencies: (language.sections["events"] ?? []).map(\.page), origin: "the \(code) events calendar"))
        for ref in language.sections["events"] ?? [] {
            let page = pages[ref.page]
            outputs.append(OutputPage(path: urls.eventCalendar(pagePath: path(ref)), kind: .eventCalendar(ref), dependencies: [ref.page],
                                      origin: "the calendar file of \(page.sourcePath)", sourcePath: page.sourcePath))
        }
        return outputs
    }
}
