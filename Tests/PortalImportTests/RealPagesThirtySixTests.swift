import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-six (VARIANTS.md): real reports found by search — 街道, 乡镇, 区县 and 市直 departments (教育, 人社, 水利,
/// 退役军人事务), 开发区, a 国有企业, a city's government, of 内蒙古, 山西, 江苏, 安徽, 河南, 宁夏, 青海, 山东 and others, mostly of
/// 2024–2025, three of the trial form — kept as the store gave them (`real-pages/thirtysix/`, long paragraphs shortened) and
/// completed with the invented report's rows.
final class RealPagesThirtySixTests: XCTestCase {
    /// 东河街道 2024 (内蒙古 呼和浩特 新城区): no title; the 街道 was formed in May, **`统计期限自2024年5月28日起至2024年12月31日止`**.
    /// Before: refused, “prints no year, nor its preamble a statistics period”.
    func testAPeriodFromTheDayTheBodyWasFormed() throws {
        try assertRealPageReads("thirtysix", "donghe-2024", "呼和浩特市新城区东河街道", 2024, published: nil,
                                preamble: "本年度报告根据《中华人民共和国政府信息公开条例》")
        func period(_ text: String) -> Int? { ReportYear.statisticsPeriod(in: [SourceLine(text: text, position: SourcePosition(line: 1))][...]) }
        XCTAssertEqual(period("本报告数据统计时限为2023年7月1日至2023年12月31日。"), 2023)
        // Days of two years, or a date in a sentence of no statistics, name no report's year.
        XCTAssertNil(period("本报告统计期限自2023年5月28日起至2024年12月31日止。"))
        XCTAssertNil(period("2024年5月1日至12月31日，我街道开展政务公开专项行动。"))
    }

    /// 浦口区教育局 2024 (江苏 南京): no title; **`本年报是根据…要求,由南京市浦口区教育局办公室编制的2024年度…报告`**, the office
    /// to contact its own. Before: refused, naming the office only as the contact.
    func testTheAnnualReportCompiledByTheDepartmentsOffice() throws {
        try assertRealPageReads("thirtysix", "pukou-jyj-2024", "南京市浦口区教育局", 2024, published: nil,
                                preamble: "本年报是根据《中华人民共和国政府信息公开条例》要求")
    }

    /// 青岛市人民政府 2024 (山东): under the title **`青岛政务网 发布日期 : 2025-03-07`**, the site's name before the labelled
    /// day. Before: the line opened the preamble.
    func testTheSitesNameBeforeTheLabelledDay() throws {
        try assertRealPageReads("thirtysix", "qingdao-2024", "青岛市人民政府", 2024, published: "2025-03-07",
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("示例区人民政府 发布时间：2025-01-20 10:30"))
        // A sentence is no furniture.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("本报告 发布日期：2025-01-20，请查阅。"))
    }

    /// 雁峰区退役军人事务局 2025 (湖南 衡阳): under the title **`(2026年1 月23日)`**, the day in brackets as documents print
    /// it. Before: no day, and the line opened the preamble. (The tests import on 2026-01-15, before that day: no day
    /// there; the day read as an import later in the year reads it.)
    func testTheDayInBracketsUnderTheTitle() throws {
        try assertRealPageReads("thirtysix", "yanfeng-tyjrswj-2025", "雁峰区退役军人事务局", 2025, published: nil,
                                preamble: "编制说明")
        let opening = try String(contentsOf: ImportFixtures.own("real-pages/thirtysix/yanfeng-tyjrswj-2025.txt"), encoding: .utf8)
        let lines = opening.components(separatedBy: "\n").enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        let start = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("一、") })
        XCTAssertEqual(PublicationDate.find(in: lines, reportStart: start, year: 2025, today: "2026-02-01", titleLine: 0)?.date, "2026-01-23")
        XCTAssertEqual(ReportTitle.dateAlone("（2026年1月23日）"), "2026-01-23")
        XCTAssertEqual(ReportTitle.dateAlone("(2025-01-20)"), "2025-01-20")
        // Words in the brackets beside the day: not a date alone.
        XCTAssertNil(ReportTitle.dateAlone("（2026年1月23日印发）"))
    }

    /// 临港经济开发区 2023 (江苏 江阴): the particulars as lines, **`内容概述 2023年政府信息公开工作年度报告`**, the title naming no
    /// one, the contact `江阴临港经济开发区党政办公室`. Before: written under a new agency named “内容概述”.
    func testACataloguesSummaryIsNoName() throws {
        try assertRefusedForItsContact("thirtysix", "jiangyin-lingang-2023", contact: "江阴临港经济开发区党政办公室",
                                       agency: "江阴临港经济开发区", kind: "other")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("内容概述 2023年政府信息公开工作年度报告"))
    }
}
