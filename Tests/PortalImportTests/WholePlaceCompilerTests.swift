import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A report its compiler says it gathered from the whole place's bodies (本年度报告由长春经济技术开发区政务服务和营商环境建设局
/// 依据…以及全区各部门信息公开工作编制而成, 长春经开区 2025, round forty-nine) is the place's, not the compiling bureau's.
/// Before: written under the bureau (silent).
final class WholePlaceCompilerTests: XCTestCase {
    /// The zone the compiler's name opens with publishes it.
    func testAZonesBureauCompilingEveryDepartmentsWorkNamesTheZone() throws {
        let sentence = "本年度报告由示例市经济技术开发区政务服务和营商环境建设局依据《中华人民共和国政府信息公开条例》以及全区各部门信息公开工作编制而成。"
        let outcome = try ImportSite().importFile(try untitled(sentence + browserCopyPeriod))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市经济技术开发区")
    }

    /// A county's bureau gathering the county's bodies' work names no one the text says: refused, not written under the bureau.
    /// A government's office compiling so still names its government.
    func testACountysBureauCompilingTheWholeCountyNamesNoOne() throws {
        let bureau = "本报告由示例县政务服务管理局根据《中华人民共和国政府信息公开条例》要求，汇总全县各部门信息公开工作编制而成。"
        _ = try assertRefused(try untitled(bureau + browserCopyPeriod), agency: nil, ["import-no-agency"])
        let office = "本报告由示例县人民政府办公室根据《中华人民共和国政府信息公开条例》要求，汇总全县各乡镇、各部门信息公开工作编制而成。"
        let outcome = try ImportSite().importFile(try untitled(office + browserCopyPeriod))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例县人民政府")
    }

    /// A bureau compiling its own report, and one whose other sentence speaks of the whole county, is the bureau's as before.
    func testABureausOwnReportStaysTheBureaus() throws {
        for sentence in ["本报告由示例县政务服务管理局根据《中华人民共和国政府信息公开条例》要求编制。",
                         "本报告由示例县政务服务管理局根据《中华人民共和国政府信息公开条例》要求编制。我局指导全县各部门做好公开工作。"] {
            let outcome = try ImportSite().importFile(try untitled(sentence + browserCopyPeriod))
            XCTAssertEqual(outcome.status, .written, "\(sentence): \(outcome.problems)")
            XCTAssertEqual(outcome.newAgency?.name, "示例县政务服务管理局", sentence)
        }
    }
}
