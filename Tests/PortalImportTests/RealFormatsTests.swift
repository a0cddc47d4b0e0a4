import Foundation
@testable import PortalImport
import XCTest

/// Real openings made Word files and LibreOffice's PDFs of them (`make-real-formats.py`, `real-formats.sh`; VARIANTS.md,
/// "Round forty"): the PDF must name the same agency and year as the text of the same paragraphs, and end the same
/// paragraphs. The fixtures are cuts of `pdftotext -layout` of the made PDFs, in `layout-texts/`.
final class RealFormatsTests: XCTestCase {
    private func layoutLines(_ name: String) throws -> ArraySlice<SourceLine> {
        let text = try String(contentsOf: ImportFixtures.own("layout-texts/\(name)"), encoding: .utf8)
        return TextExtractor.lines(of: text, layout: true)[...]
    }

    /// 曲靖 西城街道 2023, no title, 12 pt without indents: its publishing sentence (编制西城街道 / 2023 年政府信息公开工作年度
    /// 报告) and its statistics period (统计期限为 / 2023 年 1 月 1 日一…) each wrapped at the margin. Before: the year read
    /// from neither, and the name taken from the period's words (`1yue1riyi2023nian12yue31riruduiben`).
    func testAPublishingSentenceAndAPeriodWrappedAtTheMarginAreReadWhole() throws {
        let lines = try layoutLines("xicheng-jd-2023-lo.txt")
        XCTAssertEqual(ReportYear.statisticsPeriod(in: lines), 2023)
        XCTAssertEqual(SignedAgency.publisher(in: lines), "西城街道")
    }

    /// 开阳县人民政府 2023, 公文 style (16 pt, indents): 现公布开阳县人民政府(开阳县人民政府办公室)2023 年政府信 / 息公开
    /// 工作年度报告 and 统计时限为 2023 年 1 月 1 / 日至 2023 年 12 月 31 日. Before: refused, no year.
    func testAPublishingSentenceWrappedInTheGongwenStyleNamesItsAgencyAndYear() throws {
        let lines = try layoutLines("kaiyang-2023-lo.txt")
        XCTAssertEqual(ReportYear.statisticsPeriod(in: lines), 2023)
        XCTAssertEqual(ReportYear.publishedReports(in: lines), [2023])
        XCTAssertEqual(SignedAgency.publisher(in: lines), "开阳县人民政府(开阳县人民政府办公室)")
        XCTAssertEqual(SignedAgency.officeToContact(in: lines), "开阳县人民政府办公室")
    }

    /// A paragraph a line (a page's text) is read as before: lines that start their paragraphs are not joined.
    func testLinesThatStartTheirParagraphsStayApart() {
        let lines = ["现公布某镇", "2023年政府信息公开工作年度报告。"].enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }
        XCTAssertEqual(WrappedSentences.paragraphs(lines[...]).map(\.text), ["现公布某镇", "2023年政府信息公开工作年度报告。"])
        var wrapped = lines
        wrapped[1].startsParagraph = false
        XCTAssertEqual(WrappedSentences.paragraphs(wrapped[...]).map(\.text), ["现公布某镇2023年政府信息公开工作年度报告。"])
    }

    /// 樟树市中洲乡 2024, 公文 style: the signature set right, its date alone on the next page (`pdftotext -layout` prints it
    /// after the page break at the margin), the name's line reaching the margin by its indent. Before: the date ran into
    /// the name (樟树市中洲乡2025年1月20日).
    func testASignatureSetRightEndsItsNameBeforeTheDate() throws {
        let paragraphs = NarrativeText.paragraphs(try layoutLines("zhongzhou-2024-lo.txt"), fromPDF: true)
        XCTAssertEqual(Array(paragraphs.suffix(3)), ["本年度未收取信息处理费。", "樟树市中洲乡", "2025年1月20日"], "\(paragraphs)")
    }

    /// A preamble's first line, wrapped at the margin before its 。, is no title though it says 年度报告 or 年报 (山东省海洋局
    /// 2022: 本年度报告根据《中华人民共和国政府信息公开条例》和《国; 磐石市吉昌镇 2023: …现公布磐石市 / 吉昌镇本年度政府信息公开
    /// 工作情况,本年报由总; 巴彦高勒镇 2025: 于印发〈中华人民共和国政府信息公开工作年度报告格式〉的, the form cited). Before: taken
    /// for the title, the preamble lost its lines down to it.
    func testAPreamblesFirstLineWrappedBeforeItsFullStopIsNoTitle() throws {
        for name in ["shandong-hyj-2022-lo.txt", "jichang-2023-lo.txt", "bayangaole-2025-lo.txt"] {
            let lines = try layoutLines(name)
            XCTAssertNil(ReportTitle(lines).line, name)
        }
        // A title is still one (a page's, a line of its own; a title whose name holds brackets).
        for title in ["山东省海洋局2022年政府信息公开工作年度报告", "开阳县人民政府(开阳县人民政府办公室)2023年政府信息公开工作年度报告"] {
            XCTAssertEqual(ReportTitle([SourceLine(text: title, position: SourcePosition(line: 1))][...]).line, 0, title)
        }
    }

    /// 绿春县大兴镇 2023, 12 pt without indents: the preamble's contact sentence breaks after 电子邮箱: and the address, too
    /// long for the rest of the line, starts the next (dxzdzb@163.com;联系地址…). Before: the short line ending in a colon
    /// ended the paragraph, the address a paragraph of its own.
    func testAnAddressMovedWholeToTheNextLineContinuesItsParagraph() throws {
        let paragraphs = NarrativeText.paragraphs(try layoutLines("daxing-2023-lo.txt"), fromPDF: true)
        let preamble = try XCTUnwrap(paragraphs.first { $0.hasPrefix("根据《中华人民共和国政府信息公开条例》") }, "\(paragraphs)")
        XCTAssertTrue(preamble.hasSuffix("电子邮箱:dxzdzb@163.com;联系地址:绿春县大兴镇人民政府)。"), preamble)
    }

    /// Under the title, the publisher's name alone (贵阳市人民政府, 16 pt, indented) or the day it was issued (`2024 年 1 月
    /// 31 日`, Word's gap between figures and 年月日), then the first sentence wrapped at the margin: the title's lines, not
    /// the preamble's, as in the text and the Word file. Before: the PDF's preamble opened with them.
    func testANameOrADateUnderTheTitleIsNoPreambleInAPDF() throws {
        for (name, opening) in [("guiyang-2020-lo.txt", "根据《中华人民共和国政府信息公开条例》"), ("jingan-dqb-2023-lo.txt", "本年度报告根据")] {
            let lines = Array(try layoutLines(name))
            let title = ReportTitle(lines[...])
            let start = title.preambleStart((title.line ?? -1) + 1, end: lines.count, in: lines)
            XCTAssertTrue(lines[start].text.trimmingCharacters(in: .whitespaces).hasPrefix(opening), "\(name): \(lines[start].text)")
        }
    }
}
