import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round fifty-two (VARIANTS.md): real reports found by search — 天津, 重庆, 宁夏, 海南, 山西, 甘肃 and others, 省级 and 市级
/// departments (生态环境, 外事, 文化和旅游), a 气象局 and a 统计局, 乡镇, eight of 2019–2020 in the trial form — kept as the store
/// gave them (`real-pages/fiftytwo/`, long paragraphs shortened) and completed with the invented report's rows.
final class RealPagesFiftyTwoTests: XCTestCase {
    /// 宝坻区文化和旅游局 2025 (天津): no title; the site's name, then **its clock, `2019年12月3日星期二`** (a mirror's frozen
    /// day), then the preamble publishing the bureau's report. Before: **silent**, the name and the clock opening the preamble.
    func testTheSitesClockIsNoPreamble() throws {
        let report = try realPageReport(try realPageCompleted("fiftytwo", "baodi-wlj-2025"), agency: "天津市宝坻区文化和旅游局",
                                        year: 2025, published: nil)
        try assertFigures(report, blanked: true)
        let preamble = report.narratives["preamble"]?.value ?? ""
        XCTAssertTrue(preamble.hasPrefix("根据《中华人民共和国政府信息公开条例》"), preamble)
        XCTAssertTrue(["2019年12月3日星期二", "今天是2024年1月8日 星期一", "天津市宝坻区人民政府 2019年12月3日星期二"]
            .allSatisfy(HTMLDocumentReader.isChromeLine))
        // A sentence that opens with a day and its weekday is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("2025年3月4日星期二,我局召开政务公开工作会议。"))
    }

    /// 胡市镇人民政府 2019 (湖北 天门), the trial form: **notes in brackets opening with 指** after the rows' and the columns'
    /// words (`规范性文件(指各行政机关印发的有正式文号的文件)`, `其他对外管理服务事项(指行政许可以外的…)`, `上一年项目数量 (指2018年
    /// 事项数)`). Before: refused, 行政许可 and 其他对外管理服务事项 “printed twice” (the note names them again).
    func testANoteInALabelNamesNoRow() throws {
        var opening = try String(contentsOf: ImportFixtures.own("real-pages/fiftytwo/hushi-2019.txt"), encoding: .utf8)
            .trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        // The store cut the last row inside its note: the row and 二's last blocks invented, in the page's shape.
        opening.removeLast()
        opening += ["其他对外管理服务事项(指行政许可以外的其他对外管理服务事项) | 4 | 0 | 9 |",
                    "第二十条第(六)项 |", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "行政处罚 | 20 | 3 | 58 |", "行政强制 | 2 | -1 | 7 |",
                    "第二十条第(八)项 |", "信息内容 | 上一年项目数量 | 本年增/减 |", "行政事业性收费 | 3 | -1 |",
                    "第二十条第(九)项 |", "信息内容 | 采购项目数量 | 采购总金额 |", "政府集中采购 | 6 | 125.5 |"]
        let file = try realPageWritten(opening.joined(separator: "\n"), then: "tika/template-2019-filled.docx.txt", from: "三、")
        let report = try realPageReport(file, agency: "胡市镇人民政府", year: 2019, published: nil)
        let proactive = cellTexts(report, table: "proactive")
        XCTAssertEqual(proactive["regulations"], ["", "", ""], "规章's cells printed blank")
        XCTAssertEqual(proactive["normativeDocuments"], ["2", "0", "83"])
        XCTAssertEqual(proactive["licensing"], ["71", "-11", "0"])
        XCTAssertEqual(proactive["otherManagementServices"], ["4", "0", "9"])
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "0", "1", "2", "0", "46"])
        XCTAssertEqual(RegionLine.withoutNote("规范性文件(指各行政机关印发的有正式文号的文件)"), "规范性文件")
        // The form's own words in brackets stay: they open with no 指.
        let partly = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        XCTAssertEqual(RegionLine.withoutNote(partly), partly)
    }

    /// 连五乡人民政府 2025 (甘肃 张家川): no title; **`现向社会公开发布《张家川县连五乡人民政府2025年度…报告》`**, 公开发布 one verb.
    /// Before: refused, “prints no agency name”.
    func testTwoVerbsPublishTheReport() throws {
        let report = try realPageReport(try realPageCompleted("fiftytwo", "lianwu-2025"), agency: "张家川县连五乡人民政府",
                                        year: 2025, published: nil)
        try assertFigures(report, blanked: true)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》") ?? false)
    }

    /// 同心县人民政府办公室 2020 (宁夏, a 繁體 mirror with its converter's pinyin): no title; **`《同心縣人民政府辦公室2020年…
    /// 報告》已經(jīng)同心縣人民政府辦公室同意,現(xiàn)予公布。`**, the report named before the verb, as a notice publishes a document.
    /// Before: refused, “prints no agency name”.
    func testTheReportNamedBeforeItIsPublished() throws {
        let file = try realPageCompleted("fiftytwo", "tongxin-bgs-2020", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "同心縣人民政府辦公室", year: 2020, published: nil)
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], ["30", "-2", "236"])
    }
}
