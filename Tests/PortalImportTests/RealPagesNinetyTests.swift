import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety (VARIANTS.md): real reports found by search, with the leftovers of round eighty-nine (正阳镇's publication
/// day checked).
final class RealPagesNinetyTests: XCTestCase {
    /// A 广东 city's 2024 report on a casino's mirror (365betchina.com): the city's name replaced by the casino's,
    /// `365bet(中国)官方网站 2024年政府信息公开工作年度报告`, the same in the publishing sentence. Before: **written** under the
    /// agency “365bet(中国)官方网站” (slug 365betzhongguoguanfangwangzhan): `AgencyResolver` refused a name holding `_ $ @ #`,
    /// a colon, stray marks or a web address, not Latin letters. After: refused, the letters named; `--agency` of an agency
    /// of the site still imports it (the operator's word).
    func testACasinosNameInTheTitleIsNoPublisher() throws {
        let file = try realPageCompleted("ninety", "bet365-2024")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let message = try XCTUnwrap(refused.problems.first).message
        XCTAssertTrue(message.contains("the report names the agency “365bet(中国)官方网站”, with Latin letters in it (365bet)"), message)
        let site = try ImportSite()
        let slug = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/agencies").path).sorted().first)
        XCTAssertEqual(site.importFile(file, agency: slug).status, .written)
    }

    /// 潜江 泰丰街道 2025 (www.hbqj.gov.cn): the title `政府信息公开工作年度报告` alone, then `2025年,泰丰街道严格按照…` — no
    /// county printed anywhere. Refused rightly before and after (no year, no publisher); before, “The report prints no
    /// agency name” (untrue); after, the preamble's first sentence's town quoted, without its county, the hint asking for its
    /// name in full. Never taken.
    func testATownOpeningThePreamblesFirstSentenceIsTheClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("ninety", "taifeng-2025"), year: 2025)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("the preamble opens its first sentence with “泰丰街道” (line 2), as the body whose work it tells, without the county or district it belongs to"), problem.message)
        XCTAssertTrue((problem.hint ?? "").contains("its county's or district's name before “泰丰街道”"), problem.hint ?? "")
        // Invented lines (probes): a pronoun's town (全镇) or a preposition's is no clue; a body's full name is read as before.
        let clue = { (text: String) in NamedOnceInPartOne.find(inPreamble: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(clue("2025年,泰丰街道严格按照要求。")?.name, "泰丰街道")
        XCTAssertNil(clue("2025年,全镇严格按照要求。"))
        XCTAssertNil(clue("2025年,在泰丰街道的领导下,各社区严格按照要求。"))
        XCTAssertEqual(clue("2025年,潜江市泰丰街道办事处严格按照要求。").map { [$0.name, "\($0.withoutItsCounty)"] }, ["潜江市泰丰街道办事处", "false"])
    }

    /// 深圳 福田区香蜜湖片区建设发展事务中心 2024 (www.szft.gov.cn): its title `区香蜜湖片区建设发展事务中心2024年…报告`, the
    /// district's shorthand, over `信息提供日期 : 2025-01-17 17:05来源 : 深圳市福田区香蜜湖片区建设发展事务中心`. Before: **written**
    /// as “区香蜜湖片区建设发展事务中心” (a name opening with a bare 区, standing for every district's). After: written as the
    /// 来源 prints it, 深圳市福田区香蜜湖片区建设发展事务中心 (`SignedAgency.withLevelsPlacePrinted`).
    func testADistrictsShorthandInTheTitleTakesThePlaceItsSourcePrints() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninety", "xiangmihu-pq-2024", from: "行政处罚"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "深圳市福田区香蜜湖片区建设发展事务中心")
        XCTAssertEqual(outcome.published, "2025-01-17")
        // Invented lines (probes): only a label's or a contact's place; two places, a sentence's words, a 市, or the
        // government's shorthand (区人民政府) give none.
        let full = { (name: String, text: String) in SignedAgency.withLevelsPlacePrinted(name, in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(full("区示例中心", "来源:示例市某某区示例中心"), "示例市某某区示例中心")
        XCTAssertEqual(full("区示例中心", "请与某某区示例中心联系"), "某某区示例中心")
        XCTAssertNil(full("区示例中心", "来源:示例市某某区示例中心\n请与另一区示例中心联系"))
        XCTAssertNil(full("区示例中心", "现公开某某区示例中心2024年报告。"))
        XCTAssertNil(full("市示例中心", "来源:示例省某某市示例中心"))
        XCTAssertNil(full("区人民政府", "来源:示例市某某区人民政府"))
    }

    /// Round eighty-nine's 正阳镇 2021 (www.pingli.gov.cn): `信息来源:正阳镇 作者:佚名 发布时间:2022-01-26 16:32 【 字体:` under
    /// the title. The page is cut in its table 二 (every completion refused), so its day was not seen; read directly, it is
    /// 2022-01-26 (a pin: the same on main).
    func testZhengyangsPublicationDayIsRead() throws {
        let text = try String(contentsOf: ImportFixtures.own("real-pages/eightynine/zhengyang-2021.txt"), encoding: .utf8)
        let lines = TextExtractor.lines(of: text)
        let start = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("一、") })
        let day = PublicationDate.find(in: lines, reportStart: start, year: 2021, today: "2026-01-15", titleLine: 0)
        XCTAssertEqual(day?.date, "2022-01-26")
    }
}
