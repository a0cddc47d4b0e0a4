import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-two (VARIANTS.md): real reports found by search — 内蒙古, 甘肃, 新疆, 宁夏, 吉林, 上海's 街道, 海南's 市县
/// pages, 人防, 气象, 金融 and 统计 bodies, state farms and a 开发区 — kept as the store gave them (`real-pages/twentytwo/`,
/// long paragraphs shortened) and completed with the invented report's rows (`variants/browser-copy.txt`, the trial form's
/// `tika/template-2019-filled.docx.txt` for 2020).
final class RealPagesTwentyTwoTests: XCTestCase {
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("twentytwo", name, from: heading, rest: rest)
    }

    private func assertReads(_ name: String, _ agency: String, _ year: Int, published: String?, preamble: String, line: UInt = #line) throws {
        try assertRealPageReads("twentytwo", name, agency, year, published: published, preamble: preamble, line: line)
    }

    // MARK: the site's furniture is no preamble, nor a title

    /// 延安市人防办 2021: crumbs between slashes (`首页/ 公开 / 政府信息公开年报 / 2021年 / … / 正文`) — before, the title and the
    /// agency “首页/公开/”. 柴桑区林业局 2025: `关联导读:` under the title. 蒋湖农场 2021: `字号: 分享:`. 台州市气象局 2024: `年报图解`,
    /// the link to its picture version. A mirror of 兰州新区经济合作局's 2023: `字號:[大][中][小]`, and the title `…局關于2023年…報告`
    /// (the agency was “…局關于”). Before: **silent** ×5, the lines the preamble's first paragraph.
    func testTheSitesFurnitureIsNoPreamble() throws {
        try assertReads("yanan-rfb-2021", "延安市人民防空办公室", 2021, published: nil, preamble: "按照延安市人民政府办公室《关于进一步做好")
        // (Its 生成日期 2026-01-28 falls after the tests' import day, 2026-01-15: no publication day yet.)
        try assertReads("chaisang-lyj-2025", "九江市柴桑区林业局", 2025, published: nil, preamble: "本报告依据《中华人民共和国政府信息公开条例》")
        try assertReads("jianghu-nc-2021", "蒋湖农场", 2021, published: "2022-01-06", preamble: "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《市人民政府")
        try assertReads("taizhou-qxj-2024", "台州市气象局", 2024, published: "2025-01-16", preamble: "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定")
        // (Its `時間: 2024/01/31/ 17:33` read since round twenty-three: `RealPagesTwentyThreeTests`.)
        try assertReads("lzxq-jhj-2023", "蘭州新區經濟合作局", 2023, published: "2024-01-31", preamble: "根據《中華人民共和國政府信息公開條例》規定")
        for line in ["首页/ 公开 / 政府信息公开年报 / 2021年 / 市政府直属机构 / 正文", "字号: 分享:", "字號:[大][中][小]", "关联导读:", "年报图解", "图解      音频"] {
            XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line)
        }
        // A sentence is no furniture, even one that starts as a link's words would.
        for line in ["图解政策文件12件,制作一图读懂5期。", "关联导读工作纳入考核。", "首页改版后,栏目更清晰。"] {
            XCTAssertFalse(HTMLDocumentReader.isChromeLine(line), line)
        }
    }

    // MARK: the title again, in other forms, and what stands under it

    /// 金厂镇 2025: `2025年金厂镇…报告`, `发布日期:… 点击数:`, then `政府信息公开工作年度报告` alone (the title without its name nor
    /// its year). 永靖县 2024: `临夏回族自治州永靖县2024年…报告`, then `永靖县` alone. 夏阳街道 2025: the title, `主动公开` (the
    /// catalogue's 公开方式), `2026.01.13`. Before: **silent** ×3, those lines the preamble's first paragraph, 夏阳街道's date not read.
    /// 金昌市统计局 2024, sent up as a letter (`金统发〔2025〕2号`, the title, `市政府办公室:`): imported before and after (pinned).
    func testTheTitleAgainAndTheShortNameAreNoPreamble() throws {
        try assertReads("jinchangzhen-2025", "通化市东昌区金厂镇", 2025, published: "2026-01-12", preamble: "根据《中华人民共和国政府信息公开条例》规定,现将我镇2025年度")
        try assertReads("yongjing-2024", "临夏回族自治州永靖县", 2024, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《国务院办公厅")
        // Addressed as a letter: the addressee stays the preamble's, as printed (round fifteen's 札达县 and 江苏省气象局:).
        try assertReads("jinchang-tjj-2024", "金昌市统计局", 2024, published: nil, preamble: "市政府办公室:")
        try assertReads("xiayang-jd-2025", "上海市青浦区夏阳街道办事处", 2025, published: "2026-01-13", preamble: "本年度报告根据《中华人民共和国政府信息公开条例》")
    }

    /// 北京市西城区人防办 2020 (the trial form): the site's name and its column `政府信息公开年报` over the title broken after its
    /// year without 年 (`北京市西城区人民防空办公室2020` / `政府信息公开工作年度报告`). Before: **silent** — the column taken for a title
    /// naming no one, the agency the site's 北京市西城区人民政府, the real title the preamble.
    func testASitesColumnOverATitleBrokenAfterItsYear() throws {
        let report = try realPageReport(completed("xicheng-rfb-2020", rest: "tika/template-2019-filled.docx.txt"),
                                        agency: "北京市西城区人民防空办公室", year: 2020, published: "2021-01-19")
        XCTAssertEqual(report.formID, "gov-info-2019")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本报告是根据《中华人民共和国政府信息公开条例》") == true, report.narratives["preamble"]?.value ?? "")
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "0", "1", "2", "0", "46"])
    }

    // MARK: the publisher

    /// 磐石 吉昌镇 2023: no title; 现公布磐石市吉昌镇本年度政府信息公开工作情况 (the year the statistics period's). 鄯善县 2022: no title;
    /// …有关统计数据编制完成《鄯善县2022年政府信息公开工作年度报告》, 请与鄯善县信息服务中心联系. Before: refused (`import-no-agency`,
    /// the contact office named as the only clue).
    func testThePublisherNamedInOtherSentences() throws {
        try assertReads("jichang-2023", "磐石市吉昌镇", 2023, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》规定,现公布磐石市吉昌镇")
        try assertReads("shanshan-2022", "鄯善县", 2022, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》、国务院办公厅")
    }

    // MARK: a copied row's blank cell

    /// 白沙黎族自治县 2023: table 二 copied as `a | b |` rows, `规章 | 0 | 0 | |` (its 现行有效件数 blank) between rows of four cells.
    /// Before: the blank taken for the row's padding, the row read short by one and right-aligned — refused, “规章” not a number.
    /// The page prints no title nor statistics period: refused for the year alone, as it stays.
    func testABlankCellAtACopiedRowsEnd() throws {
        let baisha = try ImportSite().importFile(completed("baisha-2023", from: "第二十条第（五）项"))
        // (No publisher printed either: its publisher's refusal said with its year's since round eighty-six.)
        XCTAssertEqual(rules(baisha.problems), ["import-no-year", "import-no-agency"])
        let site = try ImportSite()
        let given = site.importFile(try completed("baisha-2023", from: "第二十条第（五）项"), agency: "baisha", year: 2023, dryRun: true)
        XCTAssertEqual(rules(given.problems), ["import-no-agency"], "only the agency is still missing: the rows read")
        // The invented report's table 二 as copied rows: 规章's last cell blank, 行政许可 padded to the widest row.
        let copied = try edited("browser-copy.txt") { lines in
            guard let start = lines.firstIndex(where: { $0.hasPrefix("二、") }), let end = lines.firstIndex(where: { $0.hasPrefix("三、") }) else { return }
            for index in start + 1..<end where lines[index].contains("\t") {
                var cells = lines[index].components(separatedBy: "\t")
                if cells.first == "规章" { cells[3] = "" }
                lines[index] = cells.joined(separator: " | ") + (cells.first == "行政许可" ? " | ||" : " |")
            }
        }
        let copiedSite = try ImportSite()
        let outcome = copiedSite.importFile(copied)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(copiedSite.report(try XCTUnwrap(outcome.agencySlug), 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["regulations"], ["1", "0", ""])
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["12", "3", "47"])
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], ["236"])
    }

    // MARK: refusals that stay

    /// 武汉市地方金融管理局 2025 (particulars as a Markdown table, no title, no preamble: the year only in 一), 新华路街道 2023 (no
    /// heading 一: the preamble, then （一）公开主动方面), 皮山县统计局 2023 (no title, a preamble naming no one): refused as before.
    func testRefusalsThatStay() throws {
        let wuhan = try ImportSite().importFile(completed("wuhan-jrj-2025"))
        XCTAssertEqual(rules(wuhan.problems), ["import-no-year"])
        let xinhualu = try ImportSite().importFile(completed("xinhualu-jd-2023"))
        XCTAssertEqual(rules(xinhualu.problems), ["import-section-missing"])
        XCTAssertTrue(xinhualu.problems.first?.message.contains("its items (（一）…) stand under no heading of their own") == true, "\(xinhualu.problems)")
        let pishan = try ImportSite().importFile(completed("pishan-tjj-2023"))
        XCTAssertEqual(rules(pishan.problems), ["import-no-agency"])
    }
}
