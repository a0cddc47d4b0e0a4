import Foundation
@testable import PortalImport
import PortalTestSupport
import XCTest

/// A report whose title names no agency (2021年政府信息公开工作年度报告, as an
/// agency's own site prints it) is by the agency it is signed with, or that
/// its preamble says compiled it — never by a sentence that happens to end the file.
final class SignedAgencyTests: XCTestCase {
    /// The reference report's text without its first line (the agency's name), changed at its end.
    func untitled(_ edit: (inout [String]) -> Void = { _ in }) throws -> URL {
        var lines = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "杭州市钱塘区人民政府下沙街道办事处")
        lines.removeFirst()
        edit(&lines)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("untitled-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testTheNameAboveTheDateUnderTheReportIsItsAgency() throws {
        let site = try ImportSite()
        let file = try untitled { $0 += ["", "示例市示范区卫生健康局", "2022年1月20日", ""] }
        let outcome = site.importFile(file, dryRun: true)
        XCTAssertEqual(outcome.status, .dryRun, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区卫生健康局")
        XCTAssertEqual(outcome.agencySlug, "shilishi-shifanqu-weishengjiankangju")
        XCTAssertEqual(outcome.published, "2022-01-20")
    }

    func testASignatureOfAnAgencyOfTheSiteImportsIntoIt() throws {
        let site = try ImportSite()
        let file = try untitled { $0 += ["", "二〇二二年一月二十日", "杭州市钱塘区人民政府下沙街道办事处"] }
        let outcome = site.importFile(file, dryRun: true)
        XCTAssertEqual(outcome.agencySlug, "xiasha", "\(outcome.problems)")
        XCTAssertNil(outcome.newAgency)
    }

    func testThePreambleSayingWhoCompiledItNamesTheAgency() throws {
        let site = try ImportSite()
        let file = try untitled { lines in
            let index = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("根据《中华人民共和国政府信息公开条例》") })
            lines[index] = "本报告由示例县政务服务中心根据《中华人民共和国政府信息公开条例》编制。"
        }
        let outcome = site.importFile(file, dryRun: true)
        XCTAssertEqual(outcome.newAgency?.name, "示例县政务服务中心", "\(outcome.problems)")
    }

    /// A government's report is compiled and signed by its office.
    func testAGovernmentsOfficeSigningTheReportSignsItForTheGovernment() throws {
        let site = try ImportSite()
        let file = try untitled { $0 += ["", "示例市人民政府办公室", "2022年1月20日"] }
        XCTAssertEqual(site.importFile(file, dryRun: true).newAgency?.name, "示例市人民政府")
    }

    /// Text that starts with the page's own title (a tool that prints a page's
    /// `<title>` first) above the article's title under the agency's name.
    func testThePagesTitleAboveTheArticlesIsPassedOver() throws {
        var lines = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8).components(separatedBy: "\n")
        lines.insert(contentsOf: ["2021年政府信息公开工作年度报告", "首页 > 政务公开 > 政府信息公开年报"], at: 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("titled-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file, dryRun: true)
        XCTAssertEqual(outcome.agencySlug, "xiasha", "\(outcome.problems)")
    }

    func testASentenceOrAnOfficeWordAtTheEndIsNoName() throws {
        let site = try ImportSite()
        for ending in [["本年度未收取信息处理费。", "2022年1月20日"], ["特此报告", "2022年1月20日"], ["联系单位：示例局", "2022年1月20日"]] {
            let file = try untitled { $0 += ending }
            let outcome = site.importFile(file, dryRun: true)
            XCTAssertEqual(outcome.status, .failed, "\(ending)")
            XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(ending)")
        }
    }
}
