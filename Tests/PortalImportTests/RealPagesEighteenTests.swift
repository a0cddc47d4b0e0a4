import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighteen (VARIANTS.md): a PDF's text saved as poppler's word boxes (`pdftotext -bbox-layout`, `-bbox`), then
/// real reports found by search — 山东, 内蒙古, 陕西, 重庆, 河南, 贵州, 浙江 pages — kept as the store gave them
/// (`real-pages/eighteen/`, long paragraphs shortened) and completed with the invented report's rows from 二 on
/// (`variants/browser-copy.txt`, or the 2019 trial form's `tika/template-2019-filled.docx.txt` for a report of 2020).
final class RealPagesEighteenTests: XCTestCase {
    /// The real opening `name` completed from `rest`'s heading `from` (二、 by default) on.
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("eighteen", name, from: heading, rest: rest)
    }

    @discardableResult
    private func assertWritten(_ file: URL, agency: String, year: Int, figures: Bool = true, line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        try assertRealPageWritten(file, agency: agency, year: year, figures: figures, line: line)
    }

    // MARK: poppler's word boxes

    /// 淮安市人民政府 2024's PDF saved as `pdftotext -bbox-layout` (words in lines, blocks and flows) and as `pdftotext -bbox`
    /// (words alone). Before: refused (`import-no-report`, “a page that links to it”): the words were read as a web page's.
    /// Now read as the PDF is, its layout text made from the same boxes: every cell as the PDF's import reads it.
    func testAPDFsWordBoxesImportAsThePDFDoes() throws {
        try ImportFixtures.requirePdftotext()
        let slugs = ["淮安市人民政府": "huaian-szf"]
        func imported(_ file: URL) throws -> (ImportOutcome, Report) {
            let site = try ImportSite()
            let outcome = Importer(options: ImportOptions(site: site.root, agencySlugs: slugs, date: "2026-01-15"))
                .importFile(file, displayPath: file.lastPathComponent)
            XCTAssertEqual(outcome.status, .written, "\(file.lastPathComponent): \(outcome.problems)")
            return (outcome, try XCTUnwrap(site.report("huaian-szf", 2024)))
        }
        let (pdfOutcome, pdf) = try imported(ImportFixtures.huaianPDF)
        for options in [["-bbox-layout"], ["-bbox"]] {
            let (outcome, report) = try imported(pdftotext(ImportFixtures.huaianPDF, options: options))
            XCTAssertEqual(outcome.format, .pdfWordBoxes, "\(options)")
            XCTAssertEqual(outcome.formID, "gov-info-2021")
            XCTAssertEqual(outcome.cellsFilled, pdfOutcome.cellsFilled)
            XCTAssertEqual(outcome.newAgency?.name, "淮安市人民政府")
            XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive, "\(options)")
            XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications, "\(options)")
            XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals, "\(options)")
            XCTAssertEqual(report.source?.format, "pdf-word-boxes")
            XCTAssertEqual(report.source?.file, "source.html")
            XCTAssertEqual(report.source?.formatLabel, "网页")
            // The narratives as the PDF's: lines joined where the page wrapped them, page marks left out.
            for section in ["preamble", "overview", "problems"] {
                XCTAssertEqual(report.narratives[section]?.value, pdf.narratives[section]?.value, "\(options) \(section)")
            }
        }
    }

    /// Page 3 of 淮安's word boxes, cut from `pdftotext -bbox-layout` and `-bbox` (`real-pages/eighteen/`): its rows are read
    /// as printed lines, each figure where it sits, each line numbered as the file's line of its first word.
    func testAPageOfWordBoxesReadsAsPrintedLines() throws {
        for name in ["huaian-2024-page3.bbox-layout.html", "huaian-2024-page3.bbox.html"] {
            let file = ImportFixtures.own("real-pages/eighteen/\(name)")
            let data = try Data(contentsOf: file)
            XCTAssertEqual(SourceFormat.detect(data), .pdfWordBoxes, name)
            let document = try Extraction.lines(of: data, file: file, path: name).get()
            let text = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (label, figures) in [("规章", "1 0 11"), ("行政规范性文件", "8 26 66")] {
                let row = try XCTUnwrap(document.lines.first { $0.text.hasPrefix(label + " ") }, "\(name) \(label)")
                XCTAssertEqual(row.text.split(separator: " ").dropFirst().joined(separator: " "), figures, name)
                XCTAssertEqual(row.figureCentres?.count, 3, "\(name): \(label)'s figures placed")
                XCTAssertTrue(text[row.position.line - 1].contains(">\(label)</word>"), "\(name): line \(row.position.line)")
            }
            XCTAssertFalse(document.lines.contains { $0.text == "-3-" }, "the page mark is furniture")
        }
        // A web page is not word boxes: `<doc>` and `<page width height>` are poppler's.
        XCTAssertNotEqual(SourceFormat.detect(Data("<html><body><div>2024年政府信息公开工作年度报告</div></body></html>".utf8)), .pdfWordBoxes)
    }

    /// Word boxes of pages with no words (a scanned PDF's, made up from the real file's head) are refused as such, the
    /// format named.
    func testWordBoxesWithoutWordsAreRefusedNamingTheFormat() throws {
        let real = try String(contentsOf: ImportFixtures.own("real-pages/eighteen/huaian-2024-page3.bbox.html"), encoding: .utf8)
        let head = try XCTUnwrap(real.components(separatedBy: "<doc>").first)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scanned-\(UUID().uuidString).html")
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        try Data((head + "<doc>\n  <page width=\"595.000000\" height=\"842.000000\">\n  </page>\n</doc>\n</body>\n</html>\n").utf8).write(to: file)
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .failed)
        let problem = try XCTUnwrap(outcome.problems.first)
        XCTAssertEqual(problem.rule, "import-scanned-pdf")
        XCTAssertTrue(problem.message.contains("pdftotext -bbox"), problem.message)
    }

    // MARK: a catalogue's particulars as lines of text

    /// The particulars a page prints above the report, copied as lines without a list's bullets: 鄂托克旗 2020 (`索引号:… 分类:…`,
    /// `发布机构:… 发文日期:…`, `名称:…报告`, `文号: 主题词:`, `时效性:有效`), 汉阴县 2023 (`内容概述: …报告`, `相关文件:` over `• 一图读懂:…报告`), 西里镇 2024
    /// (`索引号: … 文号: 无文号`, the title again). Before: **silent**, each the preamble's first paragraphs. 常家镇 2024: a
    /// Markdown table's rule (`---|---|---|---|`) under the particulars' row; before, **silent**, the preamble's first line.
    func testTheParticularsAsLinesAreNoPreamble() throws {
        let (etuoke, preamble) = try assertWritten(completed("etuoke-2020", rest: "tika/template-2019-filled.docx.txt"),
                                                   agency: "鄂托克旗人民政府", year: 2020, figures: false)
        XCTAssertEqual(etuoke.published, "2021-01-22")
        XCTAssertTrue(preamble.hasPrefix("按照《中华人民共和国政府信息公开条例》"), preamble)

        let (hanyin, opening) = try assertWritten(completed("hanyin-2023"), agency: "汉阴县人民政府", year: 2023)
        XCTAssertEqual(hanyin.published, "2024-02-06")
        XCTAssertEqual(opening, "", "no preamble: 一 follows the particulars and 相关文件: • 一图读懂:…")

        let (xili, town) = try assertWritten(completed("xili-2024"), agency: "沂源县西里镇人民政府", year: 2024)
        XCTAssertEqual(xili.published, "2025-01-27")
        XCTAssertTrue(town.hasPrefix("本年度报告中所列数据的统计期限"), town)

        let (_, changjia) = try assertWritten(completed("changjia-2024"), agency: "高青县常家镇人民政府", year: 2024)
        XCTAssertTrue(changjia.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》"), changjia)
    }

    // MARK: the day the page was put up

    /// 渝北区政务办 2022: `日期:2023-01-30` alone under the title (before: **silent**, the line the preamble, no day read).
    /// 桐柏县 2023: `来源:桐柏县人民政府时间:2024-01-17浏览量:`, the label run on after the source (before: no day read).
    func testADateLabelledAloneOrRunOnAfterTheSource() throws {
        let (yubei, preamble) = try assertWritten(completed("yubei-zwb-2022"), agency: "重庆市渝北区政务服务管理办公室", year: 2022)
        XCTAssertEqual(yubei.published, "2023-01-30")
        XCTAssertEqual(preamble, "")

        let (tongbai, _) = try assertWritten(completed("tongbai-2023"), agency: "桐柏县人民政府", year: 2023)
        XCTAssertEqual(tongbai.published, "2024-01-17")
        // 发布时间 or 更新时间 is no 时间 run on.
        XCTAssertNotEqual(PublicationDate.underTitle("来源:某县人民政府更新时间:2024-01-17")?.1, "时间")
    }

    // MARK: the publisher named in other words

    /// No title; 开阳县 2023: 现公布开阳县人民政府(开阳县人民政府办公室)2023年…报告 (an agency and, in brackets, its office, as
    /// titles print it). 长河街道 2023: 结合2023年杭州市滨江区长河街道各科室的信息公开工作实际情况编制本报告. Before: refused
    /// (`import-no-agency`) each.
    func testThePublisherNamedWithItsOfficeOrItsSections() throws {
        try assertWritten(completed("kaiyang-2023"), agency: "开阳县人民政府(开阳县人民政府办公室)", year: 2023)
        try assertWritten(completed("changhe-2023"), agency: "杭州市滨江区长河街道", year: 2023)
        XCTAssertFalse(SignedAgency.withItsOffice("开阳县人民政府（2023年）"))
        XCTAssertFalse(SignedAgency.withItsOffice("全县（各乡镇）"))
    }

    /// Refusals that stay: 芙蓉街道 2022 (一 first, no title; its year read since round eighty-nine from part 一's
    /// `现结合我街道实际情况,将2022年政府信息公开情况报告如下`, its publisher still unprinted), 北碚区 2022 (no title; 我区, the
    /// agency only as the contact, 请与北碚区人民政府办公室联系).
    func testRefusalsThatStay() throws {
        let furong = try ImportSite().importFile(completed("furong-2022"))
        XCTAssertEqual(furong.status, .failed)
        // (No publisher printed: before round eighty-nine, said beside its year's refusal.)
        XCTAssertEqual(rules(furong.problems), ["import-no-agency"])
        let beibei = try ImportSite().importFile(completed("beibei-2022"))
        XCTAssertEqual(beibei.status, .failed)
        XCTAssertEqual(rules(beibei.problems), ["import-no-agency"])
    }
}
