import Foundation
@testable import PortalImport
import XCTest

/// Session 46 (VARIANTS.md): a report that prints no title and names a body only as its office to contact, while its
/// preamble and part 一 speak as that kind of body (我局, 我乡, 我街道, 我委, 我区): the body behind the contact published it.
/// Ten real pages of earlier rounds were refused so (晋城市城区市场监督管理局 2023 unseen, 昭化区医疗保障局 2023, 大演乡 2025 …).
final class ContactTheTextSpeaksAsTests: XCTestCase {
    private func taken(_ contact: String, _ text: String) -> String? {
        SignedAgency.contactTheTextSpeaksAs(contact: contact, opening: TextExtractor.lines(of: text)[...])
    }

    func testTheBodyBehindTheContactIsTakenWhereTheTextSpeaksAsItsKind() {
        XCTAssertEqual(taken("晋城市城区市场监督管理局", "一、总体情况\n2023年全年,我局未收到政府信息公开申请。"), "晋城市城区市场监督管理局")
        XCTAssertEqual(taken("某区卫健局办公室", "本局2024年共收到申请2件。"), "某区卫健局")
        XCTAssertEqual(taken("集宁区农牧水利局综合办公室", "2024年,本局认真落实《条例》。"), "集宁区农牧水利局")
        XCTAssertEqual(taken("大演乡党政办", "2025年,我乡持续深化政府信息公开工作。"), "大演乡")
        XCTAssertEqual(taken("金坑乡人民政府党建办", "我乡共主动公开政府信息2条。"), "金坑乡人民政府")
        XCTAssertEqual(taken("南宁市西乡塘区西乡塘街道政务公开工作领导小组办公室", "2024年,我街道未收到申请。"), "南宁市西乡塘区西乡塘街道")
        XCTAssertEqual(taken("奉新縣高新技術產業園區管委會辦公室", "現將我委2022年度政府信息公開工作報告如下:"), "奉新縣高新技術產業園區管委會")
        XCTAssertEqual(taken("安徽舒城经济开发区综合办公室", "2025年度,我区未收到信息公开申请。"), "安徽舒城经济开发区")
        XCTAssertEqual(taken("寒亭镇人民政府", "我镇2023年度受理政府信息公开申请0件。"), "寒亭镇人民政府")
    }

    /// Where the contact may answer for another body it is not taken: a government's office (its report may be the
    /// government's), a text that speaks as another kind of body (我中心 under its 局, 我乡 under the 县政府办, 我县 under a 局),
    /// no self-word at all, a contact without its place.
    func testTheContactIsNotTakenWhereTheTextSpeaksAsAnotherKindOrNotAtAll() {
        XCTAssertNil(taken("北碚区人民政府办公室", "我区2022年共收到申请5件。"))
        XCTAssertNil(taken("某县人民政府", "我县2022年共收到申请5件。"))
        XCTAssertNil(taken("某县政务服务中心", "我中心2022年共收到申请5件。"))
        XCTAssertNil(taken("某县政府办", "2025年,我乡持续深化政府信息公开工作。"))
        XCTAssertNil(taken("某县卫生健康局", "2023年,我中心认真落实《条例》。"))
        XCTAssertNil(taken("某县卫生健康局", "2023年,我县卫生健康工作稳步推进。"))
        XCTAssertNil(taken("东升街道信息公开领导小组办公室", "2023年,东升街道认真落实《条例》。"))
        XCTAssertNil(taken("卫健局办公室", "2023年,我局认真落实《条例》。"))
        XCTAssertNil(taken("党政办", "2025年,我乡持续深化政府信息公开工作。"))
    }
}
