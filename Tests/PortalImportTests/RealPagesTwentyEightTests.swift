import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-eight (VARIANTS.md): real reports found by search — 乡镇 and 街道 of 广东, 广西, 云南, 贵州, 四川, 湖北, 湖南, 江西,
/// 甘肃, 福建, 重庆; 县/市 人民政府 and a 人民政府办公室; 公安分局; 交通运输局 — kept as the store gave them (`real-pages/twentyeight/`,
/// long paragraphs shortened) and completed with the invented report's rows (`variants/browser-copy.txt`; the 2019 and 2020
/// reports with the trial form's, `tika/template-2019-filled.docx.txt`).
final class RealPagesTwentyEightTests: XCTestCase {
    private let trial = "tika/template-2019-filled.docx.txt"

    /// 镇宁自治县政府 2019 (贵州): the breadcrumb `当前页面:首页 » 政府信息公开 » 政府信息公开年报 » 2019年` over the title.
    /// Before: refused **wrongly**, the breadcrumb read as the title (“当前页面:首页»”, words a mirror injected?). Now page furniture.
    func testABreadcrumbHeadedCurrentPage() throws {
        let file = try realPageCompleted("twentyeight", "zhenning-2019", rest: trial)
        let report = try realPageReport(file, agency: "镇宁自治县政府", year: 2019, published: "2020-02-20")
        XCTAssertEqual(report.formID, "gov-info-2019")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》(国务院令第711)") == true,
                      "\(report.narratives)")
        for line in ["当前页面:首页 » 政府信息公开 » 政府信息公开年报 » 2019年", "您当前所在的位置:首页"] {
            XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line)
        }
        // A sentence about the page is no breadcrumb.
        let sentence = "本页面内容为当前页面的说明。"
        XCTAssertFalse(HTMLDocumentReader.isChromeLine(sentence))
    }

    /// 义乌市交通运输局 2020 (浙江): a catalogue's particulars as list items, then the title, then `点击关闭详细目录信息` (the
    /// particulars' toggle) and 发布时间. Before: **silent**, the preamble “点击关闭详细目录信息”. Now page furniture: no preamble.
    func testTheParticularsToggleIsNoPreamble() throws {
        let file = try realPageCompleted("twentyeight", "yiwu-jtj-2020", rest: trial)
        let report = try realPageReport(file, agency: "义乌市交通运输局", year: 2020, published: "2021-01-12")
        XCTAssertFalse(report.narratives.values.contains { $0.value.contains("点击关闭详细目录信息") }, "\(report.narratives)")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("2020年,义乌市交通运输局认真贯彻落实") == true, "\(report.narratives)")
    }

    /// 西城街道 2023 (云南 曲靖): no title; the statistics period `2023年1月1日一2023年12月31日`, 一 typed for the dash.
    /// Before: refused **wrongly** for its year (`--year`). Now the period's year.
    func testThePeriodsDashTypedAsOne() throws {
        let file = try realPageCompleted("twentyeight", "xicheng-2023")
        // (Round eighty-four: with the city and district its address prints, `地址:曲靖市麒麟区西城街道办事处…`.)
        _ = try realPageReport(file, agency: "曲靖市麒麟区西城街道", year: 2023, published: nil)
        let period = TextExtractor.lines(of: "所列数据统计期限为2023年1月1日一2023年12月31日,如对本年度报告有疑问")
        XCTAssertEqual(ReportYear.statisticsPeriod(in: period[...]), 2023)
        // 一 between other words is no dash: 2023年1月1日一天 says no period.
        XCTAssertNil(ReportYear.statisticsPeriod(in: TextExtractor.lines(of: "2023年1月1日一天内办结")[...]))
    }

    /// 青龙镇 2019 (云南 建水): no title; `特向社会公布2019年度青龙镇政府(机关)信息公开年度报告`, the old template's 本级政府(机关)
    /// filled in; the contact its 领导小组办公室. Before: refused **wrongly**, naming the group's office. Now the name before the brackets;
    /// round ninety-three: in full, as its address prints it (`地址:建水县青龙镇人民政府`, `ShortName.townsGovernmentInFull`).
    func testTheOldTemplatesBodyItselfAfterTheName() throws {
        let file = try realPageCompleted("twentyeight", "qinglong-2019", rest: trial)
        _ = try realPageReport(file, agency: "建水县青龙镇人民政府", year: 2019, published: nil)
        let sentence = TextExtractor.lines(of: "特向社会公布2019年度青龙镇政府(机关)信息公开年度报告。")
        XCTAssertEqual(SignedAgency.publisher(in: sentence[...]), "青龙镇政府")
        // The template unfilled names no one (本级政府(机关)).
        XCTAssertNil(SignedAgency.publisher(in: TextExtractor.lines(of: "特向社会公布2019年度本级政府(机关)信息公开年度报告。")[...]))
    }

    /// 西乡塘街道 2024 (广西 南宁): no title; `由南宁市西乡塘区西乡塘街道政务公开工作领导小组编制`, the contact the group's 办公室.
    /// Refused (rightly: no publisher is printed). Before: the hint had the group's office written as the agency. Now the 街道.
    /// Session 46: its text speaks as that body (`我街道`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testTheHintForABodysDisclosureGroupNamesTheBody() throws {
        try assertTakenForItsContact("twentyeight", "xixiangtang-2024", agency: "南宁市西乡塘区西乡塘街道", kind: "subdistrict")
    }
}
