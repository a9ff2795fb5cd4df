/// What processing one source picture produced, as kept in the cache: its size and every encoded
/// copy, each named by the SHA-256 of its bytes.
public struct ProcessedPicture: Sendable, Hashable {
    public struct Copy: Sendable, Hashable {
        public var role: Role
        public var format: PictureFormat
        public var width: Int
        public var height: Int
        /// SHA-256 of the bytes, lowercase hex: the cache file's name and (its first 8 digits) the
        /// published name's.
        public var digest: String

        public enum Role: String, Sendable, Hashable {
            /// A width of the ladder.
            case ladder
            /// A card's fixed-ratio thumbnail.
            case card
            /// The largest copy in the source's own format when the ladder has none (a PNG without
            /// transparency, whose ladder is JPEG), published under the source's name.
            case original
        }

        var cacheFileName: String { digest + "." + format.fileExtension }
    }

    /// The largest copy's size (the source's, oriented, within the long-side limit).
    public var width: Int
    public var height: Int
    /// JPEG for photos, PNG for pictures with transparency.
    public var fallback: PictureFormat
    /// The source's own format (nil for HEIC/AVIF, which browsers do not all show).
    public var sourceFormat: PictureFormat?
    /// Sorted by role, format and width.
    public var copies: [Copy]
    /// The source file's size in bytes, for "bytes saved".
    public var sourceBytes: Int

    public func copies(_ role: Copy.Role, _ format: PictureFormat) -> [Copy] {
        copies.filter { $0.role == role && $0.format == format }.sorted { $0.width < $1.width }
    }

    /// The copy published under the source's own name (static pictures keep their address).
    public var originalCopy: Copy? {
        guard let sourceFormat else { return nil }
        return copies(.original, sourceFormat).last ?? copies(.ladder, sourceFormat).last
    }

    // MARK: - The cache's manifest, one line per fact

    var manifest: String {
        var lines = ["kolo-picture 1", "size \(width) \(height)", "fallback \(fallback.rawValue)",
                     "source \(sourceFormat?.rawValue ?? "-") \(sourceBytes)"]
        for copy in copies {
            lines.append("copy \(copy.role.rawValue) \(copy.format.rawValue) \(copy.width) \(copy.height) \(copy.digest)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    init(width: Int, height: Int, fallback: PictureFormat, sourceFormat: PictureFormat?, copies: [Copy], sourceBytes: Int) {
        self.width = width
        self.height = height
        self.fallback = fallback
        self.sourceFormat = sourceFormat
        self.copies = copies
        self.sourceBytes = sourceBytes
    }

    /// nil when the bytes are not a manifest this version wrote (the entry is then made again).
    init?(manifest: [UInt8]) {
        guard let picture = Self.parse(manifest) else { return nil }
        self = picture
    }

    /// Reads the bytes as they are, each field a slice: splitting a String reads it as Characters,
    /// and even a String per field made reading the cache most of a warm build's picture step.
    private static func parse(_ bytes: [UInt8]) -> ProcessedPicture? {
        let lines = bytes.split(separator: 0x0A)
        guard let first = lines.first, first.elementsEqual("kolo-picture 1".utf8) else { return nil }
        var width = 0, height = 0, sourceBytes = 0
        var fallback: PictureFormat?
        var sourceFormat: PictureFormat?
        var copies: [Copy] = []
        copies.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: 0x20)
            switch (fields.first.map(text), fields.count) {
            case ("size"?, 3):
                guard let w = number(fields[1]), let h = number(fields[2]) else { return nil }
                (width, height) = (w, h)
            case ("fallback"?, 2):
                fallback = PictureFormat(rawValue: text(fields[1]))
            case ("source"?, 3):
                sourceFormat = PictureFormat(rawValue: text(fields[1]))
                sourceBytes = number(fields[2]) ?? 0
            case ("copy"?, 6):
                guard let role = Copy.Role(rawValue: text(fields[1])), let format = PictureFormat(rawValue: text(fields[2])),
                      let w = number(fields[3]), let h = number(fields[4]), fields[5].count == 64 else { return nil }
                copies.append(Copy(role: role, format: format, width: w, height: h, digest: text(fields[5])))
            default:
                return nil
            }
        }
        guard let fallback, width > 0, height > 0, !copies.isEmpty else { return nil }
        return ProcessedPicture(width: width, height: height, fallback: fallback, sourceFormat: sourceFormat, copies: copies, sourceBytes: sourceBytes)
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field, as: UTF8.self)
    }

    /// A decimal number of up to 18 digits; nil for anything else.
    private static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard !field.isEmpty, field.count <= 18 else { return nil }
        var value = 0
        for byte in field {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
