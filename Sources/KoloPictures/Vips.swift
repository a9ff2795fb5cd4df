internal import CKoloVips

/// libvips, started once per process. Each picture runs on one thread and pictures run side by
/// side (one per core), which keeps every core busy with a bounded number of decoded images.
enum Vips {
    private static let started: PictureError? = {
        var error: UnsafeMutablePointer<CChar>?
        guard kolo_vips_start(1, &error) == 0 else { return PictureError("libvips did not start: " + takeText(error)) }
        return nil
    }()

    static func start() throws(PictureError) {
        if let started { throw started }
    }

    /// A C string from the shim as a Swift string, freed.
    static func takeText(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { kolo_vips_free(pointer) }
        return String(cString: pointer).trimmingTrailingNewlines
    }

    struct Header {
        var width: Int
        var height: Int
        var loader: String
    }

    /// The header only: size and format, without decoding pixels.
    static func probe(_ path: String) throws(PictureError) -> Header {
        try start()
        var probe = kolo_probe()
        var error: UnsafeMutablePointer<CChar>?
        switch kolo_picture_probe(path, &probe, &error) {
        case 0: break
        case -2:
            _ = takeText(error)
            throw PictureError("the file is not a picture Kolo can read: its bytes are no JPEG, PNG, WebP, HEIC, AVIF, GIF or SVG")
        default:
            throw PictureError("the picture cannot be read, the file may be damaged or cut short: \(Self.reason(takeText(error)))")
        }
        let loader = withUnsafeBytes(of: probe.loader) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Header(width: Int(probe.width), height: Int(probe.height), loader: loader)
    }

    /// SHA-256 in lowercase hex: the shim's own, which needs no libvips (a warm build never opens it).
    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        var out = [CChar](repeating: 0, count: 65)
        kolo_sha256_hex(bytes.baseAddress, bytes.count, &out)
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// libvips' messages name its internal functions ("VipsJpeg: Premature end of JPEG file"): keep
    /// the part after the last colon-prefixed name, on one line, without what only says the same
    /// again (libheif's "bad seek to 5633" before its reason, its error codes).
    static func reason(_ message: String) -> String {
        var seen: Set<Substring> = []
        var reasons: [Substring] = []
        for line in message.split(separator: "\n") {
            var text = line
            if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(" ") {
                text = text[text.index(after: colon)...].drop { $0 == " " }
            }
            if text.wholeMatch(of: /bad seek to \d+/) != nil { continue }
            // libheif ends with its error codes in brackets: "…file bounds (points to file position 2101);  (2.100)".
            if let codes = text.firstMatch(of: /[; ]*\(\d+\.\d+\)$/) { text = text[..<codes.range.lowerBound] }
            if !text.isEmpty, seen.insert(text).inserted { reasons.append(text) }
        }
        return reasons.joined(separator: "; ")
    }
}

/// A picture decoded by libvips, oriented and in sRGB. Only this target ever holds one.
final class DecodedPicture {
    private let handle: OpaquePointer

    private init(_ handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { kolo_picture_free(handle) }

    static func open(_ path: String, maxSize: Int) throws(PictureError) -> DecodedPicture {
        try Vips.start()
        var error: UnsafeMutablePointer<CChar>?
        guard let handle = kolo_picture_open(path, Int32(maxSize), &error) else {
            throw PictureError("the picture cannot be decoded, the file may be damaged or cut short: \(Vips.reason(Vips.takeText(error)))")
        }
        return DecodedPicture(handle)
    }

    var width: Int { Int(kolo_picture_width(handle)) }
    var height: Int { Int(kolo_picture_height(handle)) }
    var hasAlpha: Bool { kolo_picture_has_alpha(handle) != 0 }

    func metadata(_ field: String) -> String? {
        guard let text = kolo_picture_metadata(handle, field) else { return nil }
        return Vips.takeText(text)
    }

    func resized(toWidth width: Int) throws(PictureError) -> DecodedPicture {
        var error: UnsafeMutablePointer<CChar>?
        guard let handle = kolo_picture_resize(handle, Int32(width), &error) else { throw PictureError(Vips.reason(Vips.takeText(error))) }
        return DecodedPicture(handle)
    }

    func cropped(width: Int, height: Int, focus: PictureFocus) throws(PictureError) -> DecodedPicture {
        // The crop runs along one axis only: top/left keep the low end, bottom/right the high end.
        let crop: Int32 = switch focus {
        case .auto: Int32(KOLO_CROP_ATTENTION)
        case .center: Int32(KOLO_CROP_CENTRE)
        case .top, .left: Int32(KOLO_CROP_LOW)
        case .bottom, .right: Int32(KOLO_CROP_HIGH)
        }
        var error: UnsafeMutablePointer<CChar>?
        guard let handle = kolo_picture_crop(handle, Int32(width), Int32(height), crop, &error) else { throw PictureError(Vips.reason(Vips.takeText(error))) }
        return DecodedPicture(handle)
    }

    /// Encoded without metadata, but for `exif` when given.
    func encoded(as format: PictureFormat, quality: Int, exif: [UInt8]) throws(PictureError) -> [UInt8] {
        let code: Int32 = switch format {
        case .webp: Int32(KOLO_FORMAT_WEBP)
        case .jpeg: Int32(KOLO_FORMAT_JPEG)
        case .png: Int32(KOLO_FORMAT_PNG)
        }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        var error: UnsafeMutablePointer<CChar>?
        let status = exif.withUnsafeBytes { block in
            kolo_picture_save(handle, code, Int32(quality), block.isEmpty ? nil : block.baseAddress, block.count, &bytes, &length, &error)
        }
        guard status == 0, let bytes else { throw PictureError(Vips.reason(Vips.takeText(error))) }
        defer { kolo_vips_free(bytes) }
        let encoded = Array(UnsafeRawBufferPointer(start: bytes, count: length))
        return format == .webp ? WebPMetadata.stripping(encoded, keepingExif: !exif.isEmpty) : encoded
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
