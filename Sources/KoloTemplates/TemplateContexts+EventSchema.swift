import Foundation
import KoloContent
import KoloSite

extension TemplateContexts {
    /// schema.org `Event` as JSON-LD, for search engines and calendar tools: name, dates, attendance
    /// mode, `Place` and/or `VirtualLocation`, organisers. Keys sorted, so builds stay byte-identical;
    /// `<` escaped, so no value can close the `<script>` it sits in.
    func eventJSONLD(_ ref: PageRef, in language: String, path: String, description: String) -> String? {
        let page = site.pages[ref.page]
        guard let event = page.event, let start = event.start else { return nil }
        var places: [EventSchema.Location] = []
        if event.location != nil || page.city != nil {
            let address = EventSchema.Address(addressLocality: page.city, addressCountry: page.country?.uppercased())
            places.append(.place(name: event.location ?? page.city ?? "", address: address.isEmpty ? nil : address))
        }
        if let online = event.online { places.append(.virtual(url: online)) }
        let mode = places.count == 2 ? "Mixed" : (event.online != nil ? "Online" : "Offline")
        let organisers = (site.references[ref.page]["organisers"] ?? []).compactMap { site.resolve(group: $0, in: language) }.map { member in
            let organiser = site.pages[member.page]
            return EventSchema.Organiser(type: organiser.memberKind == .person ? "Person" : "Organization", name: organiser.title,
                                         url: permalink(site.path(member)), sameAs: scriptFreeLink(organiser.website))
        }
        let schema = EventSchema(
            name: page.title, url: permalink(path), inLanguage: ref.isFallback ? page.language : language,
            startDate: start.hasTime ? start.rfc3339 : start.isoDay, endDate: event.end.map { $0.hasTime ? $0.rfc3339 : $0.isoDay },
            description: description.isEmpty ? nil : description,
            eventAttendanceMode: "https://schema.org/\(mode)EventAttendanceMode",
            location: places.isEmpty ? nil : places, organizer: organisers.isEmpty ? nil : organisers,
            offers: event.registration.flatMap { page.isUpcoming(at: site.now) ? EventSchema.Offer(url: $0) : nil },
            image: scriptFreePicture(page.image).flatMap(absoluteImage))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Only texts and lists of objects of texts: JSONEncoder fails only on non-finite numbers.
        let data = try! encoder.encode(schema)
        return String(decoding: data, as: UTF8.self).replacing("<", with: "\\u003c")
    }

    /// An image as an absolute URL, for readers outside the site.
    func absoluteImage(_ written: String) -> String? {
        if written.contains("://") { return written }
        return written.hasPrefix("/") ? site.config.baseURL.origin + assetURL(written) : nil
    }
}

/// The schema.org `Event` fields Kolo publishes; absent values are left out of the JSON.
struct EventSchema: Encodable {
    var name: String
    var url: String
    var inLanguage: String
    var startDate: String
    var endDate: String?
    var description: String?
    var eventAttendanceMode: String
    var eventStatus = "https://schema.org/EventScheduled"
    /// One place is written as an object, a place and an online address as a list.
    var location: [Location]?
    var organizer: [Organiser]?
    var offers: Offer?
    var image: String?

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type"
        case name, url, inLanguage, startDate, endDate, description, eventAttendanceMode, eventStatus, location, organizer, offers, image
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("https://schema.org", forKey: .context)
        try container.encode("Event", forKey: .type)
        try container.encode(name, forKey: .name)
        try container.encode(url, forKey: .url)
        try container.encode(inLanguage, forKey: .inLanguage)
        try container.encode(startDate, forKey: .startDate)
        try container.encodeIfPresent(endDate, forKey: .endDate)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(eventAttendanceMode, forKey: .eventAttendanceMode)
        try container.encode(eventStatus, forKey: .eventStatus)
        if let location, location.count == 1 { try container.encode(location[0], forKey: .location) }
        else { try container.encodeIfPresent(location, forKey: .location) }
        try container.encodeIfPresent(organizer, forKey: .organizer)
        try container.encodeIfPresent(offers, forKey: .offers)
        try container.encodeIfPresent(image, forKey: .image)
    }

    enum Location: Encodable {
        case place(name: String, address: Address?)
        case virtual(url: String)

        enum CodingKeys: String, CodingKey { case type = "@type", name, address, url }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .place(name, address):
                try container.encode("Place", forKey: .type)
                try container.encode(name, forKey: .name)
                try container.encodeIfPresent(address, forKey: .address)
            case let .virtual(url):
                try container.encode("VirtualLocation", forKey: .type)
                try container.encode(url, forKey: .url)
            }
        }
    }

    struct Address: Encodable {
        var type = "PostalAddress"
        var addressLocality: String?
        var addressCountry: String?
        var isEmpty: Bool { addressLocality == nil && addressCountry == nil }

        enum CodingKeys: String, CodingKey { case type = "@type", addressLocality, addressCountry }
    }

    struct Organiser: Encodable {
        var type: String
        var name: String
        var url: String
        var sameAs: String?

        enum CodingKeys: String, CodingKey { case type = "@type", name, url, sameAs }
    }

    struct Offer: Encodable {
        var type = "Offer"
        var url: String

        enum CodingKeys: String, CodingKey { case type = "@type", url }
    }
}
