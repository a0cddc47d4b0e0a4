import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-one (VARIANTS.md): real reports found by search — aimed at 2021 to 2023, provinces seldom seen (西藏, 新疆,
/// 甘肃, 云南, 吉林), 乡 and 镇, 公安 (分局), 管委会 and 园区 — kept as the store gave them (`real-pages/eightyone/`) and
/// completed with the invented report's rows; with round seventy-eight's three leftovers (兴安盟's bullets, 城口's
/// 人民政府机关, 新乡's `减` named at its row's label's line).
final class RealPagesEightyOneTests: XCTestCase {
    /// 兴安盟农牧局 2020 (round seventy-eight's, 内蒙古, the trial form): part 一's heading and paragraph printed as a list's
    /// items, `• 总体情况`, `• 2020年,兴安盟农牧局…`. Before: the overview opened with the page's bullet, `• 2020年,…`.
    /// After: a bullet before a paragraph of sentences left out, the words kept (`●`, `◆`, `▪` likewise); a short item's kept.
    func testAListsBulletIsNoWordOfTheNarrative() throws {
        let (_, report) = try trialFormReportWritten("seventyeight", "xinganmeng-nmj-2020", year: 2020)
        let overview = report.narratives["overview"]?.value ?? ""
        XCTAssertTrue(overview.hasPrefix("2020年,兴安盟农牧局深入学习领会"), overview)
        XCTAssertFalse(overview.contains("•"), overview)

        // A list of short items keeps its bullets, as the browser drew them (`testAPagesListsRenderAsTheBrowserDrewThem`).
        let lines = ["● 一是重点领域信息公开。", "◆二是解读回应情况。", "▪ 三是平台建设。", "• 政策解读8篇", "1. 决策公开。"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertEqual(NarrativeText.paragraphs(lines[...]), ["一是重点领域信息公开。", "二是解读回应情况。", "三是平台建设。", "• 政策解读8篇", "1\\. 决策公开。"])
    }

    /// 城口县人民政府机关 2020 (round seventy-eight's, 重庆): `对以城口县人民政府及其办公室名义(以下统称县政府机关)开展…的情况进行
    /// 报告` — the county government and its office reporting together. Before: written as kind `other` (其他机构). After:
    /// the government's report, listed among the governments and due as theirs; a town's 人民政府机关 is a town's.
    func testTheGovernmentsOfficesTogetherAreTheGovernment() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("seventyeight", "chengkou-2020", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let agency = try site.site.read("content/agencies/\(try XCTUnwrap(outcome.agencySlug))/agency.yaml")
        XCTAssertTrue(agency.contains("kind: government"), agency)
        XCTAssertEqual(Agency.Kind.from(name: "某县某镇人民政府机关"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "某县人民政府机关事务管理局"), .department)
    }

    /// 通航产业园管理办 2023 (湖北, 武汉经开区): under 二, `2023以来园区制发规章及行政规范性文件0,行政许可0、行政处罚0、行政强制0、
    /// 行政事业性收费0万元` over its table a cell a paragraph. Before: the sentence read as the table's rows, so every row was
    /// “printed twice, at line 21 and line …” (refused wrongly). After: a line opening with its year's words (2023以来) is a
    /// sentence, as `2022年，…` already was: left out with a warning, the table's rows read.
    func testASentenceOpeningWithItsYearIsNoRow() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eightyone", "whkfq-thcyy-2023", from: "第二十条第（五）项"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "通航产业园管理办")
        XCTAssertEqual(outcome.problems.filter { $0.rule == "import-text-dropped" }.map(\.location.line), [21], "\(outcome.problems)")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2023))
        XCTAssertEqual(cellTexts(report, table: "proactive")["regulations"], ["0", "0", "0"])
        XCTAssertTrue(TableMapper.isSentence("2023年以来,我局制发规范性文件0件"))
        XCTAssertFalse(TableMapper.isSentence("行政许可 0"))
    }

    /// 左贡县人民政府 2021 (西藏, zuogong.changdu.gov.cn): the title over two lines, `左贡县人民政府2021年度` / `信息公开年度报告`,
    /// then `(2022年1月)`, when it was written. Before: the preamble opened with `(2022年1月)`. After: a date in brackets
    /// alone on its line is no sentence of the preamble.
    func testADateInBracketsUnderTheTitleIsNoPreamble() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eightyone", "zuogong-2021", from: "三、"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "左贡县人民政府")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2021))
        let preamble = report.narratives["preamble"]?.value ?? ""
        XCTAssertTrue(preamble.hasPrefix("根据《国务院办公厅政府信息与政务公开办公室关于印发"), preamble)
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["2", "0", "2"])
        XCTAssertTrue(PublicationDate.isDateInBracketsAlone("（2023年1月20日）"))
        XCTAssertFalse(PublicationDate.isDateInBracketsAlone("(2022年1月)编制"))
    }

    /// A 合作交流办 2022 on a spam mirror (bjmssf.com): the city's name replaced by a betting site's in the title and the
    /// preamble, `365bet网上娱乐_365BETAPP官网_365体育平台网址人民政府合作交流办公室`. Before: refused, “The report prints no agency
    /// name” (untrue: it prints one, spoilt). After: still refused, the name, its line and the marks no name holds said.
    func testANameWithLettersNoBodysNameHoldsIsSaid() throws {
        let outcome = try ImportSite().importFile(try realPageCompleted("eightyone", "spam-hzjlb-2022"))
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(outcome.problems)")
        let message = try XCTUnwrap(outcome.problems.first).message
        XCTAssertTrue(message.contains("it prints “365bet网上娱乐_365BETAPP官网_365体育平台网址人民政府合作交流办公室” (line 1) where a body's name stands"), message)
        XCTAssertTrue(message.contains("(“365bet”, “_”, “365BETAPP”)"), message)
    }

    /// 沧源佤族自治县糯良乡 2022 (云南, cangyuan.gov.cn): no title, `根据沧源佤族自治县糯良乡2022年…工作基本情况编制本报告`, the
    /// contact `沧源佤族自治县糯良乡人民政府办公室`. Refused rightly; before, the hint offered the office itself as a department
    /// to import as. After: a 乡's 人民政府办公室 speaks for the town (a town has no departments publishing their own reports),
    /// as its 党政办 already did; a county's 人民政府办公室 is still offered as printed.
    func testATownGovernmentsOfficeToContactSpeaksForTheTown() throws {
        try assertRefusedForItsContact("eightyone", "cangyuan-nuoliang-2022", contact: "沧源佤族自治县糯良乡人民政府办公室",
                                       agency: "沧源佤族自治县糯良乡人民政府", kind: "town")
    }

    /// 新乡市卫生健康委员会 2019 (round seventy-eight's, table 二 a cell a paragraph): `行政许可` at line 57, `990` at 59,
    /// `减` at 61, `711` at 63. Before: the refusal of `减` named line 57, its row's label's. After: line 61, the cell's own.
    func testACellOfARowJoinedFromLinesIsNamedAtItsOwnLine() throws {
        let file = try realPageCompleted("seventyeight", "xinxiang-wjw-2019", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file, year: 2019)
        let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" && $0.message.contains("“减”") }, "\(outcome.problems)")
        XCTAssertTrue(problem.message.hasSuffix("which is not a number (line 61)"), problem.message)
        XCTAssertEqual(problem.location.line, 61)
    }
}
