import KoloContent

/// A translation that omits a language-neutral fact (a date, an image, partners…) takes it from the
/// original: an editor translates words, not dates.
enum Inheritance {
    static let neutralKeys = Page.languageNeutralKeys

    static func apply(to pages: [Page], groups: [TranslationGroup], config: SiteConfig) -> [Page] {
        var pages = pages
        for group in groups { apply(within: group, to: &pages, config: config) }
        return pages
    }

    /// One group's translations take what they omit from its original. `pages` holds the group's
    /// pages as decoded: a fact inherited once would not be replaced by the original's new one.
    static func apply(within group: TranslationGroup, to pages: inout [Page], config: SiteConfig) {
        guard group.pages.count > 1, let originalIndex = group.pages[config.defaultLanguage]
                ?? config.languages.lazy.compactMap({ group.pages[$0.code] }).first else { return }
        let original = pages[originalIndex]
        for (_, index) in group.pages where index != originalIndex {
            for key in neutralKeys where !pages[index].writtenKeys.contains(key) && original.writtenKeys.contains(key) {
                inherit(key, from: original, into: &pages[index])
            }
        }
    }

    /// An event's fact from the original. A translation that writes its own dates but leaves out the
    /// zone reads them again in the original's zone: "09:00" in Lyon is 09:00 in Paris time.
    private static func inheritEvent(_ key: String, from original: EventDetails, into event: inout EventDetails) {
        switch key {
        case "start": event.start = original.start; event.writtenStart = original.writtenStart
        case "end": event.end = original.end; event.writtenEnd = original.writtenEnd
        case "timeZone":
            event.timeZone = original.timeZone
            event.hasOwnTimeZone = original.hasOwnTimeZone
            guard let zone = SiteTimeZone(identifier: original.timeZone) else { return }
            if let written = event.writtenStart { event.start = ContentDate.parse(written, defaultOffset: zone.offset) }
            if let written = event.writtenEnd { event.end = ContentDate.parse(written, defaultOffset: zone.offset) }
        case "location": event.location = original.location
        case "online": event.online = original.online
        case "registration": event.registration = original.registration
        default: break
        }
    }

    private static func inherit(_ key: String, from original: Page, into page: inout Page) {
        switch key {
        case "date": page.date = original.date
        case "image":
            page.image = original.image
            if page.imageAlt == nil { page.imageAlt = original.imageAlt }
            if page.imageCredit == nil { page.imageCredit = original.imageCredit }
            if page.imageFocus == nil { page.imageFocus = original.imageFocus }
        case "status": page.status = original.status
        case "startDate": page.startDate = original.startDate
        case "endDate": page.endDate = original.endDate
        case "website": page.website = original.website
        case "logo": page.logo = original.logo
        case "city": page.city = original.city
        case "country": page.country = original.country
        case "kind": page.memberKind = original.memberKind
        case "tags": page.tags = original.tags
        case "expiryDate": page.expiryDate = original.expiryDate
        case "start", "end", "timeZone", "location", "online", "registration":
            guard let from = original.event, page.event != nil else { return }
            inheritEvent(key, from: from, into: &page.event!)
        case "partners", "projects", "members", "organisers":
            page.references.removeAll { $0.field == key }
            page.references += original.references.filter { $0.field == key }
        default: return
        }
        page.params[key] = original.params[key]
    }
}
