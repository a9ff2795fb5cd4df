import Foundation
import KoloContent
import KoloSite

extension ViewBuilder {
    /// schema.org `Event` as JSON-LD, for search engines and calendar tools: name, dates, attendance
    /// mode, `Place` and/or `VirtualLocation`, organisers. Keys sorted, so builds stay byte-identical;
    /// `<` escaped, so no value can close the `<script>` it sits in.
    func eventJSONLD(_ ref: PageRef, in language: String, path: String, description: String) -> String? {
        let page = site.pages[ref.page]
        guard let event = page.event, let start = event.start else { return nil }
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": page.title, "url": permalink(path),
            "inLanguage": ref.isFallback ? page.language : language,
            "startDate": start.hasTime ? start.rfc3339 : start.isoDay,
            "eventStatus": "https://schema.org/EventScheduled",
        ]
        if let end = event.end { object["endDate"] = end.hasTime ? end.rfc3339 : end.isoDay }
        if !description.isEmpty { object["description"] = description }
        var locations: [[String: Any]] = []
        if event.location != nil || page.city != nil {
            var place: [String: Any] = ["@type": "Place", "name": event.location ?? page.city ?? ""]
            var address: [String: Any] = ["@type": "PostalAddress"]
            if let city = page.city { address["addressLocality"] = city }
            if let country = page.country { address["addressCountry"] = country.uppercased() }
            if address.count > 1 { place["address"] = address }
            locations.append(place)
        }
        if let online = event.online { locations.append(["@type": "VirtualLocation", "url": online]) }
        let mode = locations.count == 2 ? "Mixed" : (event.online != nil ? "Online" : "Offline")
        object["eventAttendanceMode"] = "https://schema.org/\(mode)EventAttendanceMode"
        if !locations.isEmpty { object["location"] = locations.count == 1 ? locations[0] : locations }
        let organisers = (site.references[ref.page]["organisers"] ?? []).compactMap { site.resolve(group: $0, in: language) }.map { member -> [String: Any] in
            let organiser = site.pages[member.page]
            var value: [String: Any] = ["@type": organiser.memberKind == .person ? "Person" : "Organization", "name": organiser.title,
                                        "url": permalink(site.path(member))]
            if let website = scriptFreeLink(organiser.website) { value["sameAs"] = website }
            return value
        }
        if !organisers.isEmpty { object["organizer"] = organisers }
        if let registration = event.registration, page.isUpcoming(at: site.now) {
            object["offers"] = ["@type": "Offer", "url": registration]
        }
        if let image = scriptFreePicture(page.image), let absolute = absoluteImage(image) { object["image"] = absolute }
        // Only text, lists and objects: serialising cannot fail.
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return nil }
        return String(decoding: data, as: UTF8.self).replacing("<", with: "\\u003c")
    }

    /// An image as an absolute URL, for readers outside the site.
    func absoluteImage(_ written: String) -> String? {
        if written.contains("://") { return written }
        return written.hasPrefix("/") ? site.config.baseURL.origin + assetURL(written) : nil
    }
}
