import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round seventy-five (VARIANTS.md): real reports found by search — aimed at what the rounds hold least (the trial form of
/// 2019 and 2020; county and city 部门: 生态环境, 交通运输, 人社, 卫健, 退役军人; 辽宁, 广西, 山西, 贵州, 甘肃, 黑龙江) — kept as
/// the store gave them (`real-pages/seventyfive/`) and completed with the invented report's rows; with round seventy-two's
/// three leftovers the lead decided (衡南's label quoted as a cell, 德安's untrue refusal, 黄花's blanks between bars).
final class RealPagesSeventyFiveTests: XCTestCase {
    /// 衡南縣應急管理局 2020 (round seventy-two's, 湖南, a 繁體 mirror): **table 二 in columns of its own** (`信息內容 |
    /// 項目數量 | 處理決定數量`, `行政許可 | 4 | 142 | ||`). Before: besides “3 rows not found”, “the cell 第（五）项 行政许可 ×
    /// 上一年项目数量 reads “行政許可”, which is not a number” — the row's label quoted as its cell (a `|` row of as many cells as
    /// columns, its label counted in: no window of figures fitted, and the last cells were taken, the label with them). After:
    /// the row holds 2 cells after its label, and the table's own heading row above it prints its 2 columns, said.
    func testATableInColumnsOfItsOwnIsSaidSo() throws {
        let file = try realPageCompleted("seventytwo", "hengnan-yjj-2020", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .failed)
        let messages = outcome.problems.map(\.message)
        XCTAssertFalse(messages.contains { $0.contains("which is not a number") }, "\(messages)")
        let licensing = try XCTUnwrap(messages.first { $0.contains("row 第（五）项 行政许可") }, "\(messages)")
        XCTAssertTrue(licensing.contains("holds 2 cells after its label (“行政許可 | 4 | 142”)"), licensing)
        XCTAssertTrue(licensing.contains("the table's own heading row above it (line 13) prints 2 columns, “項目數量”, “處理決定數量”, not the form's"),
                      licensing)
        XCTAssertTrue(messages.contains { $0.contains("3 rows not found") }, "\(messages)")
    }

    /// 黄花乡 2019 (round seventy-two's, 宁夏, the trial form): **`行政许可 | 0 | |||`**, one figure then empty cells between
    /// bars, in a table whose every row is padded so (`行政处罚 | 0 | 0 | 0 | |`, a section's `第二十条第(五)项 | ||||`: one
    /// cell merged over five columns). Decided: not placed by the bars — an empty cell there is a blank, the copy's padding or
    /// the rest of a figure's cell merged over several columns alike, so 0 may be any column's (the official template merges
    /// 行政许可's cells). Before: “holds 2 cells” (the label counted) and “the table has merged or extra cells here”. After:
    /// still refused, the message saying the bars count 4 cells after the label, not the form's 3, and why blanks cannot be told.
    func testEmptyCellsBetweenBarsAreNotTakenForBlanks() throws {
        let file = try realPageCompleted("seventytwo", "huanghua-2019", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file, year: 2019)
        XCTAssertEqual(outcome.status, .failed)
        let messages = outcome.problems.map(\.message)
        let licensing = try XCTUnwrap(messages.first { $0.contains("row 第（五）项 行政许可") }, "\(messages)")
        XCTAssertTrue(licensing.contains("prints 1 cell after its label (“行政许可 | 0”) and then 3 empty cells between its bars: the bars count 4 cells after its label, not the form's 3 columns"),
                      licensing)
        XCTAssertTrue(licensing.contains("which columns are blank cannot be told"), licensing)

        // Bars counting the form's columns exactly are said so, and still not placed.
        let exact = """
        2019年政府信息公开工作年度报告
        一、总体情况
        2019年，我乡持续推进政务公开。
        二、主动公开政府信息情况
        第二十条第(一)项 | ||||
        信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
        规章 | 0 | 0 | 0 |
        规范性文件 | 0 | 0 | 0 |
        第二十条第(五)项 | ||||
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        行政许可 | 0 | | |
        """
        let placed = try ImportSite().importFile(try realPageWritten(exact, then: "tika/template-2019-filled.docx.txt", from: "\t其他对外管理服务事项"),
                                                 agency: "example-street", year: 2019)
        XCTAssertEqual(placed.status, .failed)
        let row = try XCTUnwrap(placed.problems.map(\.message).first { $0.contains("row 第（五）项 行政许可") }, "\(placed.problems)")
        XCTAssertTrue(row.contains("the bars count the form's 3 columns, but a figure's cell merged over several columns prints its rest as empty cells too"), row)
    }

    /// 德安县应急管理局 2020 (round seventy-two's, 江西, the trial form): the title `县应急管理局2020年…报告`; 德安县 printed only in
    /// `…“德安县政府信息公开平台”以及德安县应急管理局微信公众号的形式给予公开` (part 一). Decided: not taken — in running text the
    /// words before the name run on into the sentence's (以及德安? 及德安? 德安?), which no list of places here tells, and a
    /// channel's owner is no byline (round sixty-nine's website owner is said, not taken). Before: “neither its preamble, its
    /// signature nor its office to contact prints that place”, as if the text printed it nowhere. After: the same, and the
    /// channel's words that print the name with words before it, with their line.
    func testAPlacelessTitlesNameInAChannelIsSaid() throws {
        let outcome = try ImportSite().importFile(try realPageCompleted("seventytwo", "dean-yjj-2020", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(outcome.problems)")
        let message = try XCTUnwrap(outcome.problems.first).message
        XCTAssertTrue(message.contains("its title names it “县应急管理局”, without the place it serves"), message)
        XCTAssertTrue(message.contains("the text prints “县应急管理局” with words before it only in a channel's name, “以及德安县应急管理局微信公众号” (line 7)"),
                      message)
        let lines = TextExtractor.lines(of: "主要通过县政府网站以及县应急管理局微信公众号公开。")
        XCTAssertNil(PlacelessNameInAChannel.find("县应急管理局", in: lines[...]), "the name with nothing before it")
    }

    /// 珙县交通运输局 2020 (四川, www.gongxian.gov.cn, the trial form): no title; **`现将2020年度县交通运输局政府信息公开工作年度
    /// 报告如下`**, the county in `请联系珙县交通运输局办公室`. Before: refused, “it names it “县交通运输局政府”, without its place”
    /// — the report's word 政府 (政府信息公开) read into the name, so the bureau's own office did not complete it. After: written
    /// as 珙县交通运输局, as round seventy-two's 铜鼓 is. A government's name keeps its 政府 (县人民政府).
    func testTheReportsWordIsNoPartOfADepartmentsName() throws {
        let outcome = try ImportSite().importFile(try realPageCompleted("seventyfive", "gongxian-jtj-2020", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "珙县交通运输局")
        XCTAssertEqual(SignedAgency.placelessPublisher(in: TextExtractor.lines(of: "现将2020年度县交通运输局政府信息公开工作年度报告如下。")[...]),
                       "县交通运输局")
        XCTAssertEqual(SignedAgency.placelessPublisher(in: TextExtractor.lines(of: "现将2020年度县人民政府信息公开工作年度报告如下。")[...]),
                       "县人民政府")
    }

    /// 句容茅山风景区管委会 2020 (江苏, a 繁體 mirror): the format used before 2019 — `三、依申請公開政府信息情況` and its table of
    /// statistics (`| 統 計 指 標 |`, `單位 |`, `統計數 |`, `(一)主動公開政府信息數`). Before: refused as “table 二 is incomplete: 6
    /// rows not found” and sections missing (its one part's words were looked for in simplified characters only, and one part
    /// was too few). After: refused as a report in the earlier format, as round sixteen's are.
    func testAnEarlierFormatsStatisticsOnATraditionalMirror() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.own("real-pages/seventyfive/maoshan-2020.txt"))
        XCTAssertEqual(rules(outcome.problems), ["import-earlier-format"], "\(outcome.problems)")
        XCTAssertTrue(try XCTUnwrap(outcome.problems.first).message.contains("“三、依申請公開政府信息情況”"))
    }
}
