/// The parser's reading steps: text up to a tag, names, delimiters, pragmas, standalone lines.
extension TemplateParser {
    /// Text up to the next start delimiter (consumed) or line break (not consumed).
    mutating func readUntilDelimiterOrNewline(_ state: State) -> [UInt8] {
        var text: [UInt8] = []
        let first = state.start[0]
        while !reachedEnd {
            let begin = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x0A || byte == first || (byte == 0x0D && self.byte(at: position + 1) == 0x0A) { break }
                position += 1
            }
            text.append(contentsOf: bytes[begin..<position])
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && self.byte(at: position + 1) == 0x0A) { break }
            if matches(state.start) {
                position += state.start.count
                break
            }
            text.append(first)
            position += 1
        }
        return text
    }

    func matches(_ delimiter: [UInt8]) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    /// Reads the end delimiter; at the end of the text or before anything else the tag is unfinished.
    mutating func readEndDelimiter(_ state: State, failing reason: TemplateSyntaxError.Reason = .unfinishedTag) throws {
        guard matches(state.end) else { throw Failure(reason: reason) }
        position += state.end.count
    }

    /// The length of the line break (as Swift's `Character.isNewline` sees one) at `index`, or 0.
    func newlineLength(at index: Int) -> Int {
        guard let byte = byte(at: index) else { return 0 }
        switch byte {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return self.byte(at: index + 1) == 0x0A ? 2 : 1
        case 0xC2: return self.byte(at: index + 1) == 0x85 ? 2 : 0
        case 0xE2:
            return self.byte(at: index + 1) == 0x80 && (self.byte(at: index + 2) == 0xA8 || self.byte(at: index + 2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The length of the whitespace character (Unicode White_Space) at `index`, or 0.
    func whitespaceLength(at index: Int) -> Int {
        guard let byte = byte(at: index) else { return 0 }
        switch byte {
        case 0x09...0x0D, 0x20: return byte == 0x0D && self.byte(at: index + 1) == 0x0A ? 2 : 1
        case 0xC2: return self.byte(at: index + 1) == 0x85 || self.byte(at: index + 1) == 0xA0 ? 2 : 0
        case 0xE1: return self.byte(at: index + 1) == 0x9A && self.byte(at: index + 2) == 0x80 ? 3 : 0
        case 0xE2:
            guard let second = self.byte(at: index + 1), let third = self.byte(at: index + 2) else { return 0 }
            if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            if second == 0x81, third == 0x9F { return 3 }
            return 0
        case 0xE3: return self.byte(at: index + 1) == 0x80 && self.byte(at: index + 2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    mutating func skipWhitespace() {
        while case let length = whitespaceLength(at: position), length > 0 { position += length }
    }

    mutating func readSpacesAndTabs() -> [UInt8] {
        let begin = position
        while let byte = byte(at: position), byte == 0x20 || byte == 0x09 { position += 1 }
        return Array(bytes[begin..<position])
    }

    mutating func read(while allowed: (UInt8) -> Bool) -> String {
        let begin = position
        while let byte = byte(at: position), allowed(byte) { position += 1 }
        return String(decoding: bytes[begin..<position], as: UTF8.self)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): return true
        default: return false
        }
    }

    /// A tag's name and its transforms: `uppercased(first(tags))` → ("tags", ["uppercased", "first"]).
    mutating func parseName(_ state: State) throws -> (String, [String]) {
        skipWhitespace()
        let text = read { Self.isNameByte($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
        skipWhitespace()
        try readEndDelimiter(state)
        guard let open = text.firstIndex(where: { $0 == "(" || $0 == ")" }) else { return (text, []) }
        guard text[open] == "(" else { throw Failure(reason: .unfinishedTag) }
        var transforms = [String(text[..<open])]
        var rest = text[text.index(after: open)...]
        while true {
            let name = rest.prefix { $0 != "(" && $0 != ")" }
            rest = rest[name.endIndex...]
            switch rest.first {
            case "(":
                transforms.append(String(name))
                rest = rest.dropFirst()
            case ")":
                let closing = rest.prefix { $0 == ")" }
                guard closing.count == transforms.count, closing.endIndex == rest.endIndex else { throw Failure(reason: .unfinishedTag) }
                return (String(name), transforms)
            default:
                throw Failure(reason: .unfinishedTag)
            }
        }
    }

    mutating func parsePartialName(_ state: State) throws -> String {
        skipWhitespace()
        let name = read { Self.isNameByte($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "/") }
        skipWhitespace()
        try readEndDelimiter(state)
        return name
    }

    /// Skips to just after the end delimiter, matching it as swift-mustache does.
    mutating func skipComment(_ state: State) throws {
        var matched = 0
        while position < bytes.count {
            if bytes[position] == state.end[matched] {
                matched += 1
                if matched == state.end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw Failure(reason: .unfinishedTag)
    }

    /// `{{=<% %>=}}`: the new start and end delimiters.
    mutating func setDelimiters(_ state: State) throws -> State {
        skipWhitespace()
        let startBegin = position
        while position < bytes.count, whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw Failure(reason: .invalidSetDelimiter) }
        let start = Array(bytes[startBegin..<position])
        skipWhitespace()
        let endBegin = position
        while position < bytes.count, whitespaceLength(at: position) == 0, bytes[position] != UInt8(ascii: "=") { position += 1 }
        guard position < bytes.count else { throw Failure(reason: .invalidSetDelimiter) }
        let end = Array(bytes[endBegin..<position])
        skipWhitespace()
        guard byte(at: position) == UInt8(ascii: "=") else { throw Failure(reason: .invalidSetDelimiter) }
        position += 1
        try readEndDelimiter(state, failing: .invalidSetDelimiter)
        guard !start.isEmpty, !end.isEmpty else { throw Failure(reason: .invalidSetDelimiter) }
        var state = state
        state.start = start
        state.end = end
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: HTML }}` (variables escaped) or `TEXT` (printed as they are).
    mutating func readContentType(_ state: State) throws -> Bool {
        skipWhitespace()
        let variable = read(while: Self.isNameByte)
        skipWhitespace()
        guard byte(at: position) == UInt8(ascii: ":") else { throw Failure(reason: .invalidPragma) }
        position += 1
        skipWhitespace()
        let value = read(while: Self.isNameByte)
        skipWhitespace()
        try readEndDelimiter(state, failing: .invalidPragma)
        guard !variable.isEmpty, !value.isEmpty else { throw Failure(reason: .invalidPragma) }
        guard variable == "CONTENT_TYPE", value == "HTML" || value == "TEXT" else { throw Failure(reason: .unknownPragma) }
        return value == "HTML"
    }

    /// A tag alone on its line: nothing but spaces and tabs follow it up to the line break, which is
    /// consumed (the caller knows whether only spaces and tabs came before).
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var index = position
        while let byte = byte(at: index), byte == 0x20 || byte == 0x09 { index += 1 }
        let newline = newlineLength(at: index)
        guard newline > 0 else { return false }
        position = index + newline
        return true
    }
}
