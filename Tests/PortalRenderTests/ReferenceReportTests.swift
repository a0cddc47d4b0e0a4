import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// The 下沙街道 2021 report page and its JSON carry every number of the
/// published report, each in its official cell.
@Suite("Reference report (下沙街道 2021)")
struct ReferenceReportTests {
    /// The numbers of tables 二, 三 and 四 in the order the Word file prints
    /// them: one number per line between the headings of 二 and 五.
    static func publishedNumbers() throws -> [String] {
        let text = Repository.referenceText
        let start = try #require(text.range(of: "二、主动公开政府信息情况"))
        let end = try #require(text.range(of: "五、存在的主要问题及改进情况"))
        return text[start.upperBound..<end.lowerBound].components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Every cell of the 2021 form in printed order: table.row.column.
    static func officialCells() throws -> [String] {
        let form = try #require(FormLoader.builtInForms().forms["gov-info-2021"])
        return form.tables.flatMap { table in
            table.blocks.flatMap { block in
                block.leafRows.flatMap { row in block.columns.map { "\(table.id).\(row.id).\($0.id)" } }
            }
        }
    }

    @Test func theReferenceHasTwoHundredNumbers() throws {
        #expect(try Self.publishedNumbers().count == 200)
        #expect(try Self.officialCells().count == 200)
    }

    @Test func thePageShowsEveryNumberInItsOfficialCell() throws {
        let html = try ExamplePortal.render().text("agencies/xiasha/2021/index.html")
        // The official tables' data cells, in document order: the form's printed order.
        let tables = try NSRegularExpression(pattern: #"<table class="official-table.*?</table>"#, options: .dotMatchesLineSeparators)
        // A data cell has no end tag: its text runs to the next tag; a row's
        // last cell ends with the line break before the next row, white space
        // no browser shows.
        let cell = try NSRegularExpression(pattern: #"<td[^>]*>([^<\n]*)\n?(?=<)"#)
        let values = tables.matches(in: html, range: NSRange(html.startIndex..., in: html)).flatMap { table -> [String] in
            let text = String(html[Range(table.range, in: html)!])
            return cell.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
        }
        let cells = Array(zip(try Self.officialCells(), values))
        let expected = Array(zip(try Self.officialCells(), try Self.publishedNumbers()))
        #expect(values.count == expected.count)
        for (found, wanted) in zip(cells, expected) {
            #expect(found.0 == wanted.0 && found.1 == wanted.1, "page has \(found), reference has \(wanted)")
        }
    }

    @Test func theJSONHasTheSameNumbers() throws {
        let data = try #require(ExamplePortal.render().files["agencies/xiasha/2021/report.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cells = ReportDocumentCells.cells(json).map { ("\($0.table).\($0.row).\($0.column)", $0.value.map { "\($0)" } ?? "") }
        let expected = Array(zip(try Self.officialCells(), try Self.publishedNumbers()))
        #expect(cells.count == expected.count)
        for (found, wanted) in zip(cells, expected) {
            #expect(found == wanted, "JSON has \(found), reference has \(wanted)")
        }
        #expect((json["agency"] as? [String: Any])?["name"] as? String == "杭州市钱塘区人民政府下沙街道办事处")
    }
}
