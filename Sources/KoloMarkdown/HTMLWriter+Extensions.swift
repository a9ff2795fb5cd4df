internal import CCmark

/// The HTML of Kolo's custom nodes: accessible tables in a sideways-scrolling region, `<del>`,
/// footnote references and the list of notes (ids unique per page), task list checkboxes.
extension HTMLWriter {
    mutating func visitExtension(_ node: OpaquePointer, entering: Bool) {
        guard let kind = tree.kinds[node] else { return }
        switch kind {
        case .table:
            if entering {
                out.ensureNewline()
                out.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                out.appendAttribute(options.labels.table)
                out.append("\">\n<table>\n")
            } else {
                out.append("</table>\n</div>\n")
            }
        case .tableHead:
            out.append(entering ? "<thead>\n" : "</thead>\n")
        case .tableBody:
            out.append(entering ? "<tbody>\n" : "</tbody>\n")
        case .tableRow:
            out.append(entering ? "<tr>\n" : "</tr>\n")
        case .tableCell(let alignment, let isHeader):
            guard entering else { out.append(isHeader ? "</th>\n" : "</td>\n"); return }
            out.append(isHeader ? "<th scope=\"col\"" : "<td")
            switch alignment {
            // Logical sides: a `:--` column starts where the language's text starts (right in Arabic).
            // A class, not a style attribute: pages carry no inline CSS (the theme aligns them).
            case .start: out.append(" class=\"align-start\"")
            case .center: out.append(" class=\"align-center\"")
            case .end: out.append(" class=\"align-end\"")
            case .none: break
            }
            out.append(">")
        case .strikethrough:
            out.append(entering ? "<del>" : "</del>")
        case .footnoteReference:
            guard entering, let (number, occurrence) = tree.referenceNumbers[node] else { return }
            let start = out.count
            let id = footnoteID(number)
            out.append("<sup class=\"footnote-ref\"><a href=\"#fn\(id)\" id=\"fnref\(id)\(occurrence > 1 ? "-\(occurrence)" : "")\">\(number)</a></sup>")
            // Lists show summaries without the notes, so a reference there would lead nowhere.
            if inFirstParagraph { summaryCuts.append(start..<out.count) }
        case .footnotes:
            if entering {
                out.ensureNewline()
                out.append("<section class=\"footnotes\" aria-label=\"")
                out.appendAttribute(options.labels.footnotes)
                out.append("\">\n<ol>\n")
            } else {
                out.append("</ol>\n</section>\n")
            }
        case .footnote(let number, _):
            out.ensureNewline()
            out.append(entering ? "<li id=\"fn\(footnoteID(number))\">\n" : "</li>\n")
        case .footnoteBackLinks(let number, let references):
            guard entering else { return }
            let inParagraph = cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_PARAGRAPH
            for occurrence in 1...max(references, 1) {
                if inParagraph || occurrence > 1 { out.append(" ") }
                let suffix = occurrence > 1 ? "-\(occurrence)" : ""
                out.append("<a href=\"#fnref\(footnoteID(number))\(suffix)\" class=\"footnote-backref\" aria-label=\"")
                out.appendAttribute(occurrence > 1 ? "\(options.labels.backToContent) (\(occurrence))" : options.labels.backToContent)
                out.append(occurrence > 1 ? "\">↩<sup>\(occurrence)</sup></a>" : "\">↩</a>")
            }
            if !inParagraph { out.append("\n") }
        case .task(let checked):
            if entering {
                out.append(checked ? "<label><input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<label><input type=\"checkbox\" disabled=\"\" /> ")
            } else {
                out.append("</label>")
            }
        }
    }

    /// What follows `fn` and `fnref` in a note's ids: its number, after the page's own prefix when
    /// there is one, so that two pages' notes shown on one page never share an id.
    func footnoteID(_ number: Int) -> String {
        footnotePrefix.isEmpty ? "\(number)" : "-\(footnotePrefix)-\(number)"
    }

    /// GFM's disallowed raw HTML: with raw HTML allowed, these tags still come out as text.
    static let disallowedTags: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    mutating func appendRawHTML(_ literal: UnsafePointer<CChar>?) {
        guard options.extensions.contains(.tagFilter), var p = literal else { out.append(cString: literal); return }
        while p.pointee != 0 {
            if p.pointee == CChar(UInt8(ascii: "<")) && Self.startsDisallowedTag(p + 1) {
                out.append("&lt;")
            } else {
                out.appendByte(UInt8(bitPattern: p.pointee))
            }
            p += 1
        }
    }

    private static func startsDisallowedTag(_ start: UnsafePointer<CChar>) -> Bool {
        var p = start
        if p.pointee == CChar(UInt8(ascii: "/")) { p += 1 }
        outer: for name in disallowedTags {
            var q = p
            for letter in name {
                guard q.pointee != 0, UInt8(bitPattern: q.pointee) | 0x20 == letter else { continue outer }
                q += 1
            }
            let next = UInt8(bitPattern: q.pointee)
            if next == 0 { return false }
            if next == UInt8(ascii: ">") || Autolink.isWhitespace(next) { return true }
            if next == UInt8(ascii: "/") && UInt8(bitPattern: (q + 1).pointee) == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
