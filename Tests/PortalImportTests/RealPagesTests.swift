import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eight (VARIANTS.md): the shapes real report pages found by search arrived in,
/// laid out with the invented report of `variants/browser-copy.txt` (its title is
/// 示例市示范区人民政府 / 2022年政府信息公开工作年度报告, its preamble two sentences).
final class RealPagesTests: XCTestCase {
    private static let preambleStart = "本报告根据《中华人民共和国政府信息公开条例》编制。"

    /// The browser copy with its title (two lines) and first preamble line changed.
    private func page(title: [String]? = nil, preamble: String? = nil, underOne: String? = nil) throws -> URL {
        try edited("browser-copy.txt") { lines in
            XCTAssertEqual(lines[1], "2022年政府信息公开工作年度报告")
            XCTAssertTrue(lines[2].hasPrefix(Self.preambleStart))
            if let underOne, let one = lines.firstIndex(of: "一、总体情况") { lines.insert(underOne, at: one + 1) }
            if let preamble { lines[2] = preamble }
            if let title { lines.replaceSubrange(0...1, with: title) }
        }
    }

    /// Imports without `--agency`: the agency is the one the text names, every cell the example's,
    /// the preamble starting as `preamble` does.
    @discardableResult
    private func assertImports(_ file: URL, agency: String, preamble: String? = preambleStart,
                               line: UInt = #line) throws -> (report: Report, outcome: ImportOutcome) {
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug, line: line), 2022), line: line)
        try assertFigures(report, blanked: true, line: line)
        if let preamble {
            XCTAssertEqual(report.narratives["preamble"]?.value.hasPrefix(preamble), true, report.narratives["preamble"]?.value ?? "", line: line)
        }
        return (report, outcome)
    }

    // MARK: a page's particulars under the title

    /// Before: the line was the preamble's first paragraph (a 宁陕 town's and a 攀枝花 bureau's pages).
    func testPublicationParticularsUnderTheTitleAreNotThePreamble() throws {
        for particulars in ["作者: 来源: 发布时间:2023-01-20 10:37",
                            "www.example.gov.cn 发布时间:2023-01-20 来源:办公室 选择阅读字号:[ 大 中 小 ] 阅读次数:",
                            "来源：示范区 发布时间：2023-01-20 浏览次数："] {
            let file = try page(title: ["示例市示范区人民政府", "2022年政府信息公开工作年度报告", "", particulars, ""])
            let imported = try assertImports(file, agency: "示例市示范区人民政府")
            XCTAssertEqual(imported.outcome.published, "2023-01-20", particulars)
        }
    }

    func testAParticularsLineIsFurnitureButASentenceNamingASourceIsNot() {
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("作者: 来源: 发布时间:2025-02-06 10:37"))
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("选择阅读字号:[ 大 中 小 ]"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("数据来源：本机关统计，发布时间：每月5日前。"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("全年发布信息来源于各科室。"))
    }

    // MARK: no title: the sentence that publishes the report

    /// Before: refused (`import-no-agency`, or `import-no-year` where the period is not printed either).
    func testTheSentenceThatPublishesTheReportNamesTheAgencyAndTheYear() throws {
        let sentences = [
            ("根据《条例》规定，现公布示例街道2022年政府信息公开工作年度报告。", "示例街道"),
            ("根据《条例》第五十条的规定，特向社会公布2022年度示例市生态环境局示范分局政府信息公开工作年度报告。", "示例市生态环境局示范分局"),
            ("按照《条例》的要求，现向社会公开《示例市人民政府办公室2022年政府信息公开工作年度报告》。", "示例市人民政府办公室"),
            ("根据《条例》的要求，示例市示范区东湖街道特编制2022年政府信息公开年度报告。", "示例市示范区东湖街道"),
            ("現特向社會公布2022年示例鎮人民政府信息公開工作年度報告。", "示例鎮人民政府"),
            // A name of three characters; a name holding 十 (a number to Swift, no figure: 十堰市's shape).
            ("根据《条例》的规定，现公布示例镇2022年政府信息公开工作年度报告。", "示例镇"),
            ("特向社会公布2022年度示例县十里铺街道办事处政府信息公开工作年度报告。", "示例县十里铺街道办事处"),
        ]
        for (sentence, agency) in sentences {
            // No title, no statistics period: the sentence alone says whose report it is, and for which year.
            let file = try page(title: [], preamble: sentence)
            try assertImports(file, agency: agency, preamble: sentence)
        }
    }

    /// 北杜's shape: no preamble, the sentence in 一's first paragraph.
    func testTheSentenceMayOpenSectionOne() throws {
        let sentence = "根据《条例》的要求，示例街道依法开展2022年政府信息公开工作，现编制《示例街道办事处2022年政府信息公开工作年度报告》。"
        let file = try edited("browser-copy.txt") { lines in
            lines.removeSubrange(0...3)
            lines.insert(sentence, at: 1)
        }
        let report = try assertImports(file, agency: "示例街道办事处", preamble: nil).report
        XCTAssertEqual(report.narratives["overview"]?.value.hasPrefix(sentence), true, report.narratives["overview"]?.value ?? "")
    }

    /// 区人民政府办公室 names the office of a district the text does not say: refused, as before.
    func testANameRelativeToTheSiteIsNoAgency() throws {
        let file = try page(title: [], preamble: "现公开区人民政府办公室2022年政府信息公开工作年度报告。")
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"])
        XCTAssertEqual(SignedAgency.publisher(in: TextExtractor.lines(of: "现公布示例镇2021年报告。现公布示例乡2021年报告。\n")[...]), nil,
                       "two names: none")
    }

    /// A signature whose name holds 三 (三明市, 万州区, 十堰市). Before: no name (refused, `import-no-agency`).
    func testASignatureNamingAPlaceWithANumeralNamesTheAgency() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.removeFirst()
            lines += ["", "示例市三江区卫生健康局", "2023年1月20日"]
        }
        try assertImports(file, agency: "示例市三江区卫生健康局")
        XCTAssertTrue(SignedAgency.isAgencyName("示例市十堰路街道办事处"))
        XCTAssertFalse(SignedAgency.isAgencyName("示例区第2街道办事处"), "figures still tell a name from a date's line")
        XCTAssertFalse(SignedAgency.isAgencyName("示例区第２街道办事处"))
    }

    // MARK: sections

    /// 一's sub-heading （二）主动公开政府信息情况 (合水镇's shape: 概述 first) in heading 二's words and number.
    /// Before: taken for heading 二, its sentence dropped from the overview (a warning only).
    func testASubHeadingNumberedInBracketsIsNeverAPartsHeading() throws {
        let sentence = "通过门户网站的栏目可查阅公开的政务信息。"
        let file = try edited("browser-copy.txt") { lines in
            let index = lines.firstIndex(of: "全年主动公开政府信息1200条。")!
            lines.insert(contentsOf: ["（二）主动公开政府信息情况", sentence], at: index + 1)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(rules(outcome.problems).filter { $0 == "import-text-dropped" }, [])
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report, blanked: true)
        let overview = (report.narratives["overview"]?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(overview.contains("主动公开政府信息情况") && overview.hasSuffix(sentence), overview)
    }

    /// A text whose lines were run into one (清水县 2019, 开平 2020 as the store keeps them).
    /// Before: “no report found: none of the six section headings”.
    func testATextRunIntoOneLineIsRefusedSayingItsLineBreaksWereLost() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines = [lines.joined(separator: " ").replacingOccurrences(of: "\t", with: " ")]
        }
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let problem = try XCTUnwrap(outcome.problems.first, "\(outcome.problems)")
        XCTAssertEqual(problem.rule, "import-no-report")
        XCTAssertTrue(problem.message.contains("line breaks were lost"), problem.message)
    }

    // MARK: titles

    /// 2023年度沅江路街道信息公开工作报告, printed twice. Before: refused (`import-no-year`).
    func testATitleWithoutTheWordGovernmentPrintedTwice() throws {
        let title = "2022年度示例街道信息公开工作报告"
        try assertImports(try page(title: [title, title]), agency: "示例街道")
    }

    /// The title again under the page's own, wrapped over two lines (河口's shape), or under the
    /// particulars with the page's indentation (和平街道's). Before: the copy was the preamble's first paragraph.
    func testTheTitlePrintedAgainWrappedOrUnderTheParticularsIsNoPreamble() throws {
        let title = "示例市示范区人民政府2022年政府信息公开工作年度报告"
        let copies = [
            [title, "", " ", "示例市示范区人民政府2022年政府信息公开", "工作年度报告", " "],
            [title, "", "发布日期:2023-01-12    点击数:", "", "                  " + title, "", " "],
        ]
        for lines in copies {
            try assertImports(try page(title: lines), agency: "示例市示范区人民政府")
        }
    }

    /// The same on a web page: the particulars in a `<div>` no class marks, the title again in two `<h2>`s.
    /// Before: both in the preamble.
    func testOnAWebPageTheParticularsAndTheWrappedTitleCopyAreNoPreamble() throws {
        let file = try editedPage("template-filled.html", [("年度报告</h1>", "年度报告</h1><div>www.example.gov.cn 发布时间:2023-01-20 来源:办公室 "
            + "选择阅读字号:[ 大 中 小 ] 阅读次数:</div><h2>示例市示范区人民政府2022年政府信息公开</h2><h2>工作年度报告</h2>")])
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.published, "2023-01-20")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report)
        XCTAssertEqual(report.narratives["preamble"]?.value.hasPrefix(Self.preambleStart), true, report.narratives["preamble"]?.value ?? "")
    }

    /// 2022年某委员会信息公开年报 (湖口's shape). Before: the agency was “…委员会信息公开”.
    func testATitleEndingInformationDisclosureAnnualReportNamesTheAgencyWithoutThoseWords() throws {
        try assertImports(try page(title: ["2022年示例市示范区卫生健康委员会信息公开年报"]), agency: "示例市示范区卫生健康委员会")
    }

    /// 一、总体概述 (双塔区前进街道 2020). Before: refused (section 一 not found).
    func testSectionOneHeadedOverallSummary() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines[lines.firstIndex(of: "一、总体情况")!] = "一、总体概述"
        }
        try assertImports(file, agency: "示例市示范区人民政府")
    }

    // MARK: folder names

    /// ICU spells 长 zhang; in a place's name it is chang.
    func testChangInAPlacesNameIsSpelledChang() {
        XCTAssertEqual(AgencySlug.derived(from: "长沙市生态环境局", taken: []), "changshashi-shengtaihuanjingju")
        XCTAssertEqual(AgencySlug.derived(from: "延长县人民政府", taken: []), "yanchangxian-renminzhengfu")
    }
}
