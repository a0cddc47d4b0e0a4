import Foundation

/// What Apache Tika writes into its plain text of a Word file beside the
/// document's own words (Tika 3.3.1: `XWPFWordExtractorDecorator`, its text
/// through `RichTextContentHandler`): `[bookmark: _GoBack]`, `[image: alt]`
/// for a picture, `[footnoteRef:1]` / `[endnoteRef:1]` where a note is
/// referenced, the note's own text on the lines after the paragraph (a row's
/// cell too) each note ended by a blank line, its first line led by the space
/// Word writes after the note's number, and a comment appended to the
/// paragraph it is on as `\tComment by NAME: text`; a list item's number
/// followed by a space. A reader of the Word file
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
        lines = raw
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if line.contains("[bookmark:") {
                line = line.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
            }
            // `236\tComment by 示例: 请核实。`: the comment is the reviewer's, not the report's.
            if let comment = line.range(of: #"\tComment by [^:\t]*: .*$"#, options: .regularExpression) {
                line.removeSubrange(comment)
            }
            if line.contains("[image:") {
                let without = line.replacingOccurrences(of: #"\[image: [^\]]*\]"#, with: "", options: .regularExpression)
                if without != line { pictures.insert(index) }
                line = without
            }
            var references = 0
            if line.contains("noteRef:") {
                references = line.components(separatedBy: "noteRef:").count - 1
                line = line.replacingOccurrences(of: #"\[(foot|end)noteRef:\d+\]"#, with: "", options: .regularExpression)
            }
            // Word's list number as Tika writes it, a space for the tab after it (`1. 公开…`): as Word draws it.
            if line.range(of: #"^(\d{1,2}[.、．]|[（(]\d{1,2}[）)]) \p{Han}"#, options: .regularExpression) != nil,
               let space = line.firstIndex(of: " ") {
                line.remove(at: space)
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
}
