import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round fifty-nine (VARIANTS.md): real reports found by search — 统计局s, a 海关 system's report on a 繁體 mirror, a 气象局,
/// 乡镇 and 街道 of 2025, 上海's bodies, the trial form — kept as the store gave them (`real-pages/fiftynine/`, long paragraphs
/// shortened) and completed with the invented report's rows.
final class RealPagesFiftyNineTests: XCTestCase {
    /// 区统计局 2023 (石家庄 长安区's site, sjzca.gov.cn): **table 二 a cell a line with a `|` alone under each, and each row's
    /// padding on a line of its own** (`规章` / `|` / `0` / `|` / `0` / `|` / `0` / `|` / `||`). Before: refused, every row
    /// “holds 2 cells”, its figures “belong to no row” (the padding lines kept the bars from being read as the cells'). The
    /// page names its body only as 区统计局: refused for its agency, rightly; imported for an agency given, every real cell read.
    func testARowsPaddingOnALineOfItsOwn() throws {
        var opening = try String(contentsOf: ImportFixtures.own("real-pages/fiftynine/sjzca-tjj-2023.txt"), encoding: .utf8)
            .trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        // The store cut the last block inside its column's heading: the block finished in the page's shape.
        opening.removeLast()
        opening += ["本年收费金额(单位:万元)", "|", "||||", "行政事业性收费", "|", "0", "|", "||||"]
        let file = try realPageWritten(opening.joined(separator: "\n"), from: "三、")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")

        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "example-data")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let proactive = cellTexts(try XCTUnwrap(site.report("example-data", 2023)), table: "proactive")
        XCTAssertEqual(proactive, ["regulations": ["0", "0", "0"], "normativeDocuments": ["0", "0", "0"], "licensing": ["0"],
                                   "penalties": ["0"], "enforcement": ["0"], "fees": ["0"]])
        let lines = ["规章", "|", "0", "|", "0", "|", "0", "|", "||", "行政规范性文件", "|", "2", "|", "0", "|", "5", "|", "||||"]
        let joined = CellsPerLine.barsUnderCells(lines, numbers: Array(1...lines.count))
        XCTAssertEqual(joined.lines, ["规章 |", "0 |", "0 |", "0 |", "||", "行政规范性文件 |", "2 |", "0 |", "5 |", "||||"])
        XCTAssertEqual(joined.numbers, [1, 3, 5, 7, 9, 10, 12, 14, 16, 18])
    }

    /// 海关系统 2020 (海關總署's report on the customs system, a 繁體 mirror with its converter's pinyin and its own company's
    /// address over the preamble): **`一(yī)、總體(tǐ)情況 2020年,全國海關…`, part 一's heading glossed in pinyin and run on into its
    /// paragraph**. Before: refused, 一 “not found: its items stand under no heading of their own”. After: the heading read; refused
    /// for its agency (the report names the customs system, not a body), naming the line whose breaks were lost.
    func testAHeadingGlossedInPinyinRunOn() throws {
        let refused = try ImportSite().importFile(realPageCompleted("fiftynine", "customs-xt-2020", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        XCTAssertEqual(refused.problems.first?.location.line, 6)
        XCTAssertTrue(refused.problems.first?.message.contains("line breaks were lost") == true, "\(refused.problems)")
        XCTAssertEqual(TextExtractor.runOnHeadings("一(yī)、總體(tǐ)情況 2020年,全國海關深入學習貫徹習近平新時代中國特色社會主義思想,堅持以人民爲中心的發展思想。"),
                       ["一(yī)、總體(tǐ)情況", "2020年,全國海關深入學習貫徹習近平新時代中國特色社會主義思想,堅持以人民爲中心的發展思想。"])
    }

    /// 文昌閣鄉 2025 (a 繁體 mirror): `現特向社會公布文昌閣鄉2025年度政府信息公開年度報告`, the agency written as printed. Before:
    /// written, but the checks warned that the preamble **publishes the report as 文昌阁乡's, “but this is 文昌閣鄉's report”** (the
    /// sentence read in simplified characters, the agency's name not).
    func testATraditionalNameIsItsOwnInThePreamble() throws {
        let (outcome, _) = try assertRealPageWritten(realPageCompleted("fiftynine", "wenchangge-2025"), agency: "文昌閣鄉", year: 2025)
        XCTAssertFalse(outcome.checks.contains { $0.rule == "report-publisher" }, "\(outcome.checks)")
    }

    /// 集宁区农牧水利局 2024 (内蒙古): no title; `特向社会公布2024年度本局信息公开年度报告`, the bureau named only as its **综合办公室**
    /// to contact. Refused rightly, before and after; before, the hint offered to write the agency “集宁区农牧水利局综合办公室”.
    /// Session 46: its text speaks as that body (`本局`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testADepartmentsGeneralOfficeSpeaksForIt() throws {
        try assertTakenForItsContact("fiftynine", "jining-nmslj-2024", agency: "集宁区农牧水利局",
                                       kind: "department")
    }

    /// 金坑乡 2025 (福建 邵武): no title; `请与金坑乡人民政府党建办联系`, the 乡 named only as its **党建办** to contact. Refused rightly,
    /// before and after; before, the refusal said the report “prints no agency name” and offered nothing.
    /// Session 46: its text speaks as that body (`我乡`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testATownshipsPartyBuildingOfficeSpeaksForIt() throws {
        try assertTakenForItsContact("fiftynine", "jinkeng-2025", agency: "金坑乡人民政府", kind: "town")
    }
}
