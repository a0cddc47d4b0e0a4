import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-six (VARIANTS.md): real reports that print no title and name themselves only as the office to contact
/// (冠县人社局 2023, 昭化区医保局 2023, 福州 鼓楼 东街街道 2025), kept as the store gave them (`real-pages/twentyfive/`,
/// `real-pages/twentysix/`, `real-pages/twentyfour/`) and completed with the invented report's rows from 二 on.
final class RealPagesTwentySixTests: XCTestCase {
    /// 冠县人力资源和社会保障局 2023: no title; 请与冠县人力资源和社会保障局联系, and part 一 opens
    /// `2023年,冠县人力资源和社会保障局认真贯彻…`. Before: refused (the office to contact only); now its publisher.
    func testTheOfficeToContactThatPartOneOpensWithIsThePublisher() throws {
        try assertRealPageReads("twentyfive", "guanxian-rsj-2023", "冠县人力资源和社会保障局", 2023, published: nil,
                                preamble: "本年度报告根据《中华人民共和国政府信息公开条例》")
    }

    /// Where the contact may be another body's, it is not taken: an office that speaks for a government (its report may be
    /// the government's, 保山市人民政府办公室 2024), a longer name or a second body in 一's opening, 一 opening with something
    /// else (昭化's 我局, 东街街道 without its 区).
    func testTheContactIsNotTakenWhereItMayBeAnotherBodys() throws {
        let partOne = { (text: String) in TextExtractor.lines(of: "一、总体情况\n" + text)[...] }
        let taken = { (contact: String, text: String) in SignedAgency.contactOpeningPartOne(contact: contact, partOne: partOne(text)) }
        XCTAssertEqual(taken("某县统计局", "（一）主动公开\n2023年,某县统计局认真贯彻落实《条例》。"), "某县统计局")
        XCTAssertEqual(taken("某县统计局", "2023年度某县统计局严格落实《条例》。"), "某县统计局")
        for office in ["某县人民政府办公室", "某市政府办公室", "某县政务服务中心", "某县政务公开办公室", "某镇党政办公室"] {
            XCTAssertNil(taken(office, "2023年,\(office)认真贯彻落实《条例》。"), office)
        }
        XCTAssertNil(taken("某县统计局", "2023年,某县统计局办公室认真贯彻落实《条例》。"))
        XCTAssertNil(taken("某县统计局", "2023年,某县统计局和某县医保局认真贯彻落实《条例》。"))
        XCTAssertNil(taken("某县统计局", "2023年,我局认真贯彻落实《条例》。"))
        XCTAssertNil(taken("某区某街道办事处", "2025年某街道主动公开的政府信息类别共有3类。"))
        XCTAssertNil(taken("某县统计局", "2023年,我局在某县统计局的指导下认真贯彻落实《条例》。"))
        // 保山市人民政府办公室 2024: the government's office, refused as before, naming the contact.
        let baoshan = try ImportSite().importFile(realPageCompleted("twentyone", "baoshan-bgs-2024"))
        XCTAssertEqual(rules(baoshan.problems), ["import-no-agency"])
        XCTAssertTrue(baoshan.problems.first?.message.contains("“保山市人民政府办公室” only as the office to contact") == true, "\(baoshan.problems)")
    }

    /// 昭化区医疗保障局 2023: no title; 请与昭化区医疗保障局联系; 一 says 我局. Refused in round twenty-six (the hint naming the
    /// agency.yaml to write); since session 46 written as the 局 its text speaks as (`SignedAgency.contactTheTextSpeaksAs`).
    func testTheContactTheTextSpeaksAsIsThePublisher() throws {
        try assertTakenForItsContact("twentysix", "zhaohua-ybj-2023", agency: "昭化区医疗保障局", kind: "department")
    }

    /// 东升街道 2023 (round nineteen): no title; 请与东升街道信息公开领导小组办公室联系, and its text never speaks as the 街道.
    /// Refused, and the hint names the agency.yaml to write for the body behind the contact in a site without it and the
    /// --agency to run again with: doing just that imports the report.
    func testTheRefusalsHintForANewAgencyImportsTheReport() throws {
        let file = try realPageCompleted("nineteen", "dongsheng-2023")
        let site = try ImportSite()
        let refused = site.importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"])
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("“东升街道信息公开领导小组办公室” only as the office to contact"), problem.message)
        let hint = try XCTUnwrap(problem.hint)
        let step = try XCTUnwrap(hint.firstMatch(of: #/write content/agencies/([a-z0-9-]+)/agency\.yaml with the lines “(name: [^”]+)” and “(kind: [^”]+)”, then import again with --agency ([a-z0-9-]+)/#), hint)
        XCTAssertEqual(String(step.1), String(step.4), hint)
        XCTAssertEqual(String(step.2), "name: 东升街道")
        let folder = site.root.appendingPathComponent("content/agencies/\(step.1)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("\(step.2)\n\(step.3)\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))

        let imported = site.importFile(file, agency: String(step.4))
        XCTAssertEqual(imported.status, .written, "\(imported.problems)")
        let report = try XCTUnwrap(site.report(String(step.4), 2023))
        try assertFigures(report, blanked: true)
        XCTAssertEqual(site.load().portal?.agencies.first { $0.slug == String(step.4) }?.name, "东升街道")
    }

    /// The same page in a site that has 东升街道: the hint names its folder; importing with it writes the report there.
    func testTheRefusalsHintNamesTheSitesAgencyOfThatName() throws {
        let file = try realPageCompleted("nineteen", "dongsheng-2023")
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("content/agencies/dongsheng")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("name: 东升街道\nkind: subdistrict\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))
        let refused = site.importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"])
        let hint = try XCTUnwrap(refused.problems.first?.hint)
        XCTAssertTrue(hint.contains("if “东升街道” published it, import again with --agency dongsheng"), hint)

        let imported = site.importFile(file, agency: "dongsheng")
        XCTAssertEqual(imported.status, .written, "\(imported.problems)")
        XCTAssertNotNil(site.report("dongsheng", 2023))
    }
}
