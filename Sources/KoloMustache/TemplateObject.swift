/// Named values, in the order they were set: what `{{page.title}}` looks `title` up in. Objects are
/// small (a page's or a card's fields), so a look-up scans packed keys rather than hashing.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [TemplateKey]
    public private(set) var values: [TemplateValue]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: [(TemplateKey, TemplateValue)]) {
        keys = []
        values = []
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self.init(elements)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    func index(of key: TemplateKey) -> Int? {
        keys.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == key { return index }
            return nil
        }
    }

    /// Setting nil removes the name: an absent value is missing, never empty.
    public subscript(key: TemplateKey) -> TemplateValue? {
        get { index(of: key).map { values[$0] } }
        set {
            if let index = index(of: key) {
                if let newValue { values[index] = newValue } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// This object with `other`'s values added; `other` wins where both name a value.
    public func merging(_ other: TemplateObject) -> TemplateObject {
        var merged = self
        for (key, value) in zip(other.keys, other.values) { merged[key] = value }
        return merged
    }

    public var pairs: Zip2Sequence<[TemplateKey], [TemplateValue]> { zip(keys, values) }
}
