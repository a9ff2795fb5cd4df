/// One value of the member directory's filters (a city, a country, a tag) and the members with it;
/// each gets its own pre-rendered page, so filtering works without JavaScript.
public struct MemberFacet: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case city, country, tag
    }

    public var kind: Kind
    /// The URL segment.
    public var slug: String
    /// As written in front matter (a city's name, a country code, a tag key).
    public var value: String
    /// Directory order.
    public var members: [PageRef]
}
