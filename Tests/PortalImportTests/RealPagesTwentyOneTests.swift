import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-one (VARIANTS.md): real reports found by search — 黑龙江, 云南, 广西, 四川, 福建, 天津, 河南, 江西, 重庆 and 湖北
/// pages, 地震, 邮政管理 and 烟草 bodies, the 2019 trial form from 街道 and 乡镇 — kept as the store gave them
/// (`real-pages/twentyone/`, long paragraphs shortened) and completed with the invented report's rows
/// (`variants/browser-copy.txt`, the trial form's `tika/template-2019-filled.docx.txt` for 2019 and 2020).
final class RealPagesTwentyOneTests: XCTestCase {
    private static let trialRest = "tika/template-2019-filled.docx.txt"

    /// The page's opening (`real-pages/twentyone/NAME.txt`) completed from the heading on.
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("twentyone", name, from: heading, rest: rest)
    }

    private func assertReads(_ name: String, _ agency: String, _ year: Int, published: String?, preamble: String, line: UInt = #line) throws {
        try assertRealPageReads("twentyone", name, agency, year, published: published, preamble: preamble, line: line)
    }

    /// Imports a trial-form page completed from `heading`: written under `agency`; the report and its preamble.
    private func trialReport(_ name: String, from heading: String, agency: String, year: Int = 2020,
                             line: UInt = #line) throws -> (outcome: ImportOutcome, report: Report, preamble: String) {
        let site = try ImportSite()
        let outcome = site.importFile(try completed(name, from: heading, rest: Self.trialRest))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug, line: line), year), line: line)
        XCTAssertEqual(report.formID, "gov-info-2019", line: line)
        // The trial template's table 三 after the page's own rows.
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "0", "1", "2", "0", "46"], line: line)
        return (outcome, report, report.narratives["preamble"]?.value ?? "")
    }

    // MARK: the site's furniture and the title again are no preamble

    /// 湖北省地震局 2025: the site's column `信息公开` alone over the preamble. 专探乡 2020: the crumbs `首页 >> … >> 2020年年报`
    /// and the column `2020年年报` alone over the title. 河包镇 2020: the title again without its year (河包镇政府信息公开工作年度报告)
    /// under `日期:`, `字体:【 默认 超大`, `分享:`. Before: **silent** ×3 — the lines the preamble's, 专探乡's agency “首页>>”.
    func testTheSitesColumnCrumbsAndTheYearlessTitleAreNoPreamble() throws {
        try assertReads("hubei-dzj-2025", "湖北省地震局", 2025, published: nil, preamble: "本报告由湖北省地震局根据")
        let zhuantan = try trialReport("zhuantan-2020", from: "二、", agency: "专探乡人民政府")
        XCTAssertEqual(zhuantan.outcome.published, "2021-01-31")
        XCTAssertEqual(zhuantan.preamble, "")
        XCTAssertTrue(zhuantan.report.narratives["overview"]?.value.hasPrefix("专探乡根据") == true)
        // 河包镇's table 二 is its own, a cell a paragraph, up to （八）.
        let hebao = try trialReport("hebao-2020", from: "\t第二十条第（九）项", agency: "河包镇")
        XCTAssertEqual(hebao.outcome.published, "2021-01-29")
        XCTAssertTrue(hebao.preamble.hasPrefix("2020年，河包镇严格按照") || hebao.preamble.hasPrefix("2020年,河包镇严格按照"), hebao.preamble)
        XCTAssertEqual(cellTexts(hebao.report, table: "proactive")["normativeDocuments"], ["0", "0", "0"])
        XCTAssertEqual(cellTexts(hebao.report, table: "proactive")["fees"], ["0", "0"])
        for line in ["信息公开", "政府信息公开", "2020年年报", "首页 >> 政府信息公开平台 >> 2020年年报", "您当前所在的位置: 首页 > 政府信息公开"] {
            XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line)
        }
        // A sentence about the work is no column's name.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("信息公开工作平稳有序。"))
    }

    // MARK: the publisher

    /// 良庆区 2020: `您当前所在的位置: 首页 > … > 政府信息公开工作年度报告【城区本级】`, no title; 由南宁市良庆区政务公开工作领导小组
    /// 办公室编制. Before: **silent** — the crumbs the preamble's first line, the agency the leading group's office.
    /// 海南省地震局 2024: 由海南省地震局办公室编制并依法公开. Before: refused (`import-no-agency`). 自治区北部湾办 2022: the title
    /// prints the short name the preamble defines (广西壮族自治区北部湾经济区规划建设管理办公室（以下简称自治区北部湾办）).
    func testTheCompilersOfficeAndAShortNameNameThePublisher() throws {
        let liangqing = try trialReport("liangqing-2020", from: "二、", agency: "南宁市良庆区人民政府")
        XCTAssertTrue(liangqing.preamble.hasPrefix("本报告是根据"), liangqing.preamble)
        try assertReads("hainan-dzj-2024", "海南省地震局", 2024, published: nil, preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        try assertReads("gx-bbwb-2022", "广西壮族自治区北部湾经济区规划建设管理办公室", 2022, published: "2023-01-31", preamble: "本年度报告根据")
        XCTAssertEqual(SignedAgency.government("某市卫生健康委员会办公室"), "某市卫生健康委员会")
        // A 党委's office is a body of its own; a zone's leading group is no 人民政府's.
        XCTAssertEqual(SignedAgency.government("某县县委办公室"), "某县县委办公室")
        XCTAssertEqual(SignedAgency.government("示例经济开发区政务公开领导小组办公室"), "示例经济开发区政务公开领导小组办公室")
    }

    /// 清原满族自治县 2022: part 一 headed `一、总体公开情况` (the form's aliases). Before: refused, the heading named.
    /// 会昌 中村乡 2020 (the trial form, its table 二 a cell a paragraph: 规范性文件 5 5 5, 采购 1 8040): imported before and after.
    func testPartOneInTheFormsOtherWordsAndATrialTableACellAParagraph() throws {
        try assertReads("qingyuan-2022", "清原满族自治县", 2022, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》")
        let zhongcun = try trialReport("huichang-zhongcun-2020", from: "三、", agency: "中村乡")
        XCTAssertEqual(cellTexts(zhongcun.report, table: "proactive")["normativeDocuments"], ["5", "5", "5"])
        XCTAssertEqual(cellTexts(zhongcun.report, table: "proactive")["centralProcurement"], ["1", "8040"])
    }

    // MARK: refusals naming what is missing

    /// 合肥市地震局 2021 (an encyclopedia's 繁體 copy: the title and part 一's items, no headings, no tables, its footer) and
    /// 文登区人民政府办公室 2022's page 9 of a page-turning book (`Page 9 - …报告`, `P. 9`): before, “a page that links to it?”.
    func testPartOfAReportIsRefusedSayingSo() throws {
        for name in ["hefei-dzj-2021", "wendeng-bgs-2022-p9"] {
            let outcome = try ImportSite().importFile(ImportFixtures.own("real-pages/twentyone/\(name).txt"), dryRun: true)
            XCTAssertEqual(outcome.status, .failed, name)
            XCTAssertEqual(rules(outcome.problems), ["import-no-report"], name)
            let message = outcome.problems.first?.message ?? ""
            XCTAssertTrue(message.contains("prints the report's title") && message.contains("holds part of the report only"), message)
            XCTAssertEqual(outcome.problems.first?.location.line, 1, name)
        }
    }

    /// 荷塘 桂花街道 2019: no heading 一 nor 二 — the preamble's paragraph, then table 二's rows (`第二十条第(一)项 | ||||`).
    /// Before: 二 “not found”, the hint “cut off”; now its table is named, standing under no heading. 区统计局 2023 (现公布区统计局…:
    /// which 区?) and 保山市人民政府办公室 2024 (named only as the office to contact): the refusal says how the report names it.
    func testRefusalsNameWhatIsMissing() throws {
        let guihua = try ImportSite().importFile(completed("guihua-jd-2019", from: "三、", rest: Self.trialRest))
        XCTAssertEqual(guihua.status, .failed)
        XCTAssertEqual(rules(guihua.problems), ["import-section-missing", "import-section-missing"])
        let table = try XCTUnwrap(guihua.problems.first { $0.message.contains("二、主动公开政府信息情况") })
        XCTAssertTrue(table.message.contains("its table (“第二十条第(一)项” …) stands under no heading of its own"), table.message)
        XCTAssertEqual(table.location.line, 3)

        let placeless = try ImportSite().importFile(completed("qu-tjj-2023", from: "三、"))
        XCTAssertEqual(rules(placeless.problems), ["import-no-agency"])
        XCTAssertTrue(placeless.problems.first?.message.contains("it names it “区统计局”, without its place") == true, "\(placeless.problems)")
        let contact = try ImportSite().importFile(completed("baoshan-bgs-2024"))
        XCTAssertEqual(rules(contact.problems), ["import-no-agency"])
        XCTAssertTrue(contact.problems.first?.message.contains("it names “保山市人民政府办公室” only as the office to contact") == true, "\(contact.problems)")
    }
}
