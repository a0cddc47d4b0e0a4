import Foundation
import PortalModel

/// The report printed again after its last part: a page that prints the article and then its printable copy, a Word
/// file or a text the report was pasted into twice, a page holding two years' reports one after the other. Part 六
/// runs to where the copy begins, not through it: the copy's title, preamble, parts and tables are not 六's words.
enum ReportPrintedTwice {
    struct Copy {
        /// Where the copy begins: its title, or the first line of its head the first copy printed too.
        let start: Int
        /// Its part 一's heading.
        let partOne: Int
    }

    /// A copy of the report in `lines[start..<end]` (the last part's lines): headed 一 and 二 in the form's words, in
    /// order — a sentence of 六 naming the parts (本报告由总体情况、主动公开…组成) prints no heading. `head`: the first
    /// copy's lines before its part 一 (its title and preamble), which the copy prints again above its own 一.
    static func find(in lines: [SourceLine], from start: Int, to end: Int, form: FormDefinition, head: ArraySlice<SourceLine>) -> Copy? {
        guard start < end, form.sections.count >= 2 else { return nil }
        let tail = Array(lines[start..<end])
        let headings = SectionLocator.headings(of: form, in: tail)
        guard let one = headings[0], headings[1] != nil else { return nil }
        let printedAbove = Set(head.map { yearless($0.text) }.filter { !$0.isEmpty })
        // Back from the copy's 一 over its head: lines the first copy printed above its 一 (another year's report
        // prints them with its own year), a title naming a year, blank lines; never a table's row or 六's own sentences.
        var first = one
        while first > 0, tail[first - 1].cells == nil {
            let text = compact(tail[first - 1].text)
            guard text.isEmpty || printedAbove.contains(yearless(text)) || ReportTitle.isTitle(text) && ReportTitle.hasYear(text) else { break }
            first -= 1
        }
        while first < one, compact(tail[first].text).isEmpty { first += 1 }
        return Copy(start: start + first, partOne: start + one)
    }

    /// The warning: what was left out, from where.
    static func diagnostic(_ copy: Copy, in lines: [SourceLine], path: String) -> Diagnostic {
        let from = lines[copy.start].position.line, partOne = lines[copy.partOne].position.line
        return .warning(.importReportTwice, at: SourceLocation(path: path, line: from),
            "the file prints the report again from line \(from) (its part 一 at line \(partOne)): the first copy is read; "
                + "part 六 ends before the copy, whose lines are left out (not compared with the first)",
            hint: "nothing to do if the copy is the same report (a page's printable copy); if it is another report or a corrected version, import a file holding that one alone")
    }

    private static func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    private static func yearless(_ text: String) -> String { compact(text).replacingMatches(ofPattern: #"(19|20)[0-9]{2}"#, with: "") }
}
