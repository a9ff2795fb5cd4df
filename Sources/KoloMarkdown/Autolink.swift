/// GFM's extended autolinks found in plain text: `www.` domains, `http://`, `https://` and `ftp://`
/// URLs and e-mail addresses (the rules of the GFM spec, "Autolinks (extension)", and of cmark-gfm's
/// extensions/autolink.c, written anew).
enum Autolink {
    struct Match: Equatable {
        var range: Range<Int>
        /// The destination: the text, with `http://` before a `www.` link and `mailto:` before an address.
        var destination: [UInt8]
    }

    /// The autolink starting at `index`, if one does. `previous` is the character before it (nil at
    /// the start of a line or after a line break).
    static func match(_ text: [UInt8], at index: Int, previous: UInt8?) -> Match? {
        let byte = text[index]
        if byte == UInt8(ascii: "w"), starts(text, at: index, with: "www."), previous.map(isWWWBoundary) ?? true {
            guard let end = domainEnd(text, from: index, needsDot: true) else { return nil }
            let stop = trimmedEnd(text, start: index, end: pathEnd(text, from: end))
            return Match(range: index..<stop, destination: Array("http://".utf8) + text[index..<stop])
        }
        if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "f"), !(previous.map(isASCIILetter) ?? false) {
            for scheme in ["http://", "https://", "ftp://"] where starts(text, at: index, with: scheme) {
                let host = index + scheme.utf8.count
                guard host < text.count, let end = domainEnd(text, from: host, needsDot: false) else { return nil }
                let stop = trimmedEnd(text, start: index, end: pathEnd(text, from: end))
                return Match(range: index..<stop, destination: Array(text[index..<stop]))
            }
        }
        if isLocalPart(byte), !(previous.map { isLocalPart($0) || $0 == UInt8(ascii: "/") } ?? false) {
            return email(text, at: index)
        }
        return nil
    }

    /// `local@domain.tld`: letters, digits and `.+-_` before the `@`; after it, letters, digits,
    /// `-` and `_` in dot-separated parts, ending in a letter.
    private static func email(_ text: [UInt8], at index: Int) -> Match? {
        var at = index
        while at < text.count && isLocalPart(text[at]) { at += 1 }
        guard at < text.count, text[at] == UInt8(ascii: "@"), at > index else { return nil }
        var end = at + 1
        var dots = 0
        while end < text.count {
            let byte = text[end]
            if isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                end += 1
            } else if byte == UInt8(ascii: "."), end + 1 < text.count, isASCIIAlphanumeric(text[end + 1]) {
                dots += 1
                end += 1
            } else {
                break
            }
        }
        guard end - at >= 2, dots > 0, isASCIILetter(text[end - 1]) || text[end - 1] == UInt8(ascii: ".") else { return nil }
        let stop = trimmedEnd(text, start: index, end: end)
        guard stop > at + 1 else { return nil }
        return Match(range: index..<stop, destination: Array("mailto:".utf8) + text[index..<stop])
    }

    /// Where a valid domain starting at `start` ends: parts of letters, digits, `-`, `_` and
    /// non-ASCII characters separated by dots, no `_` in the last two parts; `www.` needs a dot.
    private static func domainEnd(_ text: [UInt8], from start: Int, needsDot: Bool) -> Int? {
        var index = start
        var dots = 0
        var underscoresBefore = 0, underscores = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if !(isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte >= 0x80) {
                break
            }
            index += 1
        }
        guard index > start, underscoresBefore == 0 && underscores == 0, !needsDot || dots > 0 else { return nil }
        return index
    }

    /// A path runs to the next whitespace or `<`.
    private static func pathEnd(_ text: [UInt8], from start: Int) -> Int {
        var index = start
        while index < text.count, !isWhitespace(text[index]), text[index] != UInt8(ascii: "<") { index += 1 }
        return index
    }

    /// Trailing punctuation is not part of a link; nor is an unmatched `)`, nor an entity-like `&name;`.
    private static func trimmedEnd(_ text: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var name = end - 2
                while name > start && isASCIILetter(text[name]) { name -= 1 }
                end = name < end - 2 && text[name] == UInt8(ascii: "&") ? name : end - 1
            } else if last == UInt8(ascii: ")") {
                let opening = text[start..<end].filter { $0 == UInt8(ascii: "(") }.count
                let closing = text[start..<end].filter { $0 == UInt8(ascii: ")") }.count
                if closing <= opening { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    private static func starts(_ text: [UInt8], at index: Int, with prefix: String) -> Bool {
        text[index...].starts(with: prefix.utf8)
    }

    static func isWWWBoundary(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || "*_~(".utf8.contains(byte)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || ".+-_".utf8.contains(byte)
    }
}
