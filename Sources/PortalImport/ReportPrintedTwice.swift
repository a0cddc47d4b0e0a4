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

    /// What was left out, from where: a warning where the copy is the same report or another year's (or cannot be read
    /// as one); an error where it is a report of the same year whose tables print other figures (a corrected version
    /// after the original?): which one the agency published is not the importer's to choose.
    static func diagnostic(_ copy: Copy, in lines: [SourceLine], copied: ImportedReport?, first: ImportedReport, path: String) -> Diagnostic {
        let from = lines[copy.start].position.line, partOne = lines[copy.partOne].position.line
        let again = "the file prints the report again from line \(from) (its part 一 at line \(partOne))"
        if let copied, copied.year == first.year, copied.form.id == first.form.id, let row = firstDifference(first.cells, copied.cells, form: first.form) {
            return .error(.importReportTwice, at: SourceLocation(path: path, line: from),
                "\(again), and its tables print other figures than the first copy's (\(row)): which of the two is the report cannot be told",
                hint: "import a file holding only the copy the agency published (cut the other out of a copy of the file)")
        }
        let what = copied.map { copied in copied.year != first.year ? "another year's report (\(copied.year.map(String.init) ?? "no year")), " : "" } ?? ""
        return .warning(.importReportTwice, at: SourceLocation(path: path, line: from),
            "\(again): \(what)the first is read; part 六 ends before the copy, whose lines are left out",
            hint: "nothing to do if the copy is the same report (a page's printable copy) or another year's; import that one from a file of its own")
    }

    /// The first row, in the form's order, whose cells differ between the copies: `table 三, row …`.
    private static func firstDifference(_ first: [String: [String: [CellValue]]], _ copy: [String: [String: [CellValue]]], form: FormDefinition) -> String? {
        for table in form.tables {
            for (_, row) in table.leafRows where first[table.id]?[row.id] != copy[table.id]?[row.id] {
                return "table \(table.number), row “\(row.label)”"
            }
        }
        return nil
    }

    private static func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    private static func yearless(_ text: String) -> String { compact(text).replacingMatches(ofPattern: #"(19|20)[0-9]{2}"#, with: "") }
}
