import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-seven (VARIANTS.md): real reports found by search — mostly of the 2019 trial form (reports of 2019 and
/// 2020), provincial departments, city governments, 街道 and 乡镇 of 海南, 西藏, 新疆, 上海, 辽宁 and 贵州 — kept as the store
/// gave them (`real-pages/thirtyseven/`, long paragraphs shortened) and completed with the trial template's rows from 二.
final class RealPagesThirtySevenTests: XCTestCase {
    private let trialRows = "tika/template-2019-filled.docx.txt"

    private func imported(_ name: String, agency: String, year: Int = 2020, published: String? = nil) throws -> Report {
        let report = try realPageReport(try realPageCompleted("thirtyseven", name, rest: trialRows), agency: agency, year: year,
                                        published: published)
        try assertFigures(report, year: 2019)
        return report
    }

    /// 海南省旅游和文化广电体育厅 2020 and 西藏自治区政府国资委 2020: **the title's year printed without 年**, `…厅2020政府信息公开
    /// 工作年度报告`. Before: 海南's refused wrongly (“the report's title prints no year”), 西藏's **silent**, written as the
    /// particulars' 发布机构, `自治区政府办公厅`.
    func testATitlesYearPrintedWithoutItsCharacter() throws {
        let lwt = try imported("hn-lwt-2020", agency: "海南省旅游和文化广电体育厅")
        XCTAssertEqual(lwt.narratives["preamble"]?.value ?? "", "")
        _ = try imported("xz-gzw-2020", agency: "西藏自治区政府国资委", published: "2021-04-09")
        // A year in a name's figures, or one 年 follows, is read as before.
        XCTAssertEqual(ReportTitle(lines(["示例县2020年政府信息公开工作年度报告"])).agencyName, "示例县")
        XCTAssertEqual(ReportTitle(lines(["示例街道12345热线2020政府信息公开工作年度报告"])).year, 2020)
    }

    /// 天山区人民政府 2019 (新疆) and 宜川路街道 2020 (上海 普陀): **the title again in other words** under the page's, for the
    /// same year — `天山区人民政府2019年政务信息公开工作年度报告` under `…2019年度政府信息公开工作报告`, and `2020年政府信息公开工作
    /// 年度报告` (its name run into the page's `来源:` line above) under `2020年上海市普陀区宜川路街道办事处…报告`. Before: **silent**,
    /// the preamble opening with that heading.
    func testTheTitleAgainInOtherWordsIsNoPreamble() throws {
        let tianshan = try imported("tianshan-2019", agency: "天山区人民政府", year: 2019, published: "2020-03-06")
        XCTAssertTrue(tianshan.narratives["preamble"]?.value.hasPrefix("按照市委、市政府的统一部署") == true,
                      tianshan.narratives["preamble"]?.value ?? "")
        let yichuanlu = try imported("yichuanlu-2020", agency: "上海市普陀区宜川路街道办事处", published: "2021-01-29")
        XCTAssertTrue(yichuanlu.narratives["preamble"]?.value.hasPrefix("本年度报告是根据") == true,
                      yichuanlu.narratives["preamble"]?.value ?? "")
    }

    /// 长寿路街道 2020 (上海 普陀): **part 一's heading run into the page's `来源:` field**, `2021年01月22日 来源: 上海普陀一、总体情况`.
    /// Before: refused wrongly, “section 一、总体情况 not found … its items stand under no heading of their own”.
    func testTheSourceFieldRunIntoPartOnesHeading() throws {
        let report = try imported("changshoulu-2020", agency: "上海市普陀区长寿路街道办事处", published: "2021-01-22")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("根据《上海市政府信息公开规定》要求") == true)
        XCTAssertEqual(TextExtractor.sourceThenHeading("2021年01月22日 来源: 上海普陀一、总体情况"),
                       ["2021年01月22日 来源: 上海普陀", "一、总体情况"])
        // A sentence naming a source keeps its words together.
        XCTAssertEqual(TextExtractor.sourceThenHeading("数据来源：统计局，一、总体情况"), ["数据来源：统计局，一、总体情况"])
    }

    /// 鞍山市 2019 (辽宁, on a mirror): **every line closing in `?`**, a non-breaking space lost to GBK (`…公开发布。?`,
    /// `(一)主动公开情况?`). Before: the `?` kept at the end of 一's sub-headings and paragraphs.
    func testSpacesLostClosingTheLines() throws {
        let report = try imported("anshan-2019", agency: "鞍山市", year: 2019)
        let overview = report.narratives["overview"]?.value ?? ""
        XCTAssertTrue(overview.hasPrefix("### (一)主动公开情况\n"), overview)
        XCTAssertFalse(overview.contains("?"), overview)
        XCTAssertFalse(report.narratives["preamble"]?.value.contains("?") ?? true)
        // Without a full stop before a `?` on two lines, a `?` is the text's own.
        XCTAssertEqual(LostSpaces.trailingRemoved(["为什么?", "公开了。"]), ["为什么?", "公开了。"])
    }

    /// 黄腊乡 2020 (贵州 西秀区): the preamble **cites `《关于做好全市2020年度政府信息公开工作年度报告编写工作的通知》`** before
    /// `现公布西秀区黄腊乡2020年…报告`. Before: the check `report-publisher` warned that the report is published as 关于做好全市's
    /// (its 全市 read as a city's name).
    func testACitedNoticeIsNoPublisher() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("thirtyseven", "xixiu-huangla-2020", rest: trialRows))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "西秀区黄腊乡")
        XCTAssertEqual(outcome.checks.filter { $0.rule == "report-publisher" }, [])
    }

    /// 沙依巴克区人民政府 2019 (新疆 乌鲁木齐): table 二 **headed `二、` / `主要公开政府信息情况`**, its number alone on a line and its
    /// words mistyped (主要 for 主动). Refused, rightly, but before: “its table … stands under no heading of its own”; now the
    /// refusal names the heading, in other words than the form's, as part 一's does.
    func testATablesHeadingInOtherWordsIsNamed() throws {
        let refused = try ImportSite().importFile(realPageCompleted("thirtyseven", "sayibak-2019", from: "三、", rest: trialRows))
        XCTAssertEqual(refused.status, .failed)
        let missing = try XCTUnwrap(refused.problems.first { $0.rule == "import-section-missing" }, "\(refused.problems)")
        XCTAssertTrue(missing.message.contains("is headed “二、主要公开政府信息情况”, in other words than the form's"), missing.message)
    }

    private func lines(_ texts: [String]) -> ArraySlice<SourceLine> {
        texts.enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }[...]
    }
}
