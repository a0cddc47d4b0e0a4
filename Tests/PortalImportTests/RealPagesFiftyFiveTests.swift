import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round fifty-five (VARIANTS.md): real reports found by search — bodies the rounds had not found (消防救援, 医保, 退役军人,
/// 金融, a 西藏 厅, 北京's 指挥部办公室) — kept as the store gave them (`real-pages/fiftyfive/`, long paragraphs shortened) and
/// completed with the invented report's rows from 二 on. The test site's day is 2026-01-15: the pages' later days are no
/// publication day there.
final class RealPagesFiftyFiveTests: XCTestCase {
    /// 深圳市医疗保障局 2025: no title; `发布日期:… 来源:`, then **the page's reader aloud as a machine's, `人工智能朗读:`**, then the
    /// preamble. Before: **silent**, `人工智能朗读:` opening the preamble.
    func testAMachinesReaderAloudIsThePages() throws {
        try assertRealPageReads("fiftyfive", "shenzhen-yb-2025", "深圳市医疗保障局", 2025, published: nil,
                                preamble: "根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(["人工智能朗读:", "人工智能朗读", "AI朗读：", "智能语音播报"].allSatisfy(HTMLDocumentReader.isChromeLine))
        // A sentence about the reader is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("人工智能朗读功能上线后,全年使用1200人次。"))
    }

    /// 枣庄高新区消防救援大队 2025 (a 消防 body): the title, then **`来自: 时间:2026-01-12`**, the source labelled 来自 and left
    /// empty before the day. Before: **silent**, the line opening the preamble, and no publication day read from it.
    func testTheSourceLabelledLaiziBeforeTheDay() throws {
        try assertRealPageReads("fiftyfive", "zaozhuang-gx-xf-2025", "枣庄高新区消防救援大队", 2025, published: "2026-01-12",
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("来自:某市政府网 时间:2026-01-12 09:30"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("来自各科室的信息共计120条。"))
    }

    /// 宝坻区消防救援支队 2025 (天津): **the title over two lines, its year after 工作: `宝坻区消防救援支队` / `政府信息公开工作
    /// 2025年度报告`**. Before: **silent**, the agency “报告” (the title's tail after 2025年度 read as a name).
    func testATitlesTailAfterItsYearNamesNoOne() throws {
        let (outcome, preamble) = try assertRealPageWritten(realPageCompleted("fiftyfive", "baodi-xf-2025"),
                                                            agency: "宝坻区消防救援支队", year: 2025)
        XCTAssertEqual(outcome.agencySlug, "baodiqu-xiaofangjiuyuanzhidui")
        XCTAssertEqual(preamble, "", "the page prints no preamble: 一 follows the title")
        // The name before the report's words after the year is still read (2022年某局政府信息公开工作年度报告).
        let title = ReportTitle([SourceLine(text: "2025年度宝坻区消防救援支队政府信息公开工作报告", position: SourcePosition(line: 1))][...])
        XCTAssertEqual(title.agencyName, "宝坻区消防救援支队")
    }

    /// 文登区退役军人事务局 2024 (山东 威海, a 繁體 mirror with its converter's pinyin): a title without a name; **`結合2024年威海市
    /// 文登區退役軍人事務局政府信息公開工作實(shí)際,編制發布本報告`**, the year before the name. Before: refused, no agency.
    func testTheYearBeforeTheNameOfTheWorkReported() throws {
        let (outcome, _) = try assertRealPageWritten(realPageCompleted("fiftyfive", "wendeng-va-2024"),
                                                     agency: "威海市文登區退役軍人事務局", year: 2024)
        XCTAssertEqual(outcome.agencySlug, "weihaishi-wendengqu-tuiyijunrenshiwuju")
        let publisher = { (sentence: String) in SignedAgency.publisher(in: [SourceLine(text: sentence, position: SourcePosition(line: 1))][...]) }
        XCTAssertEqual(publisher("要求,结合2024年示例市示例区退役军人事务局政府信息公开工作实际,编制发布本报告。"), "示例市示例区退役军人事务局")
        // A name without its place names no one (结合2019年高新区…); a 街道's sections leave the 街道's name alone (…各科室的…).
        XCTAssertNil(publisher("要求,结合2019年高新区政府信息公开工作实际,编制本报告。"))
        XCTAssertEqual(publisher("结合2023年示例市示例街道各科室的信息公开工作实际情况编制本报告。"), "示例市示例街道")
    }

    /// 西藏自治区住房和城乡建设厅 2025: the particulars as lines (`标      题 …`), `背景色:`, then **the title `西藏自治区住房和城乡
    /// 建设厅` / `2025年度政务公开工作情况的报告`**, 西藏's bodies' wording (a report on 政务公开工作). Before: refused, “the report's
    /// title prints no year”.
    func testATitleReportingOnZhengwuGongkai() throws {
        let (outcome, preamble) = try assertRealPageWritten(realPageCompleted("fiftyfive", "xizang-zjt-2025"),
                                                            agency: "西藏自治区住房和城乡建设厅", year: 2025)
        XCTAssertNil(outcome.published, "2026-01-20 is after the test site's day")
        XCTAssertEqual(preamble, "", "the page prints no preamble: 一 follows the title")
    }

    /// 北京市重大项目建设指挥部办公室 2025: no title; **the name opening the preamble, `北京市重大项目建设指挥部办公室依据《…条例》…第五十条
    /// 规定,编制本报告。`** (北京's template with its name first); no statistics period, 一 opening with 2025年. Refused for the
    /// year as before (rightly); with the year given, before: refused, no agency.
    func testTheCompilerOpeningTheSentence() throws {
        let file = try realPageCompleted("fiftyfive", "beijing-zdb-2025")
        XCTAssertEqual(rules(try ImportSite().importFile(file).problems), ["import-no-year"])
        let site = try ImportSite()
        let outcome = site.importFile(file, year: 2025)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "北京市重大项目建设指挥部办公室")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2025))
        try assertFigures(report, blanked: true)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("北京市重大项目建设指挥部办公室依据") ?? false)
    }
}
