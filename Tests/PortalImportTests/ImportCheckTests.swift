import Foundation
import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// The checks an import runs on what it imports: a report's problems with
/// the agency's next year's report (上年结转 against this year's 结转下年度)
/// are said whichever of the two comes first, as a folder of downloads
/// imported newest first brings them.
final class ImportCheckTests: XCTestCase {
    /// The reference report (2021), and as 2022's carrying over 2 applications where 2021 carried over
    /// none; `ownError`: 2022's 四 left as it was, so that its own balance fails too.
    private func reports(ownError: Bool = false) throws -> (earlier: URL, later: URL) {
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        var lines = text.replacingOccurrences(of: "2021年", with: "2022年").components(separatedBy: "\n")
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("二、上年结转政府信息公开申请数量") })
        // 自然人 and 总计 1 → 2, and 四 0 → 1 so that the year's own balance still holds.
        lines[row + 1] = "\t2"
        lines[row + 7] = "\t2"
        if !ownError {
            let forward = try XCTUnwrap(lines.firstIndex { $0.contains("四、结转下年度继续办理") })
            lines[forward + 1] = "\t1"
            lines[forward + 7] = "\t1"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let earlier = folder.appendingPathComponent("2021.txt"), later = folder.appendingPathComponent("2022.txt")
        try Data(text.utf8).write(to: earlier)
        try Data(lines.joined(separator: "\n").utf8).write(to: later)
        return (earlier, later)
    }

    /// The example site without the reference report's year, so that 2022 comes first.
    private func siteWithoutTheReference() throws -> ImportSite {
        let site = try ImportSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/agencies/xiasha/2021"))
        return site
    }

    private func carryOvers(_ outcome: ImportOutcome) -> [String] {
        outcome.checks.filter { $0.rule == "carry-over" }.map(\.location.path)
    }

    func testTheEarlierYearImportedSecondSaysWhatItBringsToTheLater() throws {
        let (earlier, later) = try reports()
        let site = try siteWithoutTheReference()
        let first = site.importFile(later, agency: "xiasha")
        XCTAssertEqual(first.status, .written, "\(first.problems)")
        XCTAssertEqual(first.checks.filter { $0.severity == .error }, [], "2022 alone is consistent")
        let second = site.importFile(earlier, agency: "xiasha")
        XCTAssertEqual(second.status, .written, "\(second.problems)")
        // Before: nothing said (the errors sit in 2022's file); only `portal check` found them.
        XCTAssertEqual(carryOvers(second), ["content/agencies/xiasha/2022/report.yaml", "content/agencies/xiasha/2022/report.yaml"])
    }

    func testInTheOtherOrderTheLaterYearSaysIt() throws {
        let (earlier, later) = try reports()
        let site = try siteWithoutTheReference()
        XCTAssertEqual(site.importFile(earlier, agency: "xiasha").status, .written)
        XCTAssertEqual(carryOvers(site.importFile(later, agency: "xiasha")).count, 2)
    }

    func testTheLaterYearsOwnProblemsAreNotSaidAgain() throws {
        let (earlier, later) = try reports(ownError: true)
        let site = try siteWithoutTheReference()
        let first = site.importFile(later, agency: "xiasha")
        XCTAssertEqual(first.checks.map(\.rule).filter { $0 == "balance" }.count, 2, "2022's own")
        let second = site.importFile(earlier, agency: "xiasha")
        XCTAssertEqual(second.checks.map(\.rule).sorted(), ["carry-over", "carry-over"], "\(second.checks)")
    }
}
