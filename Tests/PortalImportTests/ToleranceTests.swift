import Foundation
@testable import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// Labels and numbers as reports really print them: widths, numbering
/// styles, wording variants (from the form files' aliases), separators.
final class ToleranceTests: XCTestCase {
    private func replace(_ lines: inout [String], containing needle: String, _ change: (String) -> String) {
        guard let index = lines.firstIndex(where: { $0.contains(needle) }) else { return XCTFail("no line with \(needle)") }
        lines[index] = change(lines[index])
    }

    func testTheLayoutTextImportsLikeThePDF() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try huaianText { _ in }, agency: "xiasha")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("xiasha", 2024))
        XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications)
        XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals)
        let named = try XCTUnwrap(outcome.problems.first { $0.rule == "import-agency-name" })
        XCTAssertEqual(named.severity, .warning)
        XCTAssertTrue(named.message.contains("the report is by “淮安市人民政府”, but agency “xiasha” is “杭州市钱塘区人民政府下沙街道办事处”"), named.message)
    }

    func testWidthsSeparatorsNumberingWordingVariantsAndDashes() throws {
        let file = try huaianText { lines in
            replace(&lines, containing: "规章 ") { $0.replacingOccurrences(of: "1          0        11", with: "１          ０        １１") }
            replace(&lines, containing: "行政规范性文件") { $0.replacingOccurrences(of: "行政规范性文件", with: "规范性文件") }
            replace(&lines, containing: "3001") { $0.replacingOccurrences(of: "3001", with: "3,001").replacingOccurrences(of: "3119", with: "3,119") }
            replace(&lines, containing: "（一）予以公开") { $0.replacingOccurrences(of: "（一）予以公开", with: "(一) 予以公开") }
            replace(&lines, containing: "3.要求提供公开出版物") { line in
                line.split(separator: " ", omittingEmptySubsequences: false).map { $0 == "0" ? "—" : String($0) }.joined(separator: " ")
            }
            replace(&lines, containing: "四、结转下年度继续办理") { $0.replacingOccurrences(of: "四、结转下年度继续办理", with: "四、结转下年度办理") }
            replace(&lines, containing: "五、存在的主要问题及改进情况") { $0.replacingOccurrences(of: "及改进情况", with: "和改进情况") }
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "xiasha")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("xiasha", 2024))
        var expected = HuaianPDFTests.applications
        expected["notProcessedPublications"] = Array(repeating: "-", count: 7)
        XCTAssertEqual(cellTexts(report, table: "applications"), expected)
        XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive)
        XCTAssertEqual(outcome.blanksKept, 7)
        XCTAssertTrue(report.narratives["problems"]?.value.hasPrefix("对照上级新要求") ?? false)
    }

    func testARowPrintedTwiceIsAnErrorAndNothingIsWritten() throws {
        let file = try huaianText { lines in
            let index = lines.firstIndex { $0.contains("2.重复申请") }!
            lines.insert(lines[index], at: index + 1)
        }
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = site.importFile(file, agency: "xiasha")
        XCTAssertEqual(outcome.status, .failed)
        let twice = try XCTUnwrap(outcome.problems.first { $0.rule == "import-row-twice" }, "\(outcome.problems)")
        XCTAssertTrue(twice.message.contains("三（五）2 2.重复申请 is printed twice"), twice.message)
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testFiguresNoRowClaimsAreAnError() throws {
        let file = try huaianText { lines in
            let index = lines.firstIndex { $0.contains("2.重复申请") }!
            lines.insert("                9   9   9   9   9   9   9", at: index + 1)
        }
        let outcome = try ImportSite().importFile(file, agency: "xiasha")
        XCTAssertEqual(outcome.status, .failed)
        let unplaced = try XCTUnwrap(outcome.problems.first { $0.rule == "import-row-unplaced" }, "\(outcome.problems)")
        XCTAssertTrue(unplaced.message.contains("9   9   9"), unplaced.message)
    }

    func testARowWithACellMissingInTextIsAnErrorNeverAGuess() throws {
        let file = try huaianText { lines in
            replace(&lines, containing: "6.属于四类过程性信息") { line in
                guard let zero = line.range(of: " 0 ") else { return line }
                return line.replacingCharacters(in: zero, with: " ")
            }
        }
        let outcome = try ImportSite().importFile(file, agency: "xiasha")
        XCTAssertEqual(outcome.status, .failed)
        let cell = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(outcome.problems)")
        XCTAssertTrue(cell.message.contains("row 三（三）6 6.属于四类过程性信息 has 7 columns"), cell.message)
        XCTAssertTrue(cell.message.contains("holds 6 cells"), cell.message)
    }

    func testAnUnreadableCellQuotesItsTextAndNamesRowAndColumn() throws {
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        // The Word export's cells are one per line: a letter O typed for a zero.
        let broken = text.replacingOccurrences(of: "\t行政许可\n\t0", with: "\t行政许可\n\tO")
        XCTAssertNotEqual(broken, text)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xiasha-\(UUID().uuidString).txt")
        try Data(broken.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file, force: true)
        XCTAssertEqual(outcome.status, .failed)
        let cell = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(outcome.problems)")
        XCTAssertTrue(cell.message.contains("the cell 第（五）项 行政许可 × 本年处理决定数量 reads “O”"), cell.message)
    }

    func testASitesOwnFormIsRecognisedByItsOwnLabels() throws {
        let site = try ImportSite()
        let builtIn = try String(contentsOf: Repository.root.appendingPathComponent("Sources/PortalLoader/Forms/gov-info-2021.yaml"), encoding: .utf8)
        let own = builtIn.replacingOccurrences(of: "id: gov-info-2021", with: "id: gov-info-2025")
            .replacingOccurrences(of: "years: {first: 2021}", with: "years: {first: 2025}")
            .replacingOccurrences(of: "label: 本年制发件数", with: "label: 本年新制发件数")
        try site.site.write("content/forms/gov-info-2025.yaml", own)
        let file = try huaianText { lines in
            replace(&lines, containing: "本年制发件数") { $0.replacingOccurrences(of: "本年制发件数", with: "本年新制发件数") }
        }
        let outcome = site.importFile(file, agency: "xiasha", year: 2025)
        XCTAssertEqual(outcome.formID, "gov-info-2025", "\(outcome.problems)")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
    }

    func testAgencyKindFromTheOfficialName() {
        XCTAssertEqual(Agency.Kind.from(name: "淮安市人民政府"), .government)
        XCTAssertEqual(Agency.Kind.from(name: "杭州市钱塘区人民政府下沙街道办事处"), .subdistrict)
        XCTAssertEqual(Agency.Kind.from(name: "微山县两城镇人民政府"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "广昌县长桥乡人民政府"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "沈阳市浑南区工业和信息化局"), .department)
        XCTAssertEqual(Agency.Kind.from(name: "天津市红桥区政务服务办"), .department)
        XCTAssertEqual(Agency.Kind.from(name: "某某协会"), .other)
    }

    /// The agency an import writes takes its kind also from a name in traditional characters (a 繁體 mirror's) and from a
    /// region's government named short (镇宁自治县政府, round twenty-eight's: `other` before); the publisher check's
    /// `from(name:)` reads neither (it compares the preamble's name with the agency's simplified one).
    func testAgencyKindOfAPrintedName() {
        let kinds: [(String, Agency.Kind)] = [
            ("西藏自治區人民政府辦公廳", .department), ("徐聞縣公安局", .department), ("西城區金融街街道辦事處", .subdistrict),
            ("平武縣木座藏族鄉人民政府", .town), ("某某縣人民政府", .government), ("鎮寧自治縣政府", .government),
            ("镇宁自治县政府", .government), ("沛县政府", .government), ("青龙镇政府", .town), ("本县政府", .other),
            ("高新技术产业開發區政府", .other), ("海关总署(本级机关)", .department), ("开阳县人民政府(开阳县人民政府办公室)", .government),
            ("（某）", .other),
        ]
        for (name, kind) in kinds { XCTAssertEqual(Agency.Kind.ofPrinted(name: name), kind, name) }
        for name in ["西藏自治區人民政府辦公廳", "镇宁自治县政府"] { XCTAssertEqual(Agency.Kind.from(name: name), .other, name) }
    }

    func testNamesAreQuotedForYAMLAndReadBack() throws {
        XCTAssertEqual(ReportYAML.quoted("下沙\"街道\\ a/b"), #""下沙\"街道\\ a/b""#)
        let yaml = AgencyResolver.agencyYAML(name: "某\"区\"人民政府", contact: Agency.Contact(address: "某路1号: 东"))
        XCTAssertEqual(AgencyResolver.name(inAgencyYAML: yaml), "某\"区\"人民政府")
        XCTAssertEqual(AgencyResolver.name(inAgencyYAML: "name: 淮安市人民政府   # 官方名称\n"), "淮安市人民政府")
        XCTAssertEqual(AgencyResolver.name(inAgencyYAML: "name: '淮安市人民政府'\n"), "淮安市人民政府")
        XCTAssertTrue(yaml.contains(#"address: "某路1号: 东""#), yaml)
    }

    func testCellTexts() {
        XCTAssertEqual(CellText.value("３,１１９"), .number(3119))
        XCTAssertEqual(CellText.value("96,171.6"), .number(Decimal(string: "96171.6")!))
        XCTAssertEqual(CellText.value("－8"), .number(-8))
        XCTAssertEqual(CellText.value("−3"), .number(-3))
        XCTAssertEqual(CellText.value(" 0 "), .number(0))
        XCTAssertEqual(CellText.value(""), .blank(""))
        XCTAssertEqual(CellText.value("—"), .blank("-"))
        XCTAssertEqual(CellText.value("/"), .blank("/"))
        XCTAssertNil(CellText.value("12元"))
        XCTAssertNil(CellText.value("1,23"))
        XCTAssertNil(CellText.value("O"))
    }

    func testLabelsMatchWhateverTheirNumberingWidthAndLineBreaks() {
        XCTAssertEqual(LabelText("（一）予以公开"), LabelText("(一)予以公开"))
        XCTAssertEqual(LabelText("（一）予以公开"), LabelText("一、 予以公开"))
        XCTAssertEqual(LabelText("1.属于国家秘密"), LabelText("1、属于\n国家秘密"))
        XCTAssertEqual(LabelText.core(of: "三（七）总计").string, "七总计")
        XCTAssertEqual(LabelText.core(of: "（七）总计").string, "总计")
        var stream = LabelStream()
        stream.append(LabelText("2、申请人逾期未按收费通知要"), line: 0)
        stream.append(LabelText("他处理"), line: 1)
        stream.append(LabelText("求缴纳费用、行政机关不再处理其政府信息公开申请"), line: 2)
        let match = stream.find(LabelText("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), from: 0)
        XCTAssertEqual(match?.start, 0, "a merged group label printed in between does not break the row's label")
    }
}
