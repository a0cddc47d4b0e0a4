import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round seventeen (VARIANTS.md): real reports found by search — the openings of 湖南, 北京, 上海, 天津, 新疆, 安徽, 江西,
/// 广东 pages, a customs district's, a tax bureau's, a 区委's — kept as the store gave them (`real-pages/seventeen/`, long
/// paragraphs shortened) and completed with the invented report's rows from 二 on (`variants/browser-copy.txt`, or the 2019
/// trial form's `tika/template-2019-filled.docx.txt` for a report of 2020).
final class RealPagesSeventeenTests: XCTestCase {
    /// The real opening `name` completed from `rest`'s heading `from` (二、 by default) on.
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("seventeen", name, from: heading, rest: rest)
    }

    @discardableResult
    private func assertWritten(_ file: URL, agency: String, year: Int, figures: Bool = true, line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        try assertRealPageWritten(file, agency: agency, year: year, figures: figures, line: line)
    }

    // MARK: a browser's title for the page

    /// 长沙县人民政府 2021 on a mirror: the page's title first, `长沙市政府门户网站-长沙县人民政府2021年…报告_足彩app…`, then the
    /// crumbs and the article's own title. Before: **silent**, the agency “长沙市政府门户网站-长沙县人民政府”, the crumbs and
    /// the title the preamble. 海关总署(本级机关) 2020 (`…年度报告-pa凯发国际登录`, the trial form): before, **silent**, the title
    /// again the preamble's first paragraph.
    func testABrowsersTitleForThePageAboveTheArticlesOwn() throws {
        let (changsha, preamble) = try assertWritten(completed("changshaxian-2021"), agency: "长沙县人民政府", year: 2021)
        XCTAssertEqual(changsha.published, "2022-02-03")
        XCTAssertTrue(preamble.hasPrefix("根据《中华人民共和国政府信息公开条例》"), preamble)

        let (_, customs) = try assertWritten(completed("hgzs-2020", rest: "tika/template-2019-filled.docx.txt"),
                                             agency: "海关总署(本级机关)", year: 2020, figures: false)
        XCTAssertTrue(customs.hasPrefix("本报告根据"), customs)
    }

    // MARK: what stands between the title and the preamble

    /// 上海市静安区地区工作办公室 2023: the report's date alone under its title (2024年1月31日). Before: **silent**, the date the
    /// preamble's first paragraph, no publication day. 奇台 大泉塔塔尔族乡 2024: `发文日期 2025-01-23 18:16:29` (read as the
    /// day before, and kept in the preamble: **silent**). 金融街街道 2025: `分享:`, then the title again with its name in full
    /// (北京市西城区金融街街道2025年政府 / 信息公开工作年度报告): before, **silent**, both the preamble.
    func testTheDateAndTheFurnitureUnderTheTitle() throws {
        let (jingan, preamble) = try assertWritten(completed("jingan-dqb-2023"), agency: "上海市静安区地区工作办公室", year: 2023)
        XCTAssertEqual(jingan.published, "2024-01-31")
        XCTAssertTrue(preamble.hasPrefix("本年度报告根据"), preamble)

        let (qitai, opening) = try assertWritten(completed("qitai-daquanta-2024"), agency: "奇台县大泉塔塔尔族乡", year: 2024)
        XCTAssertEqual(qitai.published, "2025-01-23")
        XCTAssertTrue(opening.hasPrefix("本报告根据"), opening)

        let (_, street) = try assertWritten(completed("jinrongjie-2025"), agency: "西城区金融街街道", year: 2025)
        XCTAssertTrue(street.hasPrefix("依据《中华人民共和国政府信息公开条例》"), street)

        // 天津市城市管理委员会 2025: the site's clock (2019年12月3日星期二) above the title is no date of the report's.
        let (city, cityPreamble) = try assertWritten(completed("tianjin-csgl-2025"), agency: "天津市城市管理委员会", year: 2025)
        XCTAssertNil(city.published)
        XCTAssertTrue(cityPreamble.hasPrefix("本年度报告由天津市城市管理委员会编制"), cityPreamble)

        // A date in the preamble's sentence is no date alone.
        XCTAssertTrue(ReportTitle.isDateAlone(" 2024年1月31日 "))
        XCTAssertTrue(ReportTitle.isDateAlone("2025-01-23 18:16"))
        XCTAssertFalse(ReportTitle.isDateAlone("2019年12月3日星期二"))
        XCTAssertFalse(ReportTitle.isDateAlone("2024年1月31日，本机关…"))
    }

    // MARK: the compiler named in other words

    /// Reports without a title naming their compiler in words the import did not read. Before: refused (`import-no-agency`)
    /// each. 昌江区委信访局 2022: …要求,由昌江区委信访局结合有关统计数据编制。 镜湖区税务局 2022: 结合国家税务总局芜湖市镜湖区税务局
    /// (以下简称“镜湖区税务局”)政府信息公开工作有关统计数据撰写。 湛江海关 2023: 梳理编制湛江海关关区2023年…报告。
    func testTheCompilerNamedInOtherWords() throws {
        try assertWritten(completed("changjiang-xfj-2022"), agency: "昌江区委信访局", year: 2022)
        try assertWritten(completed("jinghu-sw-2022"), agency: "国家税务总局芜湖市镜湖区税务局", year: 2022)
        try assertWritten(completed("zhanjiang-hg-2023"), agency: "湛江海关关区", year: 2023)
    }

    /// Names that are no one's stay refused: a document site's template (由xx县中医院编制完成), and a name in the title of a
    /// notice the preamble cites (按照《关于编制示例县2022年度…报告的通知》).
    func testATemplatesPlaceholderOrACitedNoticeNamesNoOne() throws {
        let template = try assertRefused(completed("xx-zhongyiyuan-2023"), agency: nil, ["import-no-agency"])
        XCTAssertFalse(template.contains("xx县"), template)
        XCTAssertFalse(SignedAgency.isAgencyName("xx县中医院"))
        XCTAssertFalse(SignedAgency.isAgencyName("××县卫生健康局"))
        let cited = try untitled("按照《关于编制示例县2022年度政府信息公开工作年度报告的通知》要求，编制本报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")
        XCTAssertEqual(rules(try ImportSite().importFile(cited).problems), ["import-no-agency"])
        // The same name as the sentence's own: read.
        let own = try untitled("根据《条例》要求，梳理编制示例县2022年度政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")
        try assertWritten(own, agency: "示例县", year: 2022)
    }

    // MARK: a row printed without figures

    /// 衡东 杨林镇 2023 (the trial form in a 2023 report): `行政许可 | ||||` — the label and the copy's bars, no figure, for six
    /// rows of table 二. Before: refused, the hint “the table has merged or extra cells here”. Now refused on each row saying it
    /// prints no figure (a copied blank cell and the row's padding look the same): blank or lost, which only the report tells.
    func testARowPrintingItsLabelAndNoFigure() throws {
        let outcome = try ImportSite().importFile(try completed("hengdong-yanglin-2023", from: "三、", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .failed)
        let rows = outcome.problems.filter { $0.rule == "import-cell" }
        XCTAssertEqual(rows.count, 5, "\(outcome.problems)")
        XCTAssertTrue(rows.allSatisfy { $0.message.contains("prints its label and no figure") && !($0.hint ?? "").contains("merged") },
                      "\(outcome.problems)")
        XCTAssertTrue(rows.first?.message.contains("行政许可") ?? false, "\(rows)")
    }

    // MARK: refusals that stay

    /// 福建省监狱管理局 2023: part 一 headed 一、2023年政府信息公开工作开展情况 — refused, the heading named (round fifteen's hint).
    /// 奉新县高新技术产业园区管委会 2022 (a traditional mirror): named only as the contact (請與…辦公室聯系), 我委 — refused until
    /// session 46; now written as the 管委會 its text speaks as (its 辦公室 read in simplified characters).
    func testRefusalsThatStay() throws {
        let prison = try ImportSite().importFile(try completed("fujian-jyj-2023"))
        XCTAssertEqual(rules(prison.problems), ["import-section-missing"], "\(prison.problems)")
        XCTAssertTrue(prison.problems.first?.message.contains("一、2023年政府信息公开工作开展情况") ?? false, "\(prison.problems)")
        try assertWritten(completed("fengxin-gxq-2022-trad", rest: "variants/browser-copy-traditional.txt"), agency: "奉新縣高新技術產業園區管委會", year: 2022)
    }

    // MARK: leftovers (helper leftovers17)

    /// 襄州区 2022 as the store keeps it: no title, the preamble, 一、总体情况 and part 一's items run into one line (…事项。
    /// 一、总体情况 2022年,襄州区人民政府… (一)… (二)…), the name only in 一's sentences. The reader breaks the line at 一's
    /// heading, so the parts are found, and the import failed on the agency alone. Before: refused, “The report prints no agency
    /// name” with the --agency hint only. Now refused on line 1, the lost line breaks named (a title lost with them), the hint
    /// to import the page or file itself or restore them first. The same text under a title (made up here: the page's own is
    /// not in the store's text) imports: a run-together opening alone is no refusal.
    func testAnOpeningRunTogetherNamedWhenTheAgencyIsMissing() throws {
        let runTogether = try completed("xiangzhou-2022")
        let outcome = try ImportSite().importFile(runTogether)
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(outcome.problems)")
        let refusal = try XCTUnwrap(outcome.problems.first)
        XCTAssertEqual(refusal.location.line, 1)
        XCTAssertTrue(refusal.message.contains("line breaks were lost"), refusal.message)
        XCTAssertTrue(refusal.hint?.contains("restore the line breaks") ?? false, "\(refusal)")
        // With --agency of a folder not yet made, the refusal is that one's (no name to create it with).
        let given = try ImportSite().importFile(runTogether, agency: "shifan")
        XCTAssertEqual(given.problems.map(\.message), ["the agency “shifan” does not exist yet and the report prints no agency name to create it with"])

        let titled = FileManager.default.temporaryDirectory.appendingPathComponent("seventeen-titled-\(UUID().uuidString).txt")
        try Data(("襄州区人民政府2022年政府信息公开工作年度报告\n" + String(contentsOf: runTogether, encoding: .utf8)).utf8).write(to: titled)
        addTeardownBlock { try? FileManager.default.removeItem(at: titled) }
        try assertWritten(titled, agency: "襄州区人民政府", year: 2022)
    }

    /// 黑河市气象局 2021: table 二's 第二十条第（一）项 headed `本年新 | 本年新 | 对外公开总数量` (the trial form's) over the 2021
    /// form's rows, its figures all 0. Before: imported, the header unread. Now imported with a warning naming the headings (0
    /// reads the same in any column). With a figure other than 0 there (made up: 规章 1 | 1 | 3), the columns could mean the
    /// trial form's (本年新公开数量 is not 本年废止件数): refused, never read into the 2021 form's columns.
    func testColumnHeadingsOfTheOtherForm() throws {
        let file = try completed("heihe-qx-2021", from: "三、")
        let (outcome, _) = try assertWritten(file, agency: "黑河市气象局", year: 2021, figures: false)
        let warnings = outcome.problems.filter { $0.rule == "import-column-headings" }
        XCTAssertEqual(warnings.count, 1, "\(outcome.problems)")
        XCTAssertEqual(warnings.first?.location.line, 11)
        XCTAssertTrue(warnings.first?.message.contains("“对外公开总数量”") ?? false, "\(warnings)")

        let text = try String(contentsOf: file, encoding: .utf8)
        let figured = FileManager.default.temporaryDirectory.appendingPathComponent("seventeen-figured-\(UUID().uuidString).txt")
        try Data(text.replacingOccurrences(of: "规章 | 0 | 0 | 0 | |", with: "规章 | 1 | 1 | 3 | |").utf8).write(to: figured)
        addTeardownBlock { try? FileManager.default.removeItem(at: figured) }
        let message = try assertRefused(figured, agency: nil, ["import-mixed-formats"])
        XCTAssertTrue(message.contains("could be in other columns"), message)

        // The 2021 form's own headings over the same rows: no word.
        let own = FileManager.default.temporaryDirectory.appendingPathComponent("seventeen-own-\(UUID().uuidString).txt")
        try Data(text.replacingOccurrences(of: "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |", with: "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | |").utf8).write(to: own)
        addTeardownBlock { try? FileManager.default.removeItem(at: own) }
        XCTAssertFalse(rules(try ImportSite().importFile(own).problems).contains("import-column-headings"))
    }
}
