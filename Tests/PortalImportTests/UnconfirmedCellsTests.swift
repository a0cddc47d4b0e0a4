import Foundation
import PortalImport
import PortalLoader
import PortalModel
import PortalTestSupport
import XCTest

/// A scan's cell OCR is not sure of (`⁇`, as `ScannedPages` marks it) is written with its reading and “?” for the
/// operator to confirm, not refused: the report is written, `portal check` names the cell in report.yaml and stops
/// the build until the mark is gone. More than a few such cells and the report is refused, nothing written.
final class UnconfirmedCellsTests: XCTestCase {
    /// The trial template's text as Apache Tika writes it, with `edit` applied, in a temporary file.
    private func template(_ edit: (String) -> String) throws -> URL {
        let text = try String(contentsOf: ImportFixtures.own("tika/template-2019-filled.docx.txt"), encoding: .utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unsure-\(UUID().uuidString).txt")
        try edit(withoutRegulations(text)).write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// In table 二, whose figures take part in no identity: the cell is written “125.5?”, its row's comment says which
    /// column to confirm, the import warns naming it, and the loader stops the build at its line and column.
    func testAnUnsureCellIsWrittenMarkedAndStopsTheBuildUntilConfirmed() throws {
        let url = try template {
            XCTAssertEqual($0.components(separatedBy: "\t125.5\n").count, 2, "the template's one 采购总金额")
            return $0.replacingOccurrences(of: "\t125.5\n", with: "\t125.5⁇\n")
        }
        let site = try ImportSite()
        let outcome = site.importFile(url, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.cellsToConfirm, 1)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-unconfirmed" }, "\(outcome.problems)")
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.hasPrefix("OCR is not sure of the cell 第（九）项 政府集中采购 × 采购总金额 ("), warning.message)
        XCTAssertTrue(warning.message.hasSuffix("it read “125.5”, but a second reading differed, its confidence was low, or the ink's shape denies a digit of it (a 9 with no loop, a 7 on a 2's foot); written “125.5?” for you to confirm"), warning.message)
        XCTAssertGreaterThan(warning.location.line, 0)

        let path = "content/agencies/shifan/2019/report.yaml"
        let yaml = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        let row = try XCTUnwrap(yaml.components(separatedBy: "\n").first { $0.contains("\"125.5?\"") }, yaml)
        XCTAssertTrue(row.hasSuffix("# 政府集中采购 — to confirm: 采购总金额"), row)
        XCTAssertTrue(yaml.contains("# 1 cell ends in “?”: OCR was not sure of it"), yaml)

        // The checks after the import name the cell where report.yaml holds it; `portal check` stops on it.
        let line = (yaml.components(separatedBy: "\n").firstIndex(of: row) ?? -1) + 1
        let marked = outcome.checks.filter { $0.rule == "cell-unconfirmed" }
        XCTAssertEqual(marked.map(\.location.path), [path])
        XCTAssertEqual(marked.map(\.location.line), [line])
        let loaded = site.load()
        XCTAssertEqual(loaded.diagnostics.filter(\.isOutstandingError).map(\.rule), ["cell-unconfirmed"], "\(loaded.diagnostics)")

        // Confirmed by hand: the report loads clean.
        try Data(yaml.replacingOccurrences(of: "\"125.5?\"", with: "125.5").utf8).write(to: site.root.appendingPathComponent(path))
        XCTAssertEqual(site.load().diagnostics.filter(\.isOutstandingError).map(\.rule), [])
        XCTAssertEqual(site.report("shifan", 2019).flatMap { cellTexts($0, table: "proactive")["centralProcurement"] }, ["6", "125.5"])
    }

    /// A figure whose ink is shaped as another (`DigitShapes`: its 5 closing a loop, as a 9 does) is written
    /// as read, to confirm, and its warning names both figures; the shape's figure is never written.
    func testAnUnsureCellsShapeIsToldNotWritten() throws {
        let url = try template { $0.replacingOccurrences(of: "\t125.5\n", with: "\t125.5≠129.5⁇\n") }
        let site = try ImportSite()
        let outcome = site.importFile(url, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.cellsToConfirm, 1)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-unconfirmed" }, "\(outcome.problems)")
        XCTAssertTrue(warning.message.hasSuffix("it read “125.5”, but the ink's shape says “129.5” (a 5 closes no loop, the ink there one); written “125.5?” for you to confirm"), warning.message)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2019/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("\"125.5?\""), yaml)
        XCTAssertFalse(yaml.contains("129.5"), yaml)
    }

    /// As the operator sees it: the import exits 0 and lists the cell under “to confirm”, at report.yaml's line;
    /// `portal build` stops on it (exit 1, the built site untouched) until it is confirmed.
    func testTheCommandListsTheCellsToConfirmAndTheBuildStopsOnThem() throws {
        let url = try template { $0.replacingOccurrences(of: "\t125.5\n", with: "\t125.5⁇\n") }
        let site = try ImportSite()
        let built = try runPortal(["build", "--site", site.root.path])
        XCTAssertEqual(built.status, 0, built.output)
        let output = site.root.appendingPathComponent("public")
        let before = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()

        let run = try runPortal(["import", url.path, "--site", site.root.path, "--agency", "shifan", "--date", "2026-01-15"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("blank kept, 1 to confirm\n"), run.output)
        XCTAssertTrue(run.output.contains("  to confirm: 1 cell OCR was not sure of, written marked “?”"), run.output)
        XCTAssertTrue(run.output.contains("content/agencies/shifan/2019/report.yaml:"), run.output)
        XCTAssertTrue(run.output.contains("error[cell-unconfirmed]: the cell 第（九）项 政府集中采购 采购总金额 holds “125.5?”"), run.output)
        XCTAssertTrue(run.output.contains("checks: the published figures pass every check"), run.output)

        let stopped = try runPortal(["build", "--site", site.root.path])
        XCTAssertEqual(stopped.status, 1, stopped.output)
        XCTAssertTrue(stopped.output.contains("error[cell-unconfirmed]"), stopped.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("agencies/shifan").path))

        let report = site.root.appendingPathComponent("content/agencies/shifan/2019/report.yaml")
        let yaml = try String(contentsOf: report, encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "\"125.5?\"", with: "125.5").utf8).write(to: report)
        let confirmed = try runPortal(["build", "--site", site.root.path])
        XCTAssertEqual(confirmed.status, 0, confirmed.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("agencies/shifan/2019").path))
    }

    /// A row of a PDF's word boxes with blank cells is placed by its figures' positions: an unsure figure there is placed
    /// as any other and marked (大垅乡's `行政许可  212` of three columns, 212 made unsure), not refused for its count.
    func testAnUnsureFigureInARowPlacedByPositionIsMarked() throws {
        let fixture = ImportFixtures.own("trial-cells/nineteen-dalong-2025-plain-lo.pdf.bbox.html")
        let words = try String(contentsOf: fixture, encoding: .utf8)
        XCTAssertEqual(words.components(separatedBy: ">212</word>").count, 2)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unsure-\(UUID().uuidString).bbox.html")
        try words.replacingOccurrences(of: ">212</word>", with: ">212⁇</word>").write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        let outcome = try ImportSite().importFile(url, agency: "trial")
        let marked = outcome.problems.filter { $0.rule == "import-unconfirmed" }
        XCTAssertEqual(marked.count, 1, "\(outcome.problems)")
        XCTAssertTrue(marked.first?.message.contains("× 上一年项目数量") == true && marked.first?.message.contains("“212?”") == true, "\(marked)")
        // Refused as before only for its 采购总金额 printed in 元 (TrialFormCellsTests), not for the row marked.
        XCTAssertEqual(outcome.problems.filter { $0.severity == .error }.map(\.rule), ["import-cell"])
        XCTAssertFalse(outcome.problems.contains { $0.severity == .error && $0.message.contains("行政许可") }, "\(outcome.problems)")
    }

    /// `--acknowledge` acknowledges the published figures' errors, never a cell still to confirm (the loader's error):
    /// the build stops on it all the same.
    func testACellToConfirmIsNeverAcknowledged() throws {
        let url = try template { $0.replacingOccurrences(of: "\t125.5\n", with: "\t125.5⁇\n") }
        let site = try ImportSite()
        var options = site.options(agency: "shifan")
        options.acknowledge = "按原文发布"
        let outcome = Importer(options: options).importFile(url, displayPath: url.lastPathComponent)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2019/report.yaml"), encoding: .utf8)
        XCTAssertFalse(yaml.contains("rule: cell-unconfirmed"), yaml)
        XCTAssertTrue(site.load().diagnostics.contains { $0.rule == "cell-unconfirmed" && $0.isOutstandingError })
    }

    /// Ink OCR read nothing from is written “?”, blank until confirmed.
    func testInkReadAsNothingIsWrittenAsAMarkAlone() throws {
        let url = try template { $0.replacingOccurrences(of: "\t125.5\n", with: "\t⁇\n") }
        let site = try ImportSite()
        let outcome = site.importFile(url, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-unconfirmed" && $0.message.contains("it read nothing from the ink there; written “?”") },
                      "\(outcome.problems)")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2019/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("[6, \"?\"]"), yaml)
    }

    /// Past `UnconfirmedCells.mostPerReport` (12), the scan is too poor: refused, each cell named, nothing written.
    func testMoreThanTwelveUnsureCellsAreRefused() throws {
        func marking(_ count: Int) throws -> URL {
            try template { text in
                // Table 三's figures: the lines after its first row label.
                var lines = text.components(separatedBy: "\n")
                let start = try! XCTUnwrap(lines.firstIndex { $0.contains("一、本年新收政府信息公开申请数量") })
                var marked = 0
                for index in lines.indices where index > start && marked < count
                    && lines[index].range(of: #"^\t[0-9]+$"#, options: .regularExpression) != nil {
                    lines[index] += "⁇"
                    marked += 1
                }
                XCTAssertEqual(marked, count)
                return lines.joined(separator: "\n")
            }
        }
        let twelve = try ImportSite().importFile(try marking(12), agency: "shifan")
        XCTAssertEqual(twelve.status, .written, "\(twelve.problems)")
        XCTAssertEqual(twelve.cellsToConfirm, 12)

        let site = try ImportSite()
        let before = site.contentFiles()
        let thirteen = site.importFile(try marking(13), agency: "shifan")
        XCTAssertEqual(thirteen.status, .failed)
        XCTAssertEqual(thirteen.problems.filter { $0.rule == "import-unconfirmed" }.count, 13)
        let error = try XCTUnwrap(thirteen.problems.first { $0.severity == .error }, "\(thirteen.problems)")
        XCTAssertEqual(error.rule, "import-cell")
        XCTAssertTrue(error.message.hasPrefix("OCR is not sure of 13 cells of this report"), error.message)
        XCTAssertEqual(site.contentFiles(), before)
    }
}
