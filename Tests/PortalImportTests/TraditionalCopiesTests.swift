import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Session 38: real openings as a 繁體 mirror prints them (OpenCC's s2t over `make-real-formats.py`'s text, `CELLS=random
/// SEED=58 ZEROS=1`; `traditional-copies/`, with each report's cells as printed). The 120 openings in simplified imported
/// right 113 times, in traditional 86: the publisher's sentences, the contact's office, a run-on heading, a heading's
/// typesetting note, the statistics period, a catalogue's values, a short name and the cell mark 無 were read in
/// simplified characters only. Each test below was refused (or, for 梅河口 and 渝北, written under a wrong name or folder)
/// before `LabelText.simplified` held OpenCC's whole table and those readers read through it; now every opening imports
/// as its simplified text does, its name and text as printed.
final class TraditionalCopiesTests: XCTestCase {
    private func assertImportsAsPrinted(_ name: String, agency: String, folder: String, year: Int, published: String?,
                                        line: UInt = #line) throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("traditional-copies/\(name).txt"))
        XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, name, line: line)
        XCTAssertEqual(outcome.agencySlug, folder, name, line: line)
        XCTAssertEqual(outcome.published, published, name, line: line)
        let report = try XCTUnwrap(site.report(folder, year), name, line: line)
        let data = try Data(contentsOf: ImportFixtures.own("traditional-copies/\(name).cells.json"))
        let printed = try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
        for (row, cells) in printed {
            XCTAssertEqual(imported[row], cells, "\(name): row \(row)", line: line)
        }
    }

    /// 結合2023年杭州市濱江區長河街道各科室的信息公開工作實際情況編制本報告 (`PublishingSentence`: 實際 was read as printed).
    func testThePublishingSentenceReadsInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("eighteen-changhe-2023-gongwen", agency: "杭州市濱江區長河街道",
                                   folder: "hangzhoushi-binjiangqu-changhejiedao", year: 2023, published: nil)
    }

    /// 本年報是根據…由南京市浦口區教育局辦公室編制的2024年度… (`SignedAgency.compiler`), the bureau's 辦公室 its bureau's
    /// (`SignedAgency.government`).
    func testTheCompilersSentenceAndItsOfficeReadInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("thirtysix-pukou-jyj-2024-flat", agency: "南京市浦口區教育局",
                                   folder: "nanjingshi-pukouqu-jiaoyuju", year: 2024, published: nil)
    }

    /// 請與冠縣人力資源和社會保障局聯繫 (`officeToContact`).
    func testTheContactsOfficeReadsInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("twentyfive-guanxian-rsj-2023-flat", agency: "冠縣人力資源和社會保障局",
                                   folder: "guanxian-renliziyuanheshehuibaozhangju", year: 2023, published: nil)
    }

    /// `…12月31日止。 一、總體情況 (一)主動公開…`: the heading run on inside the preamble's line (`TextExtractor.runOnHeadings`).
    func testARunOnHeadingIsBrokenOutInTraditionalCharacters() throws {
        try assertImportsAsPrinted("sixteen-hongya-jtj-2023-flat", agency: "洪雅縣教育和體育局",
                                   folder: "hongyaxian-jiaoyuhetiyuju", year: 2023, published: "2024-01-20")
    }

    /// `一、總體情況(宋體加粗小四號字)` (`SectionLocator.key`), and a title of no place (應急管理局) completed from the contact
    /// `請聯繫梅河口市應急管理局政務公開辦公室` — before, written under 應急管理局 alone, the office's 辦公室 not taken off.
    func testATypesettingNoteAndTheContactsPlaceReadInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("thirtyfour-meihekou-yjj-2025-gongwen", agency: "梅河口市應急管理局",
                                   folder: "meihekoushi-yingjiguanliju", year: 2025, published: nil)  // (its 2026-01-20 after the tests' import day)
    }

    /// 統計期限自2024年5月28日起至2024年12月31日止 under a title without a year (`ReportYear.statisticsPeriod`).
    func testTheStatisticsPeriodReadsInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("thirtysix-donghe-2024-narrow", agency: "呼和浩特市新城區東河街道",
                                   folder: "huhehaoteshi-xinchengqu-donghejiedao", year: 2024, published: nil)
    }

    /// Cells printed `無` for nothing: a mark, kept as printed (`CellText.blankMarks`, and report.yaml's `CellParser`).
    func testTheMarkWuInTraditionalIsABlankCell() throws {
        try assertImportsAsPrinted("nineteen-jicun-2023-flat", agency: "吉村鎮人民政府辦公室",
                                   folder: "jicunzhen-renminzhengfu-bangongshi", year: 2023, published: nil)
        XCTAssertEqual(CellText.value("無"), .blank("無"))
    }

    /// A catalogue's values under the title (無 / 主動公開 / 無 / 無 / 2025.01.08): the date under them is the day published.
    func testACataloguesValuesReadInSimplifiedCharacters() throws {
        try assertImportsAsPrinted("thirtyone-yingpu-2024-plain", agency: "上海市青浦區盈浦街道",
                                   folder: "shanghaishi-qingpuqu-yingpujiedao", year: 2024, published: "2025-01-08")
    }

    /// A title printing the short name its preamble defines (`(以下簡稱自治區北部灣辦)`, `ShortName.inFull`): the name in full.
    func testAShortNameIsReadInFullInTraditionalCharacters() throws {
        try assertImportsAsPrinted("twentyone-gx-bbwb-2022-narrow", agency: "廣西壯族自治區北部灣經濟區規劃建設管理辦公室",
                                   folder: "guangxizhuangzuzizhiqu-beibuwanjingjiqu-guihuajiansheguanlibangongshi", year: 2022, published: nil)
    }

    /// 重慶市… spelled as 重庆市 is (`AgencySlug`): Han-Latin reads 重慶 zhongqing. Before: `zhongqingshi-…`.
    func testATraditionalNamesFolderIsItsSimplifiedNamesFolder() throws {
        try assertImportsAsPrinted("eighteen-yubei-zwb-2022-flat", agency: "重慶市渝北區政務服務管理辦公室",
                                   folder: "chongqingshi-yubeiqu-zhengwufuwuguanlibangongshi", year: 2022, published: "2023-01-20")
        XCTAssertEqual(AgencySlug.derived(from: "廈門市司法局", taken: []), AgencySlug.derived(from: "厦门市司法局", taken: []))
        // Characters simplified text uses too stay as printed: 乾安县 is not 干安县.
        XCTAssertEqual(LabelText.simplifying("乾安縣"), "乾安县")
    }
}
