import XCTest
@testable import PortalImport
import PortalLoader

/// A PDF's (or a scan's) row with fewer figures than columns: each figure goes under the column it stands in, the
/// others are blank — only where nothing else stands in the columns.
final class CellsPlacedByPositionTests: XCTestCase {
    /// Table 二 of the trial form, its 行政处罚 row as `line` prints it (figures at `figures`, every word at `words`).
    private func mapped(_ line: String, figures: [Double], words: [Double]) throws -> TableMapping {
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2019"])
        let rows: [(String, [Double]?, [Double]?)] = [
            ("第二十条第（一）项", nil, nil), ("信息内容 本年新制作数量 本年新公开数量 对外公开总数量", nil, nil),
            ("规章 0 0 0", [200, 300, 400], nil), ("规范性文件 1 1 5", [200, 300, 400], nil),
            ("第二十条第（五）项", nil, nil), ("信息内容 上一年项目数量 本年增/减 处理决定数量", nil, nil),
            ("行政许可 2 0 9", [200, 300, 400], nil), ("其他对外管理服务事项 0 0 0", [200, 300, 400], nil),
            ("第二十条第（六）项", nil, nil), ("信息内容 上一年项目数量 本年增/减 处理决定数量", nil, nil),
            (line, figures, words), ("行政强制 0 0 0", [200, 300, 400], nil),
            ("第二十条第（八）项", nil, nil), ("信息内容 上一年项目数量 本年增/减", nil, nil), ("行政事业性收费 1 0", [200, 300], nil),
            ("第二十条第（九）项", nil, nil), ("信息内容 采购项目数量 采购总金额", nil, nil), ("政府集中采购 0 0", [200, 300], nil),
        ]
        let lines = rows.enumerated().map { index, row in
            var line = SourceLine(text: row.0, position: SourcePosition(line: index + 1, page: 1))
            line.figureCentres = row.1
            line.wordCentres = row.2
            return line
        }
        return TableMapper(table: try XCTUnwrap(form.table("proactive")), lines: lines, path: "x").map()
    }

    func testAFigureAloneIsPlacedUnderItsColumn() throws {
        let mapping = try mapped("行政处罚 3", figures: [400], words: [100, 400])
        XCTAssertEqual(mapping.rows["penalties"]?.map(\.display), ["", "", "3"], "\(mapping.diagnostics)")
    }

    /// V3's 厦门 scan: a dash cut in two by a speck's gap read `一 X`, or a seal's stroke read as a letter, stands where a
    /// column does; the row's cells ended there, and the cells left of it were written blank by position (silent).
    func testAWordThatIsNoFigureStandingInAColumnRefusesTheRow() throws {
        let mapping = try mapped("行政处罚 — X 3", figures: [400], words: [100, 200, 300, 400])
        XCTAssertNil(mapping.rows["penalties"], "\(mapping.diagnostics)")
        XCTAssertTrue(mapping.diagnostics.contains { $0.rule == "import-cell" && $0.message.contains("行政处罚") }, "\(mapping.diagnostics)")
    }

    func testALabelsWordsLeftOfTheColumnsStillPlaceTheFigure() throws {
        let mapping = try mapped("行政 处罚 3", figures: [400], words: [80, 130, 400])
        XCTAssertEqual(mapping.rows["penalties"]?.map(\.display), ["", "", "3"], "\(mapping.diagnostics)")
    }
}
