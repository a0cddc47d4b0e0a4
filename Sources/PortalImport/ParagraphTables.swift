import Foundation

/// Word files whose tables are not Word tables. Agencies paste a table from
/// a PDF or a text editor into Word, or type it with tabs and spaces: the
/// file holds no `w:tbl`, the rows are paragraphs — space- or tab-aligned as
/// `pdftotext -layout` prints them, or a cell a paragraph. Such paragraphs
/// are read as the text file they hold, by the text path's row readers (tabs
/// are column gaps there, a blank between two tabs a blank cell): a file
/// without a Word table wholly, so that its narratives are a text's too
/// (lines wrapped at a page's width joined again); in a file whose other
/// tables are Word tables, the table sections that hold no table row.
/// Web pages alike: a table typed in a `<pre>`, as `<br>`-separated lines, a
/// row or a cell a `<p>`, `&nbsp;` runs for column gaps — by the spacing
/// the page holds (`SourceLine.layoutText`), not the one a browser shows.
enum ParagraphTables {
    /// A Word file's body or a web page's lines as the import reads them.
    struct Body {
        var lines: [SourceLine]
        /// Whether the file has no table and its paragraphs were read as a text.
        var readAsText: Bool
    }

    /// The body's lines as `WordDocumentReader` gives them (page breaks as form feeds).
    static func body(_ lines: [SourceLine]) -> Body {
        guard !lines.contains(where: { $0.cells != nil }) else {
            return Body(lines: lines.map(withoutPageBreaks), readAsText: false)
        }
        return Body(lines: asText(lines[...]), readAsText: true)
    }

    /// A table section's lines, read again as a text's when none is a Word table's row.
    static func rows(_ section: ArraySlice<SourceLine>) -> [SourceLine] {
        section.contains(where: { $0.cells != nil }) ? Array(section) : asText(section)
    }

    /// The paragraphs as the lines of a text file, numbered as the paragraphs are. A
    /// picture is marked as Tika marks one (`[image: …]`), so that a table pasted as an
    /// image is still told from a table left out.
    private static func asText(_ paragraphs: ArraySlice<SourceLine>) -> [SourceLine] {
        var texts: [String] = []
        var numbers: [Int] = []
        /// A paragraph holding only a page break (LibreOffice writes the form feeds of a text so):
        /// the break goes before the next paragraph, as the text printed it, not a blank line of its own.
        var pageBreaks = ""
        for paragraph in paragraphs {
            let text = pageBreaks + (paragraph.layoutText ?? paragraph.text) + (paragraph.holdsPicture ? "[image: ]" : "")
            if text.contains("\u{0C}"), text.allSatisfy({ $0 == "\u{0C}" || $0.isWhitespace }) {
                pageBreaks = text.filter { $0 == "\u{0C}" }
                continue
            }
            pageBreaks = ""
            let parts = text.components(separatedBy: "\n")
            let lastText = parts.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? parts.count
            for (index, part) in parts.enumerated() {
                texts.append(part)
                // A blank line above the paragraph's text (a `<pre>`'s) is numbered as the line before it:
                // the text reader marks the line numbered next as after a blank, the start of a paragraph.
                numbers.append(index < lastText && part.allSatisfy(\.isWhitespace) ? paragraph.position.line - 1 : paragraph.position.line)
            }
        }
        return TextExtractor.lines(of: texts.joined(separator: "\n"), fileLines: numbers)
    }

    /// Read as Word, a page break is a line break in its paragraph; one that opens or closes the
    /// paragraph (Word's Ctrl+Enter before a page's first paragraph, after a page's last) breaks
    /// no line of it: the paragraph, a sub-heading maybe, stays one line.
    private static func withoutPageBreaks(_ line: SourceLine) -> SourceLine {
        guard line.cells == nil, line.text.contains("\u{0C}") else { return line }
        var line = line
        let edges = CharacterSet(charactersIn: "\u{0C}")
        let inner = line.text.trimmingCharacters(in: edges)
        line.text = inner.replacingOccurrences(of: "\u{0C}", with: "\n")
        return line
    }
}
