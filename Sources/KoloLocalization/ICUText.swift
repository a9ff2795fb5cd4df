/// The ICU wall's answers come as UTF-8 written into a buffer the caller gives, with the length
/// (or -1) returned: one way to read them.
enum ICUText {
    /// Calls `call(buffer, capacity)` and reads what it wrote; nil when it wrote nothing or failed.
    static func read(capacity: Int = 2048, _ call: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32($0.count)) }
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
