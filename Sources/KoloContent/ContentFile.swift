import KoloDiagnostics

/// A Markdown file found under `content/<language>/`, read and normalised.
public struct ContentFile: Sendable, Hashable {
    public var language: String
    /// Path inside the language folder: "news/2016-07-22-fusion-lab.md".
    public var pathInLanguage: String
    /// Path to print in messages.
    public var displayPath: String
    /// UTF-8 text with LF line ends and no byte-order mark.
    public var text: String
    /// Seconds since 1970 of the file's last change (0 when unknown).
    public var modified: Int64 = 0

    public init(language: String, pathInLanguage: String, displayPath: String, text: String) {
        self.language = language
        self.pathInLanguage = pathInLanguage
        self.displayPath = displayPath
        self.text = text
    }

    /// Checks and normalises raw bytes: valid UTF-8, no NUL bytes; drops a byte-order mark and CR before LF.
    public static func decodeText(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> String {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            throw DiagnosticError(.error(.content, at: SourceLocation(path: path, line: line, column: column),
                                         "the file contains a NUL byte; it looks like a binary file, not Markdown text"))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8Byte(bytes) ?? bytes.startIndex
            let (line, column) = position(ofByte: bad, in: bytes)
            throw DiagnosticError(.error(.content, at: SourceLocation(path: path, line: line, column: column),
                                         "the file is not valid UTF-8 text; save it as UTF-8"))
        }
        if bytes.contains(0x0D) {
            // Byte by byte: as Characters, "\r" + "\r\n" becomes a new "\r\n" once the second is replaced.
            var normalised: [UInt8] = []
            normalised.reserveCapacity(bytes.count)
            for index in bytes.indices where !(bytes[index] == 0x0A && index > bytes.startIndex && bytes[index - 1] == 0x0D) {
                normalised.append(bytes[index] == 0x0D ? 0x0A : bytes[index])
            }
            text = String(decoding: normalised, as: UTF8.self)
        }
        return text
    }

    private static func position(ofByte index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Columns count characters: count bytes that start a UTF-8 sequence.
        let column = bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    private static func firstInvalidUTF8Byte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }
}
