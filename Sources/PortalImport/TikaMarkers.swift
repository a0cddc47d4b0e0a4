import Foundation

/// What Apache Tika writes into its plain text of a Word file beside the
/// document's own words (Tika 3.3.1: `XWPFWordExtractorDecorator`, its text
/// through `RichTextContentHandler`): `[bookmark: _GoBack]`, `[image: alt]`
/// for a picture, `[footnoteRef:1]` / `[endnoteRef:1]` where a note is
/// referenced, the note's own text on the lines after the paragraph (a row's
/// cell too) each note ended by a blank line, its first line led by the space
/// Word writes after the note's number, and a comment appended to the
/// paragraph it is on as `\tComment by NAME: text`. A reader of the Word file
/// sees none of it but the picture; the Word import reads none of it either.
struct TikaMarkers {
    /// The lines, the markers taken out.
    var lines: [String]
    /// Lines that are a note's text: read as if they were not there (a note in
    /// a cell must not end its row, as its blank line would).
    var notes = Set<Int>()
    /// Lines where a picture stood.
    var pictures = Set<Int>()

    init(_ raw: [String]) {
        lines = Self.textBoxesFirst(raw)
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if line.contains("[bookmark:") {
                line = line.replacingMatches(ofPattern: #"\[bookmark: [^\]]*\]"#, with: "")
            }
            // `236\tComment by 示例: 请核实。`: the comment is the reviewer's, not the report's.
            if let comment = line.range(ofPattern: #"\tComment by [^:\t]*: .*$"#) {
                line.removeSubrange(comment)
            }
            if line.contains("[image:") {
                let without = line.replacingMatches(ofPattern: #"\[image: [^\]]*\]"#, with: "")
                if without != line { pictures.insert(index) }
                line = without
            }
            var references = 0
            if line.contains("noteRef:") {
                references = line.components(separatedBy: "noteRef:").count - 1
                line = line.replacingMatches(ofPattern: #"\[(foot|end)noteRef:\d+\]"#, with: "")
            }
            lines[index] = line
            index += 1
            // Each note referenced: its lines up to the blank line that ends it. A note Tika
            // did not find prints nothing: the next line is the document's (a cell, a paragraph).
            for _ in 0..<references {
                guard index < lines.count, lines[index].hasPrefix(" "), !isBlank(lines[index]) else { break }
                while index < lines.count, !isBlank(lines[index]) { notes.insert(index); index += 1 }
                if index < lines.count { notes.insert(index); index += 1 }
            }
        }
    }

    private func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }

    /// A text box anchored inside a paragraph: Tika prints the paragraph's text
    /// up to the box and ` (`, the box's paragraphs, then `)` and the rest
    /// (`（示例…办公室 (` / box / `)编）`). As Word shows it (and the Word import
    /// reads it): the box's paragraphs, then the paragraph whole. The line count
    /// stays (a blank line first), so that lines keep their numbers after it.
    static func textBoxesFirst(_ raw: [String]) -> [String] {
        var lines = raw
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasSuffix(" ("), !lines[index].hasPrefix("\t"),
                  let close = lines.indices.dropFirst(index + 1).prefix(30).first(where: { lines[$0].hasPrefix(")") }),
                  !lines[(index + 1)..<close].contains(where: { $0.hasSuffix(" (") }) else { continue }
            let anchor = String(lines[index].dropLast(2)) + String(lines[close].dropFirst())
            lines[index...close] = [""] + lines[(index + 1)..<close] + [anchor]
            index = close
        }
        return lines
    }
}
