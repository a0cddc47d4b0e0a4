/// The index's text: a report's Markdown reduced to the lines a search reads,
/// and those lines gathered into the parts `search/text/` files hold.
extension SearchIndex {
    /// Markdown reduced to its lines of words: marks go, and spaces (also
    /// 全角 ones) at either end; empty lines go. Byte by byte (all marks are
    /// ASCII): every report's text passes through here. A character after a
    /// backslash is the text's (the import escapes what cmark would read as
    /// syntax: 带\*号, `1\. 加强培训`), so the passage a search prints reads as the
    /// page does; `#` and `>` are marks only where they open a line (a heading,
    /// a quote): 印发<…格式>的通知 keeps its bracket, #1楼 its sign.
    static func plainLines(_ markdown: String) -> [String] {
        var lines: [String] = []
        var line: [UInt8] = []
        func flush() {
            defer { line.removeAll(keepingCapacity: true) }
            var start = line.startIndex
            var end = line.endIndex
            while start < end {
                if line[start] <= 0x20 { start += 1 } else if end - start >= 3, line[start...].starts(with: [0xE3, 0x80, 0x80]) { start += 3 } else { break }
            }
            while start < end {
                if line[end - 1] <= 0x20 { end -= 1 } else if end - start >= 3, line[(end - 3)..<end].elementsEqual([0xE3, 0x80, 0x80]) { end -= 3 } else { break }
            }
            if start < end { lines.append(String(decoding: line[start..<end], as: UTF8.self)) }
        }
        var opensLine = true
        var escaped = false
        for byte in markdown.utf8 {
            if escaped {
                escaped = false
                if isASCIIPunctuation(byte) {
                    line.append(byte)
                    opensLine = false
                    continue
                }
                // Before a line's end, a hard line break (a table's rows in a narrative), no character.
                if byte != 0x0A && byte != 0x0D { line.append(UInt8(ascii: "\\")) }
            }
            switch byte {
            case 0x0A, 0x0D:
                flush()
                opensLine = true
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "#"), UInt8(ascii: ">"):
                if !opensLine { line.append(byte) }
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"): opensLine = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"): line.append(byte)
            default:
                line.append(byte)
                opensLine = false
            }
        }
        if escaped { line.append(UInt8(ascii: "\\")) }
        flush()
        return lines
    }

    /// The characters CommonMark lets a backslash escape.
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// Paragraphs gathered into parts of about `partBytes`, one paragraph a
    /// line; a longer paragraph is cut, the next part repeating the last
    /// `partOverlap` characters.
    static func parts(_ paragraphs: [String]) -> [String] {
        var parts: [String] = []
        var current = ""
        func add(_ piece: String) {
            if !current.isEmpty, current.utf8.count + piece.utf8.count + 1 > partBytes {
                parts.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : "\n") + piece
        }
        for paragraph in paragraphs {
            var rest = Substring(paragraph)
            while rest.utf8.count > partBytes {
                var end = rest.startIndex
                var bytes = 0
                while end < rest.endIndex, bytes + rest[end].utf8.count <= partBytes {
                    bytes += rest[end].utf8.count
                    end = rest.index(after: end)
                }
                add(String(rest[..<end]))
                rest = rest[(rest.index(end, offsetBy: -partOverlap, limitedBy: rest.startIndex) ?? rest.startIndex)...]
            }
            add(String(rest))
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
