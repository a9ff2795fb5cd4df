/// Renders compiled templates into one byte buffer, with one context stack that sections push onto
/// and pop from (nothing is copied per section).
struct TemplateRenderer {
    /// What a section, partial or block passes down besides the stack.
    struct Frame {
        /// The current list item's position, inside a list section (`first()`, `index()`…).
        var position: ListPosition?
        /// Printed before every line a standalone partial or block prints.
        var indentation: [UInt8] = []
        /// The `{{<parent}}` overrides in force, outermost first: the outermost wins.
        var overrides: [BlockOverrides] = []
        /// Whether `{{name}}` escapes HTML (`{{% CONTENT_TYPE: TEXT }}` turns it off).
        var escapes = true
    }

    struct ListPosition {
        var index: Int
        var isLast: Bool
    }

    let library: TemplateLibrary
    var output: [UInt8]
    var stack: [TemplateValue]

    init(library: TemplateLibrary, output: [UInt8], root: TemplateValue) {
        self.library = library
        self.output = output
        stack = [root]
    }

    mutating func render(_ nodes: [TemplateNode], frame: Frame) {
        var frame = frame
        guard !frame.indentation.isEmpty else {
            for node in nodes { render(node, frame: &frame) }
            return
        }
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, frame: &frame)
            // A node that prints something at the start of a line is indented (as swift-mustache
            // does: "\r\n" is one character there, so a line ended by it is not).
            if output.count > before, before > start, output[before - 1] == 0x0A, before - 2 < start || output[before - 2] != 0x0D {
                output.insert(contentsOf: frame.indentation, at: before)
            }
        }
    }

    mutating func render(_ node: TemplateNode, frame: inout Frame) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let reference, let escaped):
            guard let value = lookUp(reference, frame: frame) else { return }
            print(value, escaped: escaped && frame.escapes)
        case .section(let reference, let nodes):
            switch lookUp(reference, frame: frame) {
            case .list(let items)?:
                var inner = frame
                for (index, item) in items.enumerated() {
                    inner.position = ListPosition(index: index, isLast: index == items.count - 1)
                    stack.append(item)
                    render(nodes, frame: inner)
                    stack.removeLast()
                }
            case .bool(let flag)?:
                if flag { render(nodes, frame: frame) }
            case nil:
                break
            case let value?:
                renderPushing(value, nodes, frame: frame)
            }
        case .inverted(let reference, let nodes):
            switch lookUp(reference, frame: frame) {
            case .list(let items)?:
                if items.isEmpty { renderPushing(.list(items), nodes, frame: frame) }
            case .bool(let flag)?:
                if !flag { render(nodes, frame: frame) }
            case nil:
                render(nodes, frame: frame)
            case .some:
                break
            }
        case .partial(let index, let indentation, let overrides):
            guard let index else { return }
            renderPartial(index, indentation: indentation, overrides: overrides, frame: frame)
        case .dynamicPartial(let reference, let indentation, let overrides):
            guard case .string(let name)? = lookUp(reference, frame: frame), let index = library.indexes[name] else { return }
            renderPartial(index, indentation: indentation, overrides: overrides, frame: frame)
        case .block(let name, let defaultNodes, let indentation):
            var inner = frame
            inner.position = nil
            inner.indentation += indentation
            let override = frame.overrides.lazy.compactMap { $0[name] }.first
            render(override ?? defaultNodes, frame: inner)
        case .contentType(let escapes):
            frame.escapes = escapes
        }
    }

    mutating func renderPushing(_ value: TemplateValue, _ nodes: [TemplateNode], frame: Frame) {
        var inner = frame
        inner.position = nil
        stack.append(value)
        render(nodes, frame: inner)
        stack.removeLast()
    }

    /// A partial starts escaping HTML again and sees no list position; its indentation adds to the
    /// caller's, and the caller's block overrides win over its own.
    mutating func renderPartial(_ index: Int, indentation: [UInt8], overrides: BlockOverrides?, frame: Frame) {
        var inner = frame
        inner.position = nil
        inner.escapes = true
        inner.indentation += indentation
        if let overrides { inner.overrides.append(overrides) }
        render(library.templates[index], frame: inner)
    }
}
