internal import CCmark

/// `~text~` and `~~text~~` → strikethrough: runs of one or two tildes open when left-flanking and
/// close when right-flanking (emphasis's rules); a closer pairs with the nearest opener and only
/// when both runs have the same length (cmark-gfm's extensions/strikethrough.c).
extension TreeExtender {
    private struct TildeRun {
        var node: OpaquePointer
        var range: Range<Int>
        var canOpen: Bool
        var canClose: Bool
    }

    mutating func strike(in container: OpaquePointer) {
        var runs: [TildeRun] = []
        for child in Nodes.children(of: container) where cmark_node_get_type(child) == CMARK_NODE_TEXT {
            guard Nodes.literal(child, containsAnyOf: "~") else { continue }
            let text = Nodes.literal(child)
            var index = 0
            while index < text.count {
                guard text[index] == UInt8(ascii: "~") else { index += 1; continue }
                var end = index
                while end < text.count && text[end] == UInt8(ascii: "~") { end += 1 }
                if end - index <= 2 {
                    let before = index > 0 ? CharacterClass(before: index, in: text) : CharacterClass(neighbour: cmark_node_previous(child), isBefore: true)
                    let after = end < text.count ? CharacterClass(at: end, in: text) : CharacterClass(neighbour: cmark_node_next(child), isBefore: false)
                    let left = after != .whitespace && (after != .punctuation || before != .other)
                    let right = before != .whitespace && (before != .punctuation || after != .other)
                    runs.append(TildeRun(node: child, range: index..<end, canOpen: left, canClose: right))
                }
                index = end
            }
        }
        guard runs.count >= 2 else { return }

        var openers: [Int] = []
        var pairs: [(opener: Int, closer: Int)] = []
        for (index, run) in runs.enumerated() {
            if run.canClose, let nearest = openers.last {
                if runs[nearest].range.count == run.range.count {
                    pairs.append((nearest, index))
                    openers.removeLast()
                    continue
                }
                openers.removeLast()
            }
            if run.canOpen { openers.append(index) }
        }
        guard !pairs.isEmpty else { return }

        // Each paired run becomes a text node of its own, then the nodes between a pair move into
        // a strikethrough node (inner pairs close first, so they move as one node into outer ones).
        let paired = Set(pairs.flatMap { [$0.opener, $0.closer] })
        var markers: [Int: OpaquePointer] = [:]
        var runIndex = 0
        while runIndex < runs.count {
            let node = runs[runIndex].node
            let text = Nodes.literal(node)
            var start = 0
            while runIndex < runs.count && runs[runIndex].node == node {
                if paired.contains(runIndex) {
                    let range = runs[runIndex].range
                    if start < range.lowerBound { _ = cmark_node_insert_before(node, Nodes.text(text[start..<range.lowerBound])) }
                    let marker = Nodes.text(text[range])
                    _ = cmark_node_insert_before(node, marker)
                    markers[runIndex] = marker
                    start = range.upperBound
                }
                runIndex += 1
            }
            guard start > 0 else { continue }
            if start < text.count { _ = cmark_node_insert_before(node, Nodes.text(text[start...])) }
            Nodes.remove(node)
        }
        for pair in pairs {
            guard let opener = markers[pair.opener], let closer = markers[pair.closer] else { continue }
            let strike = customNode(.strikethrough, block: false)
            _ = cmark_node_insert_before(opener, strike)
            var current = cmark_node_next(opener)
            while let node = current, node != closer {
                current = cmark_node_next(node)
                cmark_node_unlink(node)
                _ = cmark_node_append_child(strike, node)
            }
            Nodes.remove(opener)
            Nodes.remove(closer)
        }
    }
}

/// What flanks a delimiter run, as emphasis's rules see it.
enum CharacterClass {
    case whitespace, punctuation, other

    init(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            if Autolink.isWhitespace(byte) { self = .whitespace; return }
            self = (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
                || (0x7B...0x7E).contains(byte) ? .punctuation : .other
            return
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: self = .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: self = .punctuation
        default: self = .other
        }
    }

    /// The character ending just before `index`.
    init(before index: Int, in text: [UInt8]) {
        var start = index - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        self.init(at: start, in: text)
    }

    init(at index: Int, in text: [UInt8]) {
        var end = index + 1
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: text[index..<end], as: UTF8.self).unicodeScalars.first ?? " "
        self.init(scalar)
    }

    /// Beside a sibling node: a line's end or start is whitespace; other markup ends or starts in
    /// punctuation (`*`, `` ` ``, `]`, `>`).
    init(neighbour: OpaquePointer?, isBefore: Bool) {
        guard let node = neighbour else { self = .whitespace; return }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: self = .whitespace
        case CMARK_NODE_TEXT:
            let text = Nodes.literal(node)
            if text.isEmpty { self = .other } else if isBefore { self.init(before: text.count, in: text) } else { self.init(at: 0, in: text) }
        default: self = .punctuation
        }
    }
}
