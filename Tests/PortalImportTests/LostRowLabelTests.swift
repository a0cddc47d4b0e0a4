import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A row of figures whose label is lost (a blank label cell, a merged cell dropped in the copy) is refused — never placed by
/// its neighbours — and the refusal names the row whose place the figures hold (汉台 徐望镇 2025's page, `lost-labels/`).
final class LostRowLabelTests: XCTestCase {
    /// 徐望镇's 规章 printed as a blank between the heading `现行有效件数` and 行政规范性文件. Before: 行政规范性文件 took the
    /// lost row's figures (its label found from the heading's 行, six characters of gap allowed) and its own line was
    /// “figures that belong to no row”, with a hint about PDFs.
    func testFiguresWhereALostLabelsRowStandsNameThatRow() throws {
        let url = ImportFixtures.own("lost-labels/xuwang-2025.txt")
        let site = try ImportSite()
        let outcome = site.importFile(url, agency: nil)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(rules(outcome.problems), ["import-incomplete-table", "import-row-unplaced"], "\(outcome.problems)")
        let unplaced = try XCTUnwrap(outcome.problems.last)
        XCTAssertEqual(unplaced.location.line, 23)
        XCTAssertTrue(unplaced.message.contains("stand where row 第（一）项 规章 belongs (before row 第（一）项 行政规范性文件)"), unplaced.message)
        XCTAssertFalse(outcome.problems.contains { $0.message.contains("“行政规范性文件") }, "\(outcome.problems)")

        // With the label restored the page reads whole: 行政规范性文件 its own zeros, 行政许可 124.
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(lines[24].trimmingCharacters(in: .whitespaces), "")
        lines[24] = "规章"
        let restored = FileManager.default.temporaryDirectory.appendingPathComponent("xuwang-restored-\(UUID().uuidString).txt")
        try lines.joined(separator: "\n").write(to: restored, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: restored) }
        let written = try ImportSite()
        XCTAssertEqual(written.importFile(restored, agency: nil).status, .written)
        let report = try XCTUnwrap(written.report("hantaiqu-xuwangzhen-renminzhengfu", 2025))
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["0", "0", "0"])
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], ["124"])
    }

    /// The same in a browser's copy (tabs): 规章's label cell blank, then 行政规范性文件's; each refusal names the row whose
    /// place the figures hold and its neighbours.
    func testABlankLabelCellInACopiedTableNamesItsRow() throws {
        let copy = try String(contentsOf: variant("browser-copy.txt"), encoding: .utf8).components(separatedBy: "\n")
        for (line, label, place) in [(12, "规章", "before row 第（一）项 行政规范性文件"),
                                     (13, "行政规范性文件", "after row 第（一）项 规章, before row 第（五）项 行政许可")] {
            var lines = copy
            XCTAssertTrue(lines[line - 1].hasPrefix(label + "\t"))
            lines[line - 1].removeFirst(label.count)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("lost-\(line)-\(UUID().uuidString).txt")
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: url) }
            let site = try ImportSite()
            let outcome = site.importFile(url, agency: "shifan")
            XCTAssertEqual(rules(outcome.problems), ["import-incomplete-table", "import-row-unplaced"], "\(outcome.problems)")
            let unplaced = try XCTUnwrap(outcome.problems.last)
            XCTAssertEqual(unplaced.location.line, line)
            XCTAssertTrue(unplaced.message.contains("stand where row 第（一）项 \(label) belongs (\(place))"), unplaced.message)
        }
    }

    /// A label's first character a few characters before the rest (the heading's 行 before 行政规范性文件) does not start it.
    func testALabelStartsAtItsLastPossibleFirstCharacter() {
        var stream = LabelStream()
        stream.append(LabelText("现行有效件数"), line: 0)
        stream.append(LabelText("行政规范性文件"), line: 1)
        let match = stream.find(LabelText("行政规范性文件"), from: 0)
        XCTAssertEqual(match.map { stream.lineOfCharacter[$0.start] }, 1)
        XCTAssertEqual(match.map { stream.lineOfCharacter[$0.end] }, 1)
        // A label wrapped over two lines still starts on its first.
        var wrapped = LabelStream()
        wrapped.append(LabelText("（二）部分公开（区分处理"), line: 0)
        wrapped.append(LabelText("的，只计这一情形）"), line: 1)
        XCTAssertEqual(wrapped.find(LabelText("部分公开"), from: 0).map { wrapped.lineOfCharacter[$0.start] }, 0)
    }
}
