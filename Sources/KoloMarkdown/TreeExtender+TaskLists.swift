internal import CCmark

/// Task list items: a list item whose first paragraph starts with `[ ]`, `[x]` or `[X]` and a space
/// (GFM spec, "Task list items (extension)"). The marker's text goes; a task node wraps the
/// paragraph's inlines, so the writer can label the checkbox with the item's own words.
extension TreeExtender {
    mutating func markTasks(in root: OpaquePointer) {
        for item in Nodes.nodes(in: root, where: { cmark_node_get_type($0) == CMARK_NODE_ITEM }) { markTask(item) }
    }

    private mutating func markTask(_ item: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT else { return }
        let literal = Nodes.literal(text)
        guard literal.count >= 3, literal[0] == UInt8(ascii: "["), literal[2] == UInt8(ascii: "]"),
              [0x20, 0x09, UInt8(ascii: "x"), UInt8(ascii: "X")].contains(literal[1]) else { return }
        let rest = literal.dropFirst(3)
        // The marker must be followed by whitespace: a space, or the end of the line.
        if let next = rest.first {
            guard next == 0x20 || next == 0x09 else { return }
        } else {
            guard let following = cmark_node_next(text), cmark_node_get_type(following) == CMARK_NODE_SOFTBREAK else { return }
        }
        let remaining = rest.drop { $0 == 0x20 || $0 == 0x09 }
        if remaining.isEmpty { Nodes.remove(text) } else { Nodes.setLiteral(text, remaining) }
        let task = customNode(.task(checked: literal[1] != 0x20 && literal[1] != 0x09), block: false)
        Nodes.moveChildren(of: paragraph, to: task)
        _ = cmark_node_append_child(paragraph, task)
        tree.kinds[item] = .task(checked: literal[1] != 0x20 && literal[1] != 0x09)
    }
}
