/// libvips 8.14's WebP encoder writes an EXIF chunk even when told to strip (it builds one from the
/// image's size and orientation). Kolo removes the metadata chunks from the RIFF container itself.
enum WebPMetadata {
    /// The bytes without `EXIF` (unless `keepingExif`), `XMP ` and `ICCP` chunks, the VP8X flags and
    /// the RIFF size to match. Bytes that are not a well-formed WebP are returned as they are.
    static func stripping(_ bytes: [UInt8], keepingExif: Bool) -> [UInt8] {
        guard bytes.count >= 20, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46], bytes[8..<12] == [0x57, 0x45, 0x42, 0x50] else { return bytes }
        var dropped: [[UInt8]] = [Array("XMP ".utf8), Array("ICCP".utf8)]
        if !keepingExif { dropped.append(Array("EXIF".utf8)) }
        var out = Array(bytes[0..<12])
        var offset = 12
        var flagsOffset: Int?
        while offset + 8 <= bytes.count {
            let kind = Array(bytes[offset..<offset + 4])
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let end = offset + 8 + size + (size & 1)
            guard end <= bytes.count || offset + 8 + size == bytes.count else { return bytes }
            if !dropped.contains(kind) {
                if kind == Array("VP8X".utf8) { flagsOffset = out.count + 8 }
                out += bytes[offset..<min(end, bytes.count)]
            }
            offset = end
        }
        if let flagsOffset {
            // Bits: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02.
            out[flagsOffset] &= keepingExif ? ~UInt8(0x24) : ~UInt8(0x2C)
        }
        let riffSize = out.count - 8
        out[4] = UInt8(riffSize & 0xFF)
        out[5] = UInt8(riffSize >> 8 & 0xFF)
        out[6] = UInt8(riffSize >> 16 & 0xFF)
        out[7] = UInt8(riffSize >> 24 & 0xFF)
        return out
    }
}
