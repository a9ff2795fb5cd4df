import Foundation

/// The EXIF block a site keeps (`images: {keep: [copyright, artist]}`): only those fields, written
/// afresh, so nothing else of the original's EXIF (GPS, camera serial, maker notes) can ride along.
enum ExifBlock {
    static func keeping(_ fields: [PictureSettings.KeptField], from picture: DecodedPicture) -> [UInt8] {
        var entries: [(tag: UInt16, text: String)] = []
        for field in fields.sorted(by: { $0.rawValue < $1.rawValue }) {
            let (tag, name): (UInt16, String) = switch field {
            case .artist: (0x013B, "exif-ifd0-Artist")
            case .copyright: (0x8298, "exif-ifd0-Copyright")
            }
            if let value = picture.metadata(name).map(Self.value(ofVipsField:)), !value.isEmpty { entries.append((tag, value)) }
        }
        return entries.isEmpty ? [] : block(entries.sorted { $0.tag < $1.tag })
    }

    /// libvips shows an EXIF text field as the value, then libexif's reading of it and the byte
    /// count in brackets: "Jane Doe (Jane Doe, ASCII, 9 components, 9 bytes)". The count (with
    /// the closing NUL) says where the value ends, whatever brackets it holds itself.
    static func value(ofVipsField text: String) -> String {
        guard let match = text.firstMatch(of: /, (\d+) bytes\)$/), let count = Int(match.output.1), count > 0 else { return text }
        return String(decoding: text.utf8.prefix(count - 1), as: UTF8.self)
    }

    /// "Exif\0\0", a big-endian TIFF header and one IFD of ASCII entries, values after the IFD.
    static func block(_ entries: [(tag: UInt16, text: String)]) -> [UInt8] {
        var out: [UInt8] = Array("Exif".utf8) + [0, 0]
        out += [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]
        func u16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        func u32(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        var valueOffset = 8 + 2 + entries.count * 12 + 4
        var values: [UInt8] = []
        out += u16(entries.count)
        for entry in entries {
            let bytes = Array(entry.text.utf8.prefix(4000)) + [0]
            out += u16(Int(entry.tag)) + u16(2) + u32(bytes.count)
            if bytes.count <= 4 {
                out += bytes + Array(repeating: 0, count: 4 - bytes.count)
            } else {
                out += u32(valueOffset)
                values += bytes
                valueOffset += bytes.count
                if bytes.count % 2 == 1 { values.append(0); valueOffset += 1 }
            }
        }
        out += u32(0)
        out += values
        return out
    }
}
