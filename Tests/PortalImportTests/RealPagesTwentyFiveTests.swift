import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-five (VARIANTS.md): real reports found by search — 县级 and 市级 departments (人社, 医保, 退役军人, 统计, 审计,
/// 气象), 开发区/高新区 bodies, 乡镇 of 内蒙古, 甘肃 and 吉林, reports of 2019 and 2020 on the trial form — kept as the store
/// gave them (`real-pages/twentyfive/`, long paragraphs shortened) and completed with the invented report's rows
/// (`variants/browser-copy.txt`; the 2019 and 2020 reports with the trial form's, `tika/template-2019-filled.docx.txt`).
final class RealPagesTwentyFiveTests: XCTestCase {
    private static let trialRest = "tika/template-2019-filled.docx.txt"

    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("twentyfive", name, from: heading, rest: rest)
    }

    // MARK: the publisher's name in full

    /// 梅河口市退役军人事务局 2021 (a 繁體 mirror): the title `退役軍人事務局信息公開工作年度報告` names the bureau without its city;
    /// the preamble says 編制完成梅河口市退役軍人事務局2021年…報告. Before: **silent**, written as 退役軍人事務局 (which city's?).
    func testATitlesNameWithoutItsPlace() throws {
        let (outcome, preamble) = try assertRealPageWritten(completed("meihekou-tyjr-2021"), agency: "梅河口市退役軍人事務局", year: 2021)
        XCTAssertNil(outcome.published)
        XCTAssertTrue(preamble.hasPrefix("根據《中華人民共和國政府信息公開條例》"), preamble)
        // A title naming its place keeps its name as printed; a text naming another body gives nothing.
        let lines = TextExtractor.lines(of: "某报告\n根据《条例》,编制完成梅河口市退役军人事务局2021年政府信息公开工作年度报告。\n一、总体情况")
        XCTAssertEqual(SignedAgency.withItsPlace("退役军人事务局", in: lines, reportStart: 2), "梅河口市退役军人事务局")
        XCTAssertNil(SignedAgency.withItsPlace("梅河口市退役军人事务局", in: lines, reportStart: 2))
        XCTAssertNil(SignedAgency.withItsPlace("统计局", in: lines, reportStart: 2))
    }

    /// 巴彦高勒镇人民政府 2025 (扎赉特旗): no title; `全文涵盖巴彦高勒镇人民政府2025年政府信息公开总体情况、…` — the sentence listing the
    /// report's parts, 涵盖 for 包括 (干召庙镇's `全文包括临河区干召庙镇人民政府信息公开总体情况` read before). Before: refused,
    /// **wrongly** (“names “巴彦高勒镇人民政府” only as the office to contact”).
    func testThePartsItListsWithAnotherVerb() throws {
        try assertRealPageReads("twentyfive", "bayangaole-2025", "巴彦高勒镇人民政府", 2025, published: nil,
                                preamble: "本年度报告依据《中华人民共和国政府信息公开条例》(国令第711号)")
        let lines = TextExtractor.lines(of: "全文涵盖某县某镇人民政府2025年政府信息公开总体情况、主动公开政府信息情况。")
        XCTAssertEqual(SignedAgency.publisher(in: lines[...]), "某县某镇人民政府")
    }

    // MARK: the title's copy is no preamble

    /// 兴国镇人民政府 2025 (秦安): the title, the page's particulars, then the title again broken over two lines a blank apart
    /// with its last character lost (`兴国镇人民政府2025年政府信息公开工作` / `年度报`). Before: **silent**, the copy the preamble.
    func testTheTitlesCopyThatLostItsLastCharacter() throws {
        try assertRealPageReads("twentyfive", "xingguo-2025", "兴国镇人民政府", 2025, published: nil,
                                preamble: "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》")
    }

    // MARK: the trial form's table

    /// 上湾乡人民政府 2019: part 一 headed `一、2019年政府信息公开工作的总体情况`; table 二 real, a cell a line between blank lines,
    /// 政府集中采购 `6` / `152790元`. Before: refused, **wrongly and with a wrong hint** — “section 一、总体情况 not found”, and the
    /// row “holds 1 cells: 6” (the sum dropped). Now the heading is read and the refusal quotes the sum in 元, which is not converted.
    func testAHeadingWithItsYearAndASumInYuan() throws {
        let file = try completed("shangwan-2019", from: "三、", rest: Self.trialRest)
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-cell"])
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("政府集中采购 × 采购总金额 prints a sum in 元, “152790元”"), problem.message)
        // The sum's own line (123), not its row's label's (政府集中采购, 119): round eighty-one.
        XCTAssertEqual(problem.location.line, 123, "\(problem)")
        XCTAssertTrue(problem.hint?.contains("report.yaml") == true, "\(problem)")
        XCTAssertTrue(CellText.isSumInYuan("152790元"))
        XCTAssertTrue(CellText.isSumInYuan("1,520.5元"))
        XCTAssertFalse(CellText.isSumInYuan("15万元"))
        XCTAssertNil(CellText.value("152790元"))
        // With the cell typed as the site keeps it, the page imports: its heading 一 read, its real table 二.
        let opening = try String(contentsOf: ImportFixtures.own("real-pages/twentyfive/shangwan-2019.txt"), encoding: .utf8)
        let typed = try realPageWritten(opening.replacingOccurrences(of: "152790元", with: "15.279"), then: Self.trialRest, from: "三、")
        let report = try realPageReport(typed, agency: "上湾乡人民政府", year: 2019, published: "2020-02-20")
        XCTAssertEqual(cellTexts(report, table: "proactive")["centralProcurement"], ["6", "15.279"])
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("一是按章办事。") == true, "\(report.narratives)")
    }

    /// 草滩乡人民政府 2019: the title broken by a space (`…工作年度 报告`), table 二 real on the trial form, a cell a line, all 0.
    /// 铜川市耀州区审计局 2020: the name over the year-title on two lines, table 二's heading without its numeral
    /// (`、主动公开政府信息情况`), the trial form's columns under it. Imported before and after (pinned).
    func testTrialFormPagesReadBeforeAndAfter() throws {
        let caotan = try realPageReport(completed("caotan-2019", from: "三、", rest: Self.trialRest),
                                        agency: "草滩乡人民政府", year: 2019, published: "2020-02-19")
        let proactive = cellTexts(caotan, table: "proactive")
        XCTAssertEqual(proactive["regulations"], ["0", "0", "0"])
        XCTAssertEqual(proactive["licensing"], ["0", "0", "0"])
        XCTAssertEqual(proactive["centralProcurement"], ["0", "0"])
        let yaozhou = try realPageReport(completed("yaozhou-sjj-2020", from: "\t第二十条第（一）项", rest: Self.trialRest),
                                         agency: "铜川市耀州区审计局", year: 2020, published: "2021-01-25")
        XCTAssertEqual(yaozhou.formID, "gov-info-2019")
        XCTAssertEqual(cellTexts(yaozhou, table: "proactive")["regulations"], ["1", "1", "5"])
    }

    // MARK: the hints

    /// 大同市气象部门 2023: table 二 copied with its padding (`行政许可 | ||`), the one-column rows printing their label and no
    /// figure. Refused before and after (a blank and the padding look the same), but before with **a wrong hint** for those
    /// rows — “the cell … reads “行政许可”, which is not a number” —; now as the rows of three columns: “prints its label and no figure”.
    func testOneColumnRowsPrintingTheirLabelAlone() throws {
        let refused = try ImportSite().importFile(completed("datong-qx-2023", from: "三、"))
        XCTAssertEqual(Set(rules(refused.problems)), ["import-cell"])
        let messages = refused.problems.map(\.message)
        XCTAssertFalse(messages.contains { $0.contains("which is not a number") }, "\(messages)")
        for row in ["行政许可", "行政处罚", "行政强制", "行政事业性收费"] {
            XCTAssertTrue(messages.contains { $0.contains("\(row) has 1 column") && $0.contains("prints its label and no figure: “\(row)”") }, row)
        }
        XCTAssertTrue(messages.contains { $0.contains("规章 has 3 columns") && $0.contains("prints its label and no figure") }, "\(messages)")
    }

    // MARK: the publication day

    /// 舟曲县曲告纳镇 2021: `2022-01-20   作者:佚名 点击数:` under the title (the date, then the page's byline and counter).
    /// Before: no day.
    func testADateBeforeThePagesByline() throws {
        try assertRealPageReads("twentyfive", "qugaona-2021", "舟曲县曲告纳镇人民政府", 2021, published: "2022-01-20", preamble: "")
        XCTAssertEqual(PublicationDate.underTitle("2022-01-20   作者:佚名 点击数:  ")?.0, "2022-01-20")
        XCTAssertEqual(PublicationDate.underTitle("2022-01-20 09:30 浏览次数:12")?.0, "2022-01-20")
        // A sentence opening with a date is no byline.
        XCTAssertNil(PublicationDate.underTitle("2022-01-20 召开政务公开工作会议"))
    }

    // 冠县人力资源和社会保障局 2023 (the office to contact, opening 一) was pinned refused here: round twenty-six takes it
    // (`RealPagesTwentySixTests.testTheOfficeToContactThatPartOneOpensWithIsThePublisher`).
}
