import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Round twenty-three (VARIANTS.md): what round twenty-two left, on its real pages (`real-pages/twentytwo/`, completed
/// with the invented report's rows, `variants/browser-copy.txt`): two publication days it could not read, 白沙's parts
/// headed in brackets, and 皮山县统计局's refusal, which now says how the text names the agency.
final class RealPagesTwentyThreeTests: XCTestCase {
    private func opening(_ name: String) throws -> String {
        try String(contentsOf: ImportFixtures.own("real-pages/twentytwo/\(name).txt"), encoding: .utf8)
    }

    /// The publication day read from `text` above its first heading 一 (any numbering), imported on `today`.
    private func published(_ text: String, year: Int, today: String = "2026-12-01") -> PublicationDate? {
        let lines = TextExtractor.lines(of: text)
        let start = lines.firstIndex { $0.text.range(of: #"^[（(]?一[)）、]"#, options: .regularExpression) != nil } ?? lines.count
        return PublicationDate.find(in: lines, reportStart: start, year: year, today: today)
    }

    /// `opening` then the invented report from `heading` on, every line in `rewritten` replaced (a heading numbered anew).
    private func completedFile(_ opening: String, from heading: String, rewritten: [String: String] = [:]) throws -> URL {
        let written = try realPageWritten(opening, from: heading)
        let lines = try String(contentsOf: written, encoding: .utf8).components(separatedBy: "\n").map { rewritten[$0] ?? $0 }
        try Data(lines.joined(separator: "\n").utf8).write(to: written)
        return written
    }

    /// Imports `file` on 2026-12-01 (a day after every report's publication) into a copy of the example site.
    private func imported(_ file: URL, agency: String? = nil, year: Int? = nil) throws -> (ImportSite, ImportOutcome) {
        let site = try ImportSite()
        let options = ImportOptions(site: site.root, agency: agency, year: year, date: "2026-12-01")
        return (site, Importer(options: options).importFile(file, displayPath: file.lastPathComponent))
    }

    /// The later parts of the invented report headed as 白沙 heads its first two: (三)收到和处理… and so on.
    private static let bracketedParts = [
        ("三、收到和处理政府信息公开申请情况", "(三)收到和处理政府信息公开申请情况"),
        ("四、政府信息公开行政复议、行政诉讼情况", "(四)政府信息公开行政复议、行政诉讼情况"),
        ("五、存在的主要问题及改进情况", "(五)存在的主要问题及改进情况"),
        ("六、其他需要报告的事项", "(六)其他需要报告的事项"),
    ]

    // MARK: the publication day

    /// 兰州新区经济合作局 2023 on a 繁體 mirror: `時間: 2024/01/31/ 17:33` (the label traditional, a slash after the day).
    /// 弥勒市林草局 2025: the particulars as a list, `  • 发布日期` over `    2026-01-26`. Before: no day for either.
    /// Never a wrong day: a label left empty takes nothing from the lines under it (the next label, the report's text),
    /// and without the date line the mirror's preamble (统计期限为2023年1月1日至12月31日) gives none.
    func testAPublicationDayAfterASlashAndUnderItsLabel() throws {
        let lanzhou = try opening("lzxq-jhj-2023")
        XCTAssertEqual(published(lanzhou, year: 2023)?.date, "2024-01-31")
        XCTAssertNil(published(lanzhou.replacingOccurrences(of: "時間: 2024/01/31/ 17:33\n", with: ""), year: 2023))
        let milei = try opening("milei-lcj-2025")
        XCTAssertEqual(published(milei, year: 2025), PublicationDate(date: "2026-01-26", printed: "发布日期"))
        // 发布日期 left empty: the next label (• 有效性) under it, then the report; no day.
        let emptied = milei.replacingOccurrences(of: "  • 发布日期\n    2026-01-26\n", with: "  • 发布日期\n")
        XCTAssertNotEqual(emptied, milei)
        XCTAssertNil(published(emptied, year: 2025))
        // 发布日期 the list's last item, left empty: the title, then the report's text (its dates none of them alone).
        let last = milei.replacingOccurrences(of: "    2026-01-26\n  • 有效性\n    有效\n", with: "")
        XCTAssertNotEqual(last, milei)
        XCTAssertNil(published(last, year: 2025))
        // A date alone under a line that is no label (the 索引号's value under it, the 有效性 under that) is none.
        XCTAssertNil(PublicationDate.labelsOverTheirDates(["  • 有效性", "    2026-01-26"]).first { $0.contains("：") })

        // End to end: the day written, the report the same.
        let (_, outcome) = try imported(try realPageCompleted("twentytwo", "milei-lcj-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "弥勒市林业和草原局")
        XCTAssertEqual(outcome.published, "2026-01-26")
    }

    // MARK: parts headed in brackets

    /// 白沙黎族自治县 2023 heads its parts (一)总体情况, (二)主动公开政府信息的情况 and numbers 一's items the same way
    /// ((一)主动公开方面 … (四)…). Its rest not stored: completed with the invented report, its parts headed as 白沙's two.
    /// Found before and after (the year given, as the page prints none): 一 from its heading, its items 一's text, 二 the
    /// table's heading. (Round twenty-two found 一 and 二 in its test; the whole report so headed is pinned here.)
    func testPartsHeadedInBrackets() throws {
        let file = try completedFile(try opening("baisha-2023"), from: "第二十条第（五）项", rewritten: Dictionary(uniqueKeysWithValues: Self.bracketedParts))
        let text = try String(contentsOf: file, encoding: .utf8)
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        let lines = TextExtractor.lines(of: text)
        let parts = SectionLocator.headings(of: form, in: lines).map { $0.map { lines[$0].text } }
        XCTAssertEqual(parts, ["(一)总体情况", "(二)主动公开政府信息的情况"] + Self.bracketedParts.map(\.1))
        let (site, outcome) = try imported(file, agency: "example-street", year: 2023)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("example-street", 2023))
        let overview = report.narratives["overview"]?.value ?? ""
        XCTAssertTrue(overview.hasPrefix("2023年,白沙黎族自治县人民政府深入贯彻落实国家和省"), overview)
        XCTAssertTrue(overview.contains("(四)政府信息公开平台建设和监督保障情况。"), overview)
        XCTAssertFalse(overview.contains("主动公开政府信息的情况"), overview)
        XCTAssertEqual(cellTexts(report, table: "proactive")["regulations"], ["0", "0", ""])
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["15", "0", "57"])
        XCTAssertEqual(report.narratives["problems"]?.value, "公开内容的解读还不够深入，下一步将加强政策解读。\n")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
    }

    /// 弥勒市林草局 2025 heads 一's items in 二's and 三's words: (一)主动公开政府信息情况, (二)依申请公开政府信息情况.
    /// With its parts headed in brackets too ((一)总体情况, (二)主动公开政府信息情况 over the table: the page numbers them
    /// 一、 and 二、), the items stay 一's text: (二)主动公开… is the part, the one over the table.
    func testANarrativesBracketedItemInAPartsWordsIsNoPart() throws {
        var rewritten = Dictionary(uniqueKeysWithValues: Self.bracketedParts)
        rewritten["二、主动公开政府信息情况"] = "(二)主动公开政府信息情况"
        let opening = try opening("milei-lcj-2025").replacingOccurrences(of: "\n一、总体情况\n", with: "\n(一)总体情况\n")
        let file = try completedFile(opening, from: "二、", rewritten: rewritten)
        let (site, outcome) = try imported(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.published, "2026-01-26")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2025))
        try assertFigures(report, blanked: true)
        let overview = report.narratives["overview"]?.value ?? ""
        XCTAssertTrue(overview.contains("(一)主动公开政府信息情况\n\n本年度,我局通过弥勒市人民政府网站"), overview)
        XCTAssertTrue(overview.contains("(二)依申请公开政府信息情况\n\n2025年,收到政府信息公开申请1件。"), overview)
    }

    // MARK: an agency named only in part 一

    /// 皮山县统计局 2023: no title, a preamble naming no one, then in 一 `2022年,皮山县统计局组织相关人员…` and
    /// `皮山县统计局严格落实…`. Refused as before, the refusal now naming it (before: “prints no agency name”), the hint
    /// --agency alone (--agencies has no printed name to look up). Imported with --agency.
    func testAnAgencyNamedOnlyInPartOneIsSaidNotTaken() throws {
        let file = try realPageCompleted("twentytwo", "pishan-tjj-2023")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"])
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("it names “皮山县统计局” only in part 一's sentences"), problem.message)
        XCTAssertTrue(problem.hint?.hasPrefix("pass --agency <slug>") == true, problem.hint ?? "")
        XCTAssertFalse(problem.hint?.contains("--agencies") == true, problem.hint ?? "")
        let given = try ImportSite().importFile(file, agency: "example-street")
        XCTAssertEqual(given.status, .written, "\(given.problems)")

        // Named once only, it is not said as part 一's subject: one clause opening with what reads as a name may be a
        // sentence's words. (Round sixty-six: the document's title 一 cites, 《皮山县统计局行政执法服务指南》, is said as such.)
        let once = try opening("pishan-tjj-2023").replacingOccurrences(of: "皮山县统计局严格落实", with: "我局严格落实")
        let onceRefused = try ImportSite().importFile(try realPageWritten(once))
        XCTAssertEqual(onceRefused.problems.map(\.message), ["which agency published this? The report prints no publisher's name: it names "
            + "“皮山县统计局” only inside a document's title (《皮山县统计局行政执法服务指南》, line 4), which names the document, not who published the report"])
    }

    /// Part 一 of other real reports opens clauses with a place and words a name ends in that name no body
    /// (北碚区坚持以…中国特色社会, 桐柏县通过政府…, 接受全区政府…, 围绕市委…, 一是以金昌市政府…): none is said.
    /// Where it names the report's own agency (黑河市气象局), that name.
    func testPartOneSubjectsThatNameNoBody() throws {
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        func subject(_ page: String) throws -> String? {
            let lines = TextExtractor.lines(of: try String(contentsOf: ImportFixtures.own("real-pages/\(page).txt"), encoding: .utf8))
            let found = SectionLocator.headings(of: form, in: lines)
            let one = try XCTUnwrap(found.first ?? nil, page)
            return SignedAgency.subjectOfPartOne(in: lines[one..<(found.compactMap { $0 }.filter { $0 > one }.min() ?? lines.count)])
        }
        for page in ["eighteen/beibei-2022", "eighteen/tongbai-2023", "eighteen/yubei-zwb-2022", "eighteen/furong-2022",
                     "seventeen/jinrongjie-2025", "twenty/daishan-hyj-2023", "twenty/lintong-lskfq-2024", "twenty/shandong-hyj-2022",
                     "twentyone/baoshan-bgs-2024", "twentytwo/jinchang-tjj-2024", "twentytwo/shanshan-2022", "twentytwo/wuhan-jrj-2025"] {
            XCTAssertNil(try subject(page), page)
        }
        XCTAssertEqual(try subject("seventeen/heihe-qx-2021"), "黑河市气象局")
        XCTAssertEqual(try subject("twentytwo/pishan-tjj-2023"), "皮山县统计局")
    }
}
