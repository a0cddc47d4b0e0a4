/// Text with a blank line after every line: Apache Tika's text of a PDF whose
/// lines stand apart (PDFBox makes each printed line of a browser's print, or of
/// a Word file exported with wide line spacing, a paragraph of its own). Its blank
/// lines say nothing of where a paragraph ends — a paragraph's wrapped lines and
/// its last one are followed alike — so in wrapped text they are not read as ends:
/// a line's words and the lines' widths tell, as in text with no blank lines at all.
/// (Text of a Word file with an empty paragraph after each paragraph is double
/// spaced too, but a paragraph a line: not wrapped, its blank lines are kept.)
enum DoubleSpacedText {
    /// Whether the lines of text (not a table's tab-led cells) nearly all follow
    /// each other across exactly one blank line: twenty such steps at least, and
    /// no more than one in ten from a line straight to the next (a two-line title,
    /// a heading the extractor kept with its paragraph). A short line going straight on is a table's cell
    /// (`总计` / `商业企业 科研机构`: a browser's print of a page's table sets a few so), not counted.
    static func separatesEveryLine(_ lines: [String]) -> Bool {
        func isText(_ index: Int) -> Bool {
            lines.indices.contains(index) && !lines[index].hasPrefix("\t") && !isBlank(lines[index])
        }
        var acrossOneBlank = 0
        var straight = 0
        for index in lines.indices where isText(index) {
            if isText(index + 1) {
                straight += lines[index].trimmingCharacters(in: .whitespaces).count >= 15 ? 1 : 0
            } else if lines.indices.contains(index + 1), isBlank(lines[index + 1]), isText(index + 2) {
                acrossOneBlank += 1
            }
        }
        return acrossOneBlank >= 20 && straight * 10 <= acrossOneBlank
    }

    private static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0.isWhitespace || $0 == "\u{0C}" } }
}
