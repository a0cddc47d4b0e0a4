import Foundation
import PortalImport
import PortalTestSupport
import XCTest

/// A Word file whose footer (or header) prints the report's title on every
/// page: Apache Tika prints it once, after the body, where it would end
/// section 六. The reference report with such a footer imports as the example.
final class RunningTitleTests: XCTestCase {
    private func imported(after ending: [String], line: UInt = #line) throws -> ImportSite {
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("running-\(UUID().uuidString).txt")
        try Data((text + ending.joined(separator: "\n") + "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        return site
    }

    func testTheTitleAsAFooterIsNotSectionSix() throws {
        // Before: 六 ended in the title.
        try assertEqualsExample(try imported(after: ["", "杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告"]))
        try assertEqualsExample(try imported(after: ["", "2021年政府信息公开工作年度报告", "— 3 —"]))
    }

    func testOtherWordsAfterTheTitleKeepTheirPlace() throws {
        // The report's own last line is never taken for a footer because a title line follows it elsewhere.
        let site = try imported(after: ["附：2021年政府信息公开工作年度报告统计说明"])
        XCTAssertEqual(site.report("xiasha", 2021)?.narratives["other"]?.value.contains("附：2021年政府信息公开工作年度报告统计说明"), true)
    }
}
