internal import CCmark
import KoloText

/// Links and images: destinations rewritten and recorded with their positions, alt text, titles.
extension HTMLWriter {
    mutating func visitLink(_ node: OpaquePointer, entering: Bool) {
        guard entering else { out.append("</a>"); return }
        let destination = record(node, isImage: false)
        out.append("<a href=\"")
        out.appendDestination(destination)
        out.append("\"")
        appendTitle(of: node)
        out.append(">")
    }

    mutating func visitImage(_ node: OpaquePointer, entering: Bool) {
        guard entering else { return }
        let tagStart = out.count
        let destination = record(node, isImage: true)
        out.append("<img src=\"")
        out.appendDestination(destination)
        out.append("\" alt=\"")
        openImage = (tagStart, out.count, links.last?.destination ?? destination)
        plainTextDepth = 1
    }

    /// Inside an image only text reaches the output, as the alt attribute.
    mutating func visitInsideImage(_ node: OpaquePointer, type: cmark_node_type, entering: Bool) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            out.appendText(cmark_node_get_literal(node), quotes: options.smart ? options.quotes : nil)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            out.append(" ")
        case CMARK_NODE_IMAGE where entering:
            plainTextDepth += 1
        case CMARK_NODE_IMAGE:
            plainTextDepth -= 1
            if plainTextDepth == 0, let image = openImage, let writePicture {
                openImage = nil
                let title = cmark_node_get_title(node).flatMap { $0.pointee == 0 ? nil : String(cString: $0) }
                if let html = writePicture(image.destination, out.substring(from: image.altStart), title, pictureCount) {
                    pictureCount += 1
                    out.truncate(to: image.tagStart)
                    out.append(html)
                    return
                }
            }
            if plainTextDepth == 0 {
                out.append("\"")
                appendTitle(of: node)
                out.append(" loading=\"lazy\" />")
            }
        default:
            break
        }
    }

    /// ` title="…"` for a link or image that has one.
    mutating func appendTitle(of node: OpaquePointer) {
        guard let title = cmark_node_get_title(node), title.pointee != 0 else { return }
        out.append(" title=\"")
        out.appendAttribute(String(cString: title))
        out.append("\"")
    }

    /// Notes a link or image and returns the destination to write: rewritten, or emptied when unsafe.
    mutating func record(_ node: OpaquePointer, isImage: Bool) -> String {
        let written = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        var destination = resolveLink?(written, isImage) ?? written
        if !options.unsafe && URLSafety.isDangerous(destination, isImage: isImage) {
            destination = ""
        }
        let shown = tree.autolinks.contains(node) ? cmark_node_first_child(node).map { String(decoding: Nodes.literal($0), as: UTF8.self) } : nil
        let (line, column) = position(of: node, searching: shown ?? written)
        links.append(.init(destination: written, renderedDestination: destination, isImage: isImage, line: line, column: column))
        return destination
    }

    /// cmark gives inline nodes no position: take the enclosing block's line and look for the
    /// destination in the source from there on, to point an editor at the right column.
    mutating func position(of node: OpaquePointer, searching needle: String) -> (Int, Int) {
        position(onLine: tree.line(of: node), searching: needle)
    }

    /// Looks for `needle` in the source from `line` on (the column of text within a block).
    mutating func position(onLine line: Int, searching needle: String) -> (Int, Int) {
        guard !needle.isEmpty else { return (line, 1) }
        if lineStarts.isEmpty {
            sourceBytes = Array(source.utf8)
            lineStarts = [0]
            for (offset, byte) in sourceBytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        }
        let bytes = sourceBytes
        let needleBytes = Array(needle.utf8)
        guard line <= lineStarts.count else { return (line, 1) }
        for candidate in line...min(line + 50, lineStarts.count) {
            let start = lineStarts[candidate - 1]
            let end = candidate < lineStarts.count ? lineStarts[candidate] : bytes.count
            if let offset = Self.find(needleBytes, in: bytes[start..<end]) {
                // Columns count characters: count the bytes that start a UTF-8 sequence.
                return (candidate, bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1)
            }
        }
        return (line, 1)
    }

    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

}
