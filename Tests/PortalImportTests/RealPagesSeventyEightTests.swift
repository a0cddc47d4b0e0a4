import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round seventy-eight (VARIANTS.md): real reports found by search — aimed at the trial form of 2019 and 2020, county 部门
/// (卫健, 市场监管, 发改), 开发区, 2024 and 2025, and 河南, 辽宁, 天津, 内蒙古 — kept as the store gave them
/// (`real-pages/seventyeight/`) and completed with the invented report's rows; with round seventy-five's three leftovers
/// (利州's tab-led paragraphs, 抚远's and 宣汉's names printed once in part 一).
final class RealPagesSeventyEightTests: XCTestCase {
    /// 利州区退役军人事务局 2019 (round seventy-five's, 四川, the trial form): **every line led by a tab**, paragraphs and
    /// headings alike (`\t一、总体情况`, `\t2019年,我局严格按照…。`), the title over two lines. Before: the tab-led lines were
    /// read as a Word text's table cells, one row of them, so “section 一、总体情况 not found” and no year (untrue). After: two
    /// cells or more each a sentence, and no figure among them, are the page's paragraphs: written as printed.
    func testParagraphsEachLedByATabAreThePagesText() throws {
        let (outcome, report) = try trialFormReportWritten("seventyfive", "lizhou-tyjrj-2019", year: 2019)
        XCTAssertEqual(outcome.newAgency?.name, "广元市利州区退役军人事务局")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》和区政府信息公开工作的统一部署") == true,
                      "\(report.narratives["preamble"]?.value ?? "")")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("2019年,我局严格按照") == true, "\(report.narratives["overview"]?.value ?? "")")

        // A Word text's row of cells, one of them a sentence, stays a row.
        let row = TextExtractor.lines(of: "\t规章\n\t本年新制作的规章共1件，均已公开。\n\t1\n\t5\n\n")
        XCTAssertEqual(row.first?.cells, ["规章", "本年新制作的规章共1件，均已公开。", "1", "5"])
    }

    /// 抚远市生态环境局 2020 (round seventy-five's, 黑龙江, the trial form): the passage opens at 一, `2020年,抚远市生态环境局认真
    /// 贯彻…` once. Decided: not taken — a sentence telling the year's work is no byline, and once is less than the twice
    /// part 一's subject must be printed to be said. Before: “The report prints no agency name” (untrue: it prints one). After:
    /// the name, its line, why it was not taken, and the hint to write its agency.yaml and import with --agency.
    func testANameOpeningOneSentenceOfPartOneIsSaid() throws {
        let file = try realPageCompleted("seventyfive", "fuyuan-sthj-2020", from: "\t第二十条第（六）项", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file, year: 2020)
        XCTAssertTrue(rules(outcome.problems).contains("import-no-agency"), "\(outcome.problems)")
        let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-agency" })
        XCTAssertTrue(problem.message.contains("part 一 opens one sentence only with “抚远市生态环境局” (line 2), as the body whose work it tells"),
                      problem.message)
        XCTAssertTrue(problem.hint?.contains("if “抚远市生态环境局” published it, write content/agencies/fuyuanshi-shengtaihuanjingju/agency.yaml") == true,
                      "\(problem)")

        // 文成县人力资源和社会保障局 2020 (浙江) likewise, its name whole: 社会 is no body's 会, and a bureau's common name
        // runs to ten characters (before, part 一's subject read “文成县人力资源和社会”).
        let wencheng = try ImportSite().importFile(try realPageCompleted("seventyfive", "wencheng-rsj-2020", rest: "tika/template-2019-filled.docx.txt"),
                                                   year: 2020)
        let named = try XCTUnwrap(wencheng.problems.first { $0.rule == "import-no-agency" }, "\(wencheng.problems)")
        XCTAssertTrue(named.message.contains("part 一 opens one sentence only with “文成县人力资源和社会保障局” (line 2)"), named.message)
    }

    /// 宣汉县退役军人事务局 2019 (round seventy-five's, 四川): no title; `县退役军人事务局自2019年3月15日挂牌成立以来…` once in part 一,
    /// 宣汉 only in channels' names (`宣汉县退役军人事务局工作QQ群`). Before: “The report prints no agency name”. After: the
    /// placeless name and its line, and the channel printing it with words before it, as round seventy-five said 德安's.
    func testAPlacelessNameOnceInPartOneAndItsChannelAreSaid() throws {
        let outcome = try ImportSite().importFile(try realPageCompleted("seventyfive", "xuanhan-tyjrj-2019", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(outcome.problems)")
        let message = try XCTUnwrap(outcome.problems.first).message
        XCTAssertTrue(message.contains("part 一 opens one sentence only with “县退役军人事务局” (line 4), without its place"), message)
        XCTAssertTrue(message.contains("only in a channel's name, “宣汉县退役军人事务局工作QQ群” (line 6)"), message)
    }

    /// 袁州区市场监督管理局 2019 (江西, yzq.gov.cn, the trial form): no title; `由袁州区市场监督管理局信息中心结合有关统计数据编制
    /// 而成`, the contact `袁州区市场监督管理局秘书股`. Before: written as “袁州区市场监督管理局信息中心” (wrong: the bureau's unit
    /// that compiled the figures). After: the bureau, as a department's 办公室 compiling its report stands for it.
    func testADepartmentsInformationCentreCompilesTheDepartmentsReport() throws {
        let file = try realPageCompleted("seventyeight", "yuanzhou-scj-2019", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "袁州区市场监督管理局")
        XCTAssertEqual(SignedAgency.government("某县信息中心"), "某县信息中心", "a centre of no department is a body of its own")
    }

    /// 周口市 2020 (河南, zhoukou.gov.cn, the trial form): `字体大小[ ] 打印` between the page's particulars and the preamble (the
    /// size buttons lost, their brackets left). Before: the preamble opened with it. After: furniture, left out.
    func testPageToolsBracketsLeftAreFurniture() throws {
        let (_, report) = try trialFormReportWritten("seventyeight", "zhoukou-2020", year: 2020)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本报告依据《中华人民共和国政府信息公开条例》") == true,
                      "\(report.narratives["preamble"]?.value ?? "")")
    }

    /// 天津市蓟州区 2020 (a mirror, the trial form): the page's heading `天津市蓟州区2020年政府信息公开年度报告` over the article's
    /// `…政府信息公开工作年度报告`. Before: the second title opened the preamble. After: the title again, with 工作, left out.
    func testTheTitleAgainWithWorkIsNoPreamble() throws {
        let (outcome, report) = try trialFormReportWritten("seventyeight", "jizhou-2020", year: 2020)
        XCTAssertEqual(outcome.newAgency?.name, "天津市蓟州区")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告根据") == true, "\(report.narratives["preamble"]?.value ?? "")")
    }

    /// 石台县大演乡 2025 (安徽, ahshitai.gov.cn): no title, `我乡` only; `请与大演乡党政办联系`, a 乡's own office, its name three
    /// characters. Before: “The report prints no agency name” (the contact's body too short a name to be read). After: the
    /// office to contact said, the hint offering 大演乡 (a town) to import as.
    /// Session 46: its text speaks as that body (`我乡`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testAThreeCharacterTownsOfficeToContactIsSaid() throws {
        // (Round eighty-four: with the county its address prints, `地址:石台县大演乡人民政府二楼`.)
        try assertTakenForItsContact("seventyeight", "dayan-2025", agency: "石台县大演乡", kind: "town")
    }

    /// 新乡市卫生健康委员会 2019 (the trial form, table 二 a cell a paragraph, `990` / `减` / `711` under 行政许可): refused
    /// rightly (a word where a figure stands), and the message counts as English does: “holds 1 cell”, not “1 cells”.
    func testACountOfOneCellIsSaidInTheSingular() throws {
        let file = try realPageCompleted("seventyeight", "xinxiang-wjw-2019", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file, year: 2019)
        let messages = outcome.problems.filter { $0.rule == "import-cell" }.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("holds 1 cell: “") }, "\(messages)")
        XCTAssertFalse(messages.contains { $0.contains(" 1 cells") }, "\(messages)")
    }

    /// 新乡 2019's `990` / `减` / `711` under 行政许可 (上一年项目数量, 本年增/减, 处理决定数量), a cell a paragraph: the bare `减`
    /// read as a label starting a row of its own, so the refusal said “holds 1 cell: “990”” and “711” in no row, never naming `减`.
    /// Now a change in words alone on its line is one of its row's cells: the refusal quotes it, and a change with its figure
    /// (`减4`, `增10`) is read signed, as in a row printed on one line.
    func testAChangeInWordsAloneOnItsLineIsItsRowsCell() throws {
        let file = try realPageCompleted("seventyeight", "xinxiang-wjw-2019", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let outcome = try ImportSite().importFile(file, year: 2019)
        let messages = outcome.problems.filter { $0.rule == "import-cell" }.map(\.message)
        XCTAssertTrue(messages.contains("table 二: the cell 第（五）项 行政许可 × 本年增/减 reads “减”, which is not a number (line 61)"), "\(messages)")
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-unplaced" }, "\(outcome.problems)")

        let lines = TextExtractor.lines(of: "第二十条第（五）项\n\n行政许可\n\n990\n\n减4\n\n711\n\n行政处罚\n\n27\n\n增10\n\n37\n")
        XCTAssertEqual(lines.compactMap(\.cells), [["行政许可", "990", "减4", "711"], ["行政处罚", "27", "增10", "37"]])
    }
}
