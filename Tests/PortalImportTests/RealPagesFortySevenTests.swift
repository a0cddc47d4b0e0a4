import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round forty-seven (VARIANTS.md): real reports found by search — 北京, 上海, 福建, 河北, 辽宁, 黑龙江, 新疆, 青海 and others,
/// 街道, 乡镇, 区县 and 省级 departments, 开发区, mostly of 2024–2025 — kept as the store gave them (`real-pages/fortyseven/`,
/// long paragraphs shortened) and completed with the invented report's rows from 二 on. Each is a page's furniture
/// that was read as the preamble's first paragraph. (The test site's day is 2026-01-15: a page's day after it, 2026-01-19 and
/// later, is no publication day there; the command read each, VARIANTS.md.)
final class RealPagesFortySevenTests: XCTestCase {
    /// 大兴区人民政府办公室 2025 (北京): under the title, **`点击量: 来源:区政府办 日期:2026-01-19 16:16`**, the page's counter
    /// before the source and the day. Before: **silent**, the line opening the preamble (the day was read from it).
    func testTheCounterBeforeTheSourceAndTheDay() throws {
        try assertReads("daxing-zfb-2025", agency: "北京市大兴区人民政府办公室", preamble: "依据《中华人民共和国政府信息公开条例》")
        // 日期 after 来源 as after the counter, as 时间 was.
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("来源:区城市管理委 日期:2026-01-20"))
    }

    /// 郭仓镇人民政府 2025 (山东 汶上): between the day and the preamble, **`点击收听年报语音朗读`**, the page's reader aloud as its
    /// link's words. Before: **silent**, the link's words opening the preamble.
    func testTheReaderAloudAsItsLinksWords() throws {
        try assertReads("guocang-2025", agency: "汶上县郭仓镇人民政府", preamble: "本报告由郭仓镇人民政府按照")
        XCTAssertTrue(["语音朗读", "点击朗读全文", "收听本文"].allSatisfy(HTMLDocumentReader.isChromeLine))
        // A sentence that listens is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("收听群众意见建议12条。"))
    }

    /// 辽宁省民政厅 2025: the particulars as a list's items, `- 发布时间:…`, **`- 编辑:辽宁省民政厅管理员`**, `- 来源:厅办公室`.
    /// Before: **silent**, who edited the page opening the preamble (`\- 编辑:…`).
    func testWhoEditedThePage() throws {
        try assertReads("ln-mzt-2025", agency: "辽宁省民政厅", preamble: "根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("编辑:示例市民政局管理员"))
    }

    /// 汉台区农业农村局 2025 (陕西 汉中), as the store keeps it: **table 二 and 三's head on one line**, `二、主动公开政府信息情况
    /// 第二十条第(一)项 信息内容 … 规 章 0 0 0 …`, the tables' cells joined with spaces. Refused, rightly, before and after; but
    /// before, part 二, which opens the line, was only “not found” (the report cut off, or its heading in other words), while
    /// 三, inside it, was named with the lost line breaks: now 二 is named with them too, on its line.
    func testAPartRunOnAfterItsHeading() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/fortyseven/hantai-nyj-2025.txt"))
        XCTAssertEqual(refused.status, .failed)
        let runOn = refused.problems.filter { $0.message.contains("is printed inside this line, run on with other text") }
        XCTAssertEqual(runOn.map { $0.message.components(separatedBy: " is printed")[0] },
                       ["section 二、主动公开政府信息情况", "section 三、收到和处理政府信息公开申请情况"], "\(refused.problems)")
        XCTAssertEqual(Set(runOn.map { $0.location.line }), [6])
    }

    /// The opening completed from 二 on: written for 2025 under `agency`, every figure the invented report's, its preamble
    /// opening with `words` (the page's furniture above it left out).
    private func assertReads(_ name: String, agency: String, preamble words: String, line: UInt = #line) throws {
        let report = try realPageReport(try realPageCompleted("fortyseven", name), agency: agency, year: 2025, published: nil, line: line)
        try assertFigures(report, blanked: true, line: line)
        let preamble = report.narratives["preamble"]?.value ?? ""
        XCTAssertTrue(preamble.hasPrefix(words), preamble, line: line)
    }
}
