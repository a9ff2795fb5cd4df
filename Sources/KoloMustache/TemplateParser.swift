/// Compiles a template's text. The rules are swift-mustache 2.1.1's, applied byte by byte so that
/// every theme renders exactly as it did: a tag alone on its line (a section, a comment, a partial…)
/// leaves neither its indentation nor its line break, a standalone partial indents every line it
/// prints, and a block inside `{{<parent}}` loses the indentation of its first line.
struct TemplateParser {
    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start: [UInt8] = Array("{{".utf8)
        var end: [UInt8] = Array("}}".utf8)
        /// The indentation, in bytes, of the first line of a block inside `{{<parent}}`.
        var partialDefinitionIndent: Int?

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func parent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    enum Token {
        case node(TemplateNode)
        case blockDefinition(String, [TemplateNode])

        var isText: Bool {
            if case .node(.text) = self { return true }
            return false
        }
    }

    struct Failure: Error {
        var reason: TemplateSyntaxError.Reason
    }

    let bytes: [UInt8]
    var position = 0
    /// The library's index of a template name, for `{{>name}}` and `{{<name}}`.
    let partialIndex: (String) -> Int?

    init(_ text: String, partialIndex: @escaping (String) -> Int?) {
        bytes = Array(text.utf8)
        self.partialIndex = partialIndex
    }

    static func compile(_ text: String, name: String, partialIndex: @escaping (String) -> Int?) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text, partialIndex: partialIndex)
        do {
            return try parser.parse(State()).map { token in
                guard case .node(let node) = token else { throw Failure(reason: .notABlockInsideParent) }
                return node
            }
        } catch let failure as Failure {
            let (line, column) = parser.lineAndColumn()
            throw TemplateSyntaxError(template: name, line: line, column: column, reason: failure.reason)
        } catch {
            throw TemplateSyntaxError(template: name, line: 1, column: 1, reason: .unfinishedTag)
        }
    }

    var reachedEnd: Bool { position >= bytes.count }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The position's line and column, counting characters as a text editor does.
    func lineAndColumn() -> (Int, Int) {
        let before = bytes[..<min(position, bytes.count)]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1)
    }

    // MARK: - The tag loop

    mutating func parse(_ initial: State) throws -> [Token] {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore: [UInt8] = []
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = Array(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                tokens.append(.node(.text(whiteSpaceBefore + text + bytes[position..<position + newline])))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                tokens.append(.node(.text(whiteSpaceBefore + text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            let flushWhiteSpace = { (tokens: inout [Token], whiteSpace: inout [UInt8]) in
                if !whiteSpace.isEmpty {
                    tokens.append(.node(.text(whiteSpace)))
                    whiteSpace = []
                }
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace(&tokens, &whiteSpaceBefore) }
                let body = try parse(state.section(name, newLine: setNewLine, transforms: transforms))
                let reference = Self.reference(name, transforms)
                let nodes = try Self.nodes(body)
                tokens.append(.node(inverted ? .inverted(reference, nodes) : .section(reference, nodes)))
            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    position = nameStart
                    throw Failure(reason: .closedWithOtherName)
                }
                if !isStandalone(state) { flushWhiteSpace(&tokens, &whiteSpaceBefore) }
                return tokens
            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"):
                flushWhiteSpace(&tokens, &whiteSpaceBefore)
                position += 1
                let (name, transforms) = try parseName(state)
                guard byte(at: position) == UInt8(ascii: "}") else { throw Failure(reason: .unfinishedTag) }
                position += 1
                tokens.append(.node(.variable(Self.reference(name, transforms), escaped: false)))
            case UInt8(ascii: "&"):
                flushWhiteSpace(&tokens, &whiteSpaceBefore)
                position += 1
                let (name, transforms) = try parseName(state)
                tokens.append(.node(.variable(Self.reference(name, transforms), escaped: false)))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                var dynamic = false
                if byte(at: position) == UInt8(ascii: "*") {
                    position += 1
                    dynamic = true
                }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.node(.text(whiteSpaceBefore))) }
                let standalone = isStandalone(state)
                if standalone { setNewLine = true }
                let indentation = standalone ? whiteSpaceBefore : []
                tokens.append(.node(dynamic ? .dynamicPartial(Self.reference(name, []), indentation: indentation, overrides: nil)
                                            : .partial(index: partialIndex(name), indentation: indentation, overrides: nil)))
                whiteSpaceBefore = []
            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let sectionName = try parsePartialName(state)
                let dynamic = sectionName.hasPrefix("*")
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !whiteSpaceBefore.isEmpty { tokens.append(.node(.text(whiteSpaceBefore))) }
                if isStandalone(state) { setNewLine = true }
                var overrides: BlockOverrides = [:]
                for token in try parse(state.parent(sectionName)) {
                    switch token {
                    case .blockDefinition(let block, let nodes): overrides[block] = nodes
                    case .node(.text): break
                    case .node: throw Failure(reason: .notABlockInsideParent)
                    }
                }
                tokens.append(.node(dynamic ? .dynamicPartial(Self.reference(name, []), indentation: whiteSpaceBefore, overrides: overrides)
                                            : .partial(index: partialIndex(name), indentation: whiteSpaceBefore, overrides: overrides)))
                whiteSpaceBefore = []
            case UInt8(ascii: "$"):
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw Failure(reason: .transformOnBlock) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.section(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name, try Self.nodes(body)))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.node(.text(whiteSpaceBefore))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.section(name, newLine: setNewLine))
                    tokens.append(.node(.block(name, defaultNodes: try Self.nodes(body), indentation: whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
            case UInt8(ascii: "="):
                position += 1
                state = try setDelimiters(state)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                tokens.append(.node(.contentType(escapes: try readContentType(state))))
                setNewLine = isStandalone(state)
            default:
                flushWhiteSpace(&tokens, &whiteSpaceBefore)
                let (name, transforms) = try parseName(state)
                tokens.append(.node(.variable(Self.reference(name, transforms), escaped: true)))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Failure(reason: .unclosedSection) }
        return tokens
    }

    static func nodes(_ tokens: [Token]) throws -> [TemplateNode] {
        try tokens.map { token in
            guard case .node(let node) = token else { throw Failure(reason: .notABlockInsideParent) }
            return node
        }
    }

    static func reference(_ name: String, _ transforms: [String]) -> TemplateReference {
        let root: TemplateReference.Root
        if name.isEmpty && !transforms.isEmpty {
            root = .listPosition
        } else if name.first == "." {
            root = .top
        } else {
            root = .climbing
        }
        let keys = name.split(separator: ".").map { TemplateKey(String($0)) }
        return TemplateReference(root: root, keys: root == .listPosition ? [] : keys,
                                 transforms: transforms.reversed().map(TemplateTransform.init), written: name)
    }
}
