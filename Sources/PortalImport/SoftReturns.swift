import Foundation

/// A Word paragraph pasted from a PDF: a manual line break (`w:br`, Word's soft return) at the end
/// of each printed line, every line but the last one width. A reader sees one paragraph, wrapped as
/// the page wraps it: its lines are joined again. Breaks typed on purpose (an address, a name over
/// its date, a few short lines) set lines of no one width apart; a row typed with gaps (two spaces,
/// a tab) is a table's, read as such (`ParagraphTables`): both stay.
enum SoftReturns {
    static func joined(_ paragraph: String) -> String {
        guard paragraph.contains("\n"), !paragraph.contains("\t"), !paragraph.contains("  ") else { return paragraph }
        let lines = paragraph.components(separatedBy: "\n")
        guard lines.count >= 2, let last = lines.last else { return paragraph }
        let widths = lines.dropLast().map(WrappedText.printedWidth)
        // (Within four columns: a line ending in figures or Western letters stops short of the margin.)
        guard let widest = widths.max(), widest >= 40, widths.allSatisfy({ $0 >= widest - 4 }),
              WrappedText.printedWidth(last) <= widest + 2 else { return paragraph }
        // Two lines show no one width: the first must fill a 公文 page's line (25 characters or more)
        // and break inside a sentence.
        if lines.count == 2, widest < 50 || lines[0].last.map(WrappedText.sentenceEnds.contains) ?? true { return paragraph }
        return lines.joined()
    }
}
