import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round fourteen (VARIANTS.md): real reports found by search — 上海市人民政府办公厅's 2019 page whole, and the
/// shapes of 江西, 安徽, 福建, 广西, 山东, 陕西, 甘肃 pages and of 气象 and 税务 bureaus' — laid out with the invented
/// report of `variants/browser-copy.txt`; tables printed as lists (`make-list-tables.py`).
final class RealPagesFourteenTests: XCTestCase {
    // MARK: a real page whole

    /// 上海市人民政府办公厅 2019 (the trial form, `real-pages/shanghai-bgt-2019.html`): blank cells `&nbsp;`, 总计
    /// printed blank in most of table 三's rows, 规范性文件 for 行政规范性文件, 采购总金额 printed 251000元. The form
    /// prints no unit for that column and counts money in 万元 elsewhere: refused naming the cell, before and after;
    /// typed as the figure, every other cell is the page's.
    func testShanghaisTrialFormPageImportsAsPublished() throws {
        let page = ImportFixtures.own("real-pages/shanghai-bgt-2019.html")
        let refused = try ImportSite().importFile(page)
        XCTAssertEqual(refused.status, .failed)
        XCTAssertEqual(rules(refused.problems), ["import-cell"], "\(refused.problems)")
        XCTAssertTrue(refused.problems.first?.message.contains("251000元") ?? false, "\(refused.problems)")

        let typed = try editedPage("../real-pages/shanghai-bgt-2019.html", [("251000元", "251000")])
        let site = try ImportSite()
        let outcome = site.importFile(typed)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "上海市人民政府办公厅")
        XCTAssertEqual(outcome.published, "2020-01-31")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2019))
        XCTAssertEqual(report.formID, "gov-info-2019")
        let proactive = cellTexts(report, table: "proactive"), applications = cellTexts(report, table: "applications")
        XCTAssertEqual(proactive["regulations"], ["13", "13", "524"])
        XCTAssertEqual(proactive["normativeDocuments"], ["60", "60", "368"])
        XCTAssertEqual(proactive["centralProcurement"], ["6", "251000"])
        XCTAssertEqual(applications["received"], ["821", "35", "", "", "2", "1", "859"])
        XCTAssertEqual(applications["disclosed"], ["258", "12", "", "", "1", "1", ""])
        XCTAssertEqual(applications["unavailableNotHeld"], ["252", "12", "", "", "1", "", ""])
        XCTAssertEqual(applications["closedTotal"], ["767", "35", "", "", "2", "1", "805"])
        XCTAssertEqual(applications["carriedForward"], ["72", "", "", "", "", "", "72"])
        XCTAssertEqual(cellTexts(report, table: "appeals")["cases"], ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""])
    }

    // MARK: the agency

    /// 岐山县教育体育局 2023, no title: 某局现向社会公开《2023年政府信息公开工作年度报告》 — the agency the subject,
    /// the report's name its year on. Before: refused (`import-no-agency`).
    func testTheAgencyBeforeItsPublishingVerb() throws {
        let file = try untitled("根据《中华人民共和国政府信息公开条例》要求，示例市示范区教育体育局现向社会公开《2022年政府信息公开工作年度报告》。" + browserCopyPeriod)
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区教育体育局")
    }

    /// 交口县 2023 (本报告根据…要求，由某县人民政府办公室编制: the office compiles its government's report, as
    /// 本报告由某办公室编制 says), 福州市人民政府外事办公室 2023 (…要求，某办公室编制完成本报告), no title. Before:
    /// refused (`import-no-agency`). 武鸣's 富鸣集团 2023 names another body so (…要求，由某区行政审批局编制, the report
    /// not the sentence's subject, its contact a company's): still refused.
    func testTheCompilerTheReportNames() throws {
        for (sentence, name) in [("本报告根据《中华人民共和国政府信息公开条例》要求,由示例市示范区人民政府办公室编制。", "示例市示范区人民政府"),
                                 ("根据《中华人民共和国政府信息公开条例》要求，示例市示范区外事办公室编制完成本报告。", "示例市示范区外事办公室")] {
            let outcome = try ImportSite().importFile(try untitled(sentence + browserCopyPeriod))
            XCTAssertEqual(outcome.status, .written, "\(sentence): \(outcome.problems)")
            XCTAssertEqual(outcome.newAgency?.name, name, sentence)
        }
        let other = try untitled("根据《中华人民共和国政府信息公开条例》要求，由示例市示范区行政审批局编制。" + browserCopyPeriod)
        _ = try assertRefused(other, agency: nil, ["import-no-agency"])
        // 我县政府办公室编制本报告: a name relative to a place the text does not say.
        let relative = try untitled("根据《中华人民共和国政府信息公开条例》要求，我县政府办公室编制本报告。" + browserCopyPeriod)
        _ = try assertRefused(relative, agency: nil, ["import-no-agency"])
    }

    /// 宣州区审计局 2022 (结合某局信息公开工作实际情况编制: the work without its year), 五原县和胜乡 2023 (全文包括
    /// 某乡人民政府信息公开总体情况: 政府 both the name's and the report's word), no title. Before: refused.
    func testTheWorkAndThePartsNamingTheAgency() throws {
        for (sentence, name) in [("按照《中华人民共和国政府信息公开条例》要求，结合示例市示范区审计局信息公开工作实际情况编制。", "示例市示范区审计局"),
                                 ("本报告根据《中华人民共和国政府信息公开条例》制作。全文包括示例市示范区人民政府信息公开总体情况、主动公开政府信息情况。",
                                  "示例市示范区人民政府")] {
            let outcome = try ImportSite().importFile(try untitled(sentence + browserCopyPeriod))
            XCTAssertEqual(outcome.status, .written, "\(sentence): \(outcome.problems)")
            XCTAssertEqual(outcome.newAgency?.name, name, sentence)
        }
    }

    // MARK: a page's furniture

    /// 荔浦市 2022 (`2023-01-16 16:50:00 来源: 荔浦市政府` under the title), 广西壮族自治区人民政府办公厅 2020 (the
    /// same indented, then `打印` alone), 福州市鼓楼区 2023 (`来源:鼓楼区政府办 时间:2024-02-08 09:13`), 湖里区卫生健康局
    /// 2022 (`时间:2023-01-11 11:18`). Before: **silent**, the lines but 鼓楼's the preamble's first paragraphs; no
    /// publication date read from any.
    func testAPagesDateBesideItsSourceIsNoPreamble() throws {
        for furniture in [["2023-01-16 16:50:00 来源: 示例市示范区人民政府"], ["    2023-01-16 16:50     来源:示例市示范区人民政府", "    打印"],
                          ["来源:示范区政府办 时间:2023-01-16 09:13"], ["时间:2023-01-16 11:18"]] {
            let file = try edited("browser-copy.txt") { lines in
                lines.insert(contentsOf: furniture, at: 2)
            }
            let site = try ImportSite()
            let outcome = site.importFile(file)
            XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
            let text = try preamble(site, outcome)
            XCTAssertTrue(text.hasPrefix("本报告根据"), "\(furniture): \(text)")
            XCTAssertEqual(outcome.published, "2023-01-16", "\(furniture)")
        }
        // A date in a sentence beside 来源 is no page's date.
        let sentence = try edited("browser-copy.txt") { lines in
            lines.insert("2023年1月16日，本报告的数据来源:各科室报送。", at: 2)
        }
        XCTAssertNil(try ImportSite().importFile(sentence).published)
    }

    /// 天水市麦积区教育局 2022: the catalogue's particulars as a bulleted list under the title (`- 索引号: …`,
    /// `- 主题分类:`, `- 标题: …报告`), 开化县中村乡 2023's as `索引号: | … |` rows. Before: **silent**, the list the
    /// preamble's first paragraphs.
    func testACataloguesParticularsAsABulletedList() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.insert(contentsOf: ["- 索引号: 20230318-144307-491", "- 主题分类:", "- 发布机构:", "- 组配分类:", "- 发文字号:", "- 成文日期:",
                                      "- 标题: 示例市示范区人民政府2022年政府信息公开工作年度报告"], at: 2)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let text = try preamble(site, outcome)
        XCTAssertTrue(text.hasPrefix("本报告根据"), text)
    }

    /// 海棠区卫生健康委员会 2022: the catalogue's particulars a bulleted list with its labels spaced out (`• 标    题:…报告`,
    /// `• 索 引 号:…`, `• 发布日期:…`) above the title. Before: refused with a wrong hint (the `标题` line taken for the title,
    /// its name “•标题:海棠区卫生健康委员会” for a mirror's injected words).
    func testATitleInABulletedParticularsList() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.insert(contentsOf: ["  • 标    题:示例市示范区人民政府2022年政府信息公开工作年度报告", "  • 索 引 号:32406320-0/2023-00147",
                                      "  • 主 题 词:", "  • 发布日期:2023-01-19"], at: 0)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        XCTAssertEqual(outcome.published, "2023-01-19")
        let text = try preamble(site, outcome)
        XCTAssertTrue(text.hasPrefix("本报告根据"), text)
    }

    /// 淮北市妇幼保健计划生育服务中心(市妇幼保健院) 2021: the title's name ends in a bracket it opens. Before: **silent**,
    /// the agency named “…服务中心(市妇幼保健院”; the bracket round a year below (…报告 / （2022年度）) is still no name's.
    func testATitlesNameEndingInABracketItOpens() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["示例市妇幼保健计划生育服务中心(示例市妇幼保健院)2022年政府信息公开年度报告"])
        }
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市妇幼保健计划生育服务中心(示例市妇幼保健院)")
        let below = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["示例市示范区人民政府政府信息公开工作年度报告", "（2022年度）"])
        }
        XCTAssertEqual(try ImportSite().importFile(below).newAgency?.name, "示例市示范区人民政府")
    }

    // MARK: headings

    /// 朔州市人民政府办公室 2023 (round thirteen's leftover): Word's list numbers lost to a bullet — `- 总体情况`,
    /// `- 主动公开政府信息情况` …, table 三's numbered rows `- 本年新收政府信息公开申请数量` too — with the tables after
    /// them: every cell as in the browser copy (it imported already; pinned).
    func testPartsBulletedInsteadOfNumbered() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines = lines.map { $0.replacingOccurrences(of: #"^[一二三四五六]、"#, with: "- ", options: .regularExpression) }
        }
        try assertImports(file, blanked: true)
    }

    /// 微山 高楼乡 2023: no 一、总体情况 heading — the preamble, a paragraph (今年以来…), then （一）主动公开情况 and the
    /// first part's other items. Refused, as before, now saying so on （一）'s line, the hint naming the heading to add
    /// (before: “the report is cut off, or prints the heading in a wording the form does not list”).
    func testTheFirstPartsItemsUnderNoHeading() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.removeAll { $0 == "一、总体情况" }
        }
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(rules(outcome.problems), ["import-section-missing"], "\(outcome.problems)")
        let problem = try XCTUnwrap(outcome.problems.first)
        XCTAssertTrue(problem.message.contains("stand under no heading of their own"), problem.message)
        XCTAssertTrue(problem.hint?.contains("add it above （一）") ?? false, "\(problem.hint ?? "")")
        XCTAssertGreaterThan(problem.location.line, 0)
    }

    // MARK: tables printed as lists

    /// `make-list-tables.py`: the filled-in template's tables as `<ul>` rows of `<li>` cells in a block marked as a
    /// table, the same unmarked, and `<div>` rows and cells laid out by `display: table`. Each imports the 200 cells
    /// of its `<table>` page (they did before).
    func testTablesPrintedAsListsImport() throws {
        for name in ["list-rows.html", "list-rows-unmarked.html", "div-rows.html"] {
            try assertImports(variant(name), blanked: false)
        }
    }

    /// The page with blank cells (`blanks.html`) as unmarked lists (`<li></li>` for a blank): a block holding only lists
    /// is a table, a list a row — every cell, blank and narrative as the `<table>` page's. Before: refused with a PDF's hint (“the text prints this table a cell a line…”: a blank item leaves
    /// no line).
    func testUnmarkedListsWithBlankItemsKeepTheirBlanks() throws {
        try assertSameReport(variant("list-rows-unmarked-blanks.html"), as: variant("blanks.html"), format: .html)
    }

    // MARK: tables beside the report

    /// The narratives as a Word file without tables (`no-tables.docx`), the three tables as a workbook beside it
    /// (`variants/spreadsheet.xlsx`): neither is a whole report. Each is refused, nothing written, the hint naming
    /// what to do — import the text and type the tables into its report.yaml. Before: the workbook's hint said only
    /// “a table on its own is not a report”.
    func testTablesPublishedAsAWorkbookBesideTheText() throws {
        let text = try ImportSite().importFile(ImportFixtures.own("no-tables.docx"), agency: "xiasha", year: 2024)
        XCTAssertEqual(text.status, .failed)
        XCTAssertTrue(text.problems.contains { $0.rule == "import-no-tables" && ($0.hint ?? "").contains("workbook") }, "\(text.problems)")
        let workbook = try ImportSite().importFile(variant("spreadsheet.xlsx"), agency: "xiasha", year: 2024)
        XCTAssertEqual(rules(workbook.problems), ["import-unknown-format"])
        XCTAssertTrue(workbook.problems.contains { ($0.hint ?? "").contains("type the tables into its report.yaml") }, "\(workbook.problems)")
    }
}
