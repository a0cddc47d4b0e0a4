import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round fifteen (VARIANTS.md): real reports found by search — the openings of 黑龙江, 吉林, 重庆, 新疆, 西藏, 贵州, 湖南
/// and 辽宁 pages, a university's, a hospital's, mirrors in traditional characters with a converter's pinyin — kept as
/// the store gave them (`real-pages/fifteen/`, long paragraphs shortened) and completed with the invented report's
/// rows from 二 on (`variants/browser-copy.txt`, or its traditional copy).
final class RealPagesFifteenTests: XCTestCase {
    /// The real opening `name` completed from the invented report's heading `from` (二、 by default) on.
    private func completed(_ name: String, from heading: String = "二、", traditional: Bool = false) throws -> URL {
        try realPageCompleted("fifteen", name, from: heading,
                              rest: traditional ? "variants/browser-copy-traditional.txt" : "variants/browser-copy.txt")
    }

    /// Imports the file, written, the agency named `agency`, every cell the invented report's; the preamble returned.
    @discardableResult
    private func assertWritten(_ file: URL, agency: String, year: Int, line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        try assertRealPageWritten(file, agency: agency, year: year, line: line)
    }

    // MARK: a mirror's converter

    /// 義烏工商職業技術學院 2022 (2022年義烏工商職業(yè)技術(shù)學(xué)院信息公開工作年度報告), 西藏自治區人民政府辦公廳 2023
    /// (`| 標(biāo) 題 | …公開(kāi)工作年度報(bào)告 | ||`, `?? ?? ??` and `??` spacers, the title again over them) and 西藏自治區民委
    /// 2023 (the title again ending `?`, then `?` alone): a converter's pinyin glosses inside the words. Before: the
    /// agencies named with the pinyin (義烏工商職業(yè)技術(shù)學(xué)院), or refused (`import-no-agency`: 辦公廳's title lost to
    /// 報(bào)告), the spacers and the title again the preamble's first paragraphs.
    func testAMirrorsPinyinGlossesAreNoPartOfItsWords() throws {
        let yiwu = try assertWritten(completed("yiwu-gongshang-2022-pinyin", traditional: true), agency: "義烏工商職業技術學院", year: 2022)
        XCTAssertTrue(yiwu.preamble.hasPrefix("根據(jù)《中華人民共和國政府信息公開條例》"), yiwu.preamble)
        for (name, agency) in [("xizang-bgt-2023-pinyin", "西藏自治區人民政府辦公廳"), ("xizang-minwei-2023-trad", "西藏自治區民委")] {
            let (_, preamble) = try assertWritten(completed(name, traditional: true), agency: agency, year: 2023)
            XCTAssertTrue(preamble.hasPrefix("根據"), "\(name): \(preamble)")
        }
        // Glossed headings and row labels (總(zǒng)體情況, 申請(qǐng)) read as the form's; (一) and 1.25 untouched.
        let glossed = try edited("browser-copy-traditional.txt") { lines in
            lines = lines.map { $0.replacingOccurrences(of: "總體", with: "總(zǒng)體").replacingOccurrences(of: "申請", with: "申請(qǐng)")
                .replacingOccurrences(of: "報告", with: "報(bào)告") }
        }
        try assertImports(glossed, blanked: true)
    }

    /// 西藏自治區人民政府 2023 on a mirror: the catalogue's particulars as lines of text (`標(biāo)      題 …`, `索引號 …`,
    /// `發(fā)布機構(gòu) … 發(fā)布日期 …`), `時間: … 來源: …`, `背景色:`, then the title again over two lines a blank line
    /// apart. Before: **silent**, the agency “標(biāo)題西藏自治區(qū)人民政府”, the particulars the preamble's first paragraphs.
    func testParticularsAsLinesOnATraditionalMirror() throws {
        let (_, preamble) = try assertWritten(completed("xizang-zzq-2023-mirror", traditional: true), agency: "西藏自治區人民政府", year: 2023)
        XCTAssertTrue(preamble.hasPrefix("根據"), preamble)
    }

    // MARK: a page's furniture

    /// 贵阳市 2020 (贵阳市人民政府 alone under the title, then 来源: … 发布时间: … 字体:[]) and 宣威 落水镇 2024 (`• 宣威市人民政府门户网`,
    /// `• 2025-02-10 15:59` under the title). Before: **silent**, the name or the items the preamble's first paragraphs.
    func testTheSitesBylineUnderTheTitle() throws {
        let guiyang = try completed("guiyang-2020")
        let site = try ImportSite()
        let outcome = site.importFile(guiyang)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "贵阳市")
        XCTAssertEqual(outcome.published, "2021-03-05")
        let opening = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2020)?.narratives["preamble"]?.value)
        XCTAssertTrue(opening.hasPrefix("根据"), opening)

        let (luoshui, text) = try assertWritten(completed("xuanwei-luoshui-2024"), agency: "宣威市落水镇人民政府", year: 2024)
        XCTAssertTrue(text.hasPrefix("根据"), text)
        XCTAssertEqual(luoshui.published, "2025-02-10")
        // A name with a colon (江苏省气象局:, the report addressed to it) is no byline: kept, as before.
        let addressed = try edited("browser-copy.txt") { lines in lines.insert("示例市人民政府办公室:", at: 2) }
        let site2 = try ImportSite()
        XCTAssertTrue(try preamble(site2, site2.importFile(addressed)).hasPrefix("示例市人民政府办公室:"))
    }

    // MARK: the agency

    /// 重庆市铜梁区人民政府机关 2021 (the title over two lines, 现发布《重庆市铜梁区人民政府机关2021年…》). Before: refused
    /// (`import-no-agency`: a name ending in 机关).
    func testANameEndingInJiguan() throws {
        try assertWritten(completed("tongliang-2021"), agency: "重庆市铜梁区人民政府机关", year: 2021)
    }

    /// 吉林市卫生健康委员会 2022 (a mirror): the title names no one; 吉林市卫生健康委编制了吉林市卫生健康委员会2022年…报告(以下简称《年报》).
    /// Before: refused (`import-no-agency`).
    func testTheReportNamedAfterItsCompilingVerb() throws {
        try assertWritten(completed("jilinshi-wjw-2022"), agency: "吉林市卫生健康委员会", year: 2022)
    }

    /// 札达县 2023: the title names no one (2023年度政府信息公开年度报告), the text only 我办, the catalogue's particulars a list
    /// (`• 发文机构:札达县人民政府`, `• 发布日期:2024-02-19`). Before: refused (`import-no-agency`). A report that names its
    /// agency only in 一's sentences (乌鲁木齐市 2022: 2022年，乌鲁木齐市坚持…; 渝中区人民政府办公室 2025) stays refused.
    func testTheCataloguesIssuerOfAnUnnamedReport() throws {
        let (outcome, preamble) = try assertWritten(completed("zhada-2023"), agency: "札达县人民政府", year: 2023)
        XCTAssertEqual(outcome.published, "2024-02-19")
        XCTAssertTrue(preamble.hasPrefix("阿里地区行办网络信息中心:"), preamble)  // addressed, as printed
        _ = try assertRefused(completed("urumqi-2022"), agency: nil, ["import-no-agency"])
        // (No publisher printed either: its publisher's refusal said with its year's since round eighty-six.)
        _ = try assertRefused(completed("yuzhong-bgs-2025"), agency: nil, ["import-no-year", "import-no-agency"])
    }

    // MARK: the year

    /// 洮南 瓦房镇: 现公布…人民政府2024年…报告，… 现将2025年度工作报告如下 — the report of 2025 (its 总体情况, published
    /// 2026) named for 2024. Before: **silent**, imported as 2024. Now refused, the hint to say which.
    func testAPreambleNamingReportsOfTwoYears() throws {
        let outcome = try ImportSite().importFile(try completed("taonan-wafang-2025"))
        XCTAssertEqual(rules(outcome.problems), ["import-no-year"], "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.message.contains("2024, 2025") ?? false, "\(outcome.problems)")
    }

    /// 淮北市人民医院 2022: 统计期限自2022年1月1日起至2022年12月20日止 (read: 2022), and its first part headed 一、主动公开情况
    /// over （一）依申请公开情况. Before: refused, also for the year, the hint “its items stand under no heading”. Now refused for
    /// the heading only, naming the one it prints.
    func testAHospitalsFirstPartHeadedInOtherWords() throws {
        let outcome = try ImportSite().importFile(try completed("huaibei-renmin-yiyuan-2022"))
        XCTAssertEqual(rules(outcome.problems), ["import-section-missing"], "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.message.contains("“一、主动公开情况”") ?? false, "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.hint?.contains("head it 一、总体情况") ?? false, "\(outcome.problems)")
    }

    // MARK: what stays refused, with the right words

    /// 海城 西四镇 2025: table 二 as its page's text, every row's figures against its label (规章000: 0, 0, 0 or 00, 0?).
    /// Refused as before, now saying the cells' gaps were lost (before: “has no cells”, “printed where no row can claim them”).
    func testFiguresRunAgainstTheirLabel() throws {
        let outcome = try ImportSite().importFile(try completed("haicheng-xisi-2025", from: "第二十条第（五）项"))
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertTrue(outcome.problems.contains { $0.message.contains("“规章000”") && $0.message.contains("no gap") }, "\(outcome.problems)")
    }

    /// 中山大学 2021—2022学年: a university's report under 高等学校信息公开办法. Before: refused as five sections missing and no
    /// year, the hint “cut off”. Now refused as what it is.
    func testASchoolYearsReportIsNoGovernmentReport() throws {
        let file = ImportFixtures.own("real-pages/fifteen/sysu-2021-2022.txt")
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(rules(outcome.problems), ["import-no-report"], "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.message.contains("高等学校信息公开办法") ?? false, "\(outcome.problems)")
        // A government report whose preamble cites the school year's rules stays a government report.
        let cited = try edited("browser-copy.txt") { lines in
            lines[2] = "本报告根据《中华人民共和国政府信息公开条例》和《高等学校信息公开办法》编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
        }
        XCTAssertEqual(try ImportSite().importFile(cited).status, .written)
    }
}
