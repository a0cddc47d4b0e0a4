import Foundation
@testable import PortalImport
import XCTest

/// Apache Tika's text of LibreOffice's PDFs of real openings' Word files (`real-formats/NAME.txt`, `tika/NAME-lo.pdf.txt`,
/// as `ZEROS=1 TIKA=1 real-formats.sh` makes them): the shapes of PDFBox's text that round forty-four reads, each
/// compared cell for cell and narrative for narrative with the opening's own text.
extension TikaTextTests {
    private func assertSameAsOpening(_ name: String, year: Int, tikaOf: String? = nil, sameWords: Set<String> = [], line: UInt = #line) throws {
        try assertSameAsOriginal(ImportFixtures.own("real-formats/\(name).txt"), tikaOf: tikaOf ?? "\(name)-lo.pdf", year: year, sameWords: sameWords,
                                 line: line)
    }

    /// `2020 年主动公开信息总数 458 条,其中…,政务微` / (blank) / `信公开…`: a text whose commas are all typed half-width is
    /// still wrapped text, so the blank lines PDFBox sets inside its paragraphs end none (义乌 交通运输局 2020).
    func testAWrappedTextWithHalfWidthCommasKeepsItsParagraphs() throws {
        try assertSameAsOpening("twentyeight-yiwu-jtj-2020-narrow", year: 2020)
    }

    /// A line reaching the margin with no mark at all (`…通过区政府门户网站主动公` / (blank) / `开信息 82条,…`), or under
    /// a run-in heading (`（一）主动公开工作扎实推进。持续更新本单位机构概况、` / (blank) / `领导班子、…`), breaks inside
    /// its sentence as running text does.
    func testALineWithoutMarksOrUnderARunInHeadingGoesOnAcrossABlankLine() throws {
        try assertSameAsOpening("thirtysix-donghe-2024-gongwen", year: 2024)
        try assertSameAsOpening("thirtytwo-lirangjie-2025-gongwen", year: 2025)
    }

    /// A line well short of the margin ended its paragraph, sentence's mark or not, when the next is a contact's label
    /// (`联系地址:…` / `邮编:361009` / `电话:…`) or a full line of running text (`…作情况报告如下` / `本报告由…`).
    func testContactLinesAndAParagraphWithoutItsFullStopEndWhereTheyStop() throws {
        try assertSameAsOpening("twentyfour-jialian-jd-2024-narrow", year: 2024)
        try assertSameAsOpening("twentytwo-jinchangzhen-2025-plain", year: 2025)
    }

    /// `2026.01.13本年度报告根据…`: PDFBox ran the date set right into the paragraph's first line; it is a line of its own.
    func testADateRunIntoTheParagraphUnderItIsALineOfItsOwn() throws {
        try assertSameAsOpening("twentytwo-xiayang-jd-2025-narrow", year: 2025)
        let lines = TextExtractor.lines(of: "2026.01.13本年度报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertEqual(lines.map(\.text), ["2026.01.13", "本年度报告根据《中华人民共和国政府信息公开条例》"])
    }

    /// `2023年,通过开阳县人民政府门户网站公开信息 320条。` (a paragraph's first line, its indent lost) reaches the margin:
    /// its sentence's end is no paragraph's, as a full line's further down is not.
    func testAFirstLineFullByItsIndentEndsNoParagraph() throws {
        try assertSameAsOpening("eighteen-kaiyang-2023-gongwen", year: 2023)
    }

    /// `内容概述: 汉阴县人民政府 2023年度政府信息公开工作年度报` / `告`: the furniture line is left out of the preamble,
    /// and the rest of it wrapped onto the next line with it.
    func testAWrappedFurnitureLinesRestIsLeftOutWithIt() throws {
        try assertSameAsOpening("eighteen-hanyin-2023-flat", year: 2023)
        try assertSameAsOpening("eighteen-hanyin-2023-flat", year: 2023, tikaOf: "eighteen-hanyin-2023-flat-chromium.pdf")
    }

    /// Chromium's prints of the made pages with the Word file's column widths (`WIDTHS=1`, round forty-three), through
    /// Tika (`tika/NAME-chromium-widths.pdf.txt`): a blank line after a line that stops at the margin on a phone number's
    /// dash (`电话:023—` / `52790305)。`), before a Latin word too long for the rest of it (`电子邮` / `箱:a@b.cn)`), after
    /// a title's `〈…〉`, or in a line whose only marks are half-width (`<…>`, `;`) ends nothing.
    func testChromiumsPrintsWithWidthsKeepTheirParagraphsInTikasText() throws {
        try assertSameAsOpening("thirtyone-yihe-2023-narrow", year: 2023, tikaOf: "thirtyone-yihe-2023-narrow-chromium-widths.pdf")
        // (The opening's text types a gap, 香港中路 11号, that the print leaves out: the words compared.)
        try assertSameAsOpening("thirtysix-qingdao-2024-narrow", year: 2024, tikaOf: "thirtysix-qingdao-2024-narrow-chromium-widths.pdf",
                                sameWords: ["preamble"])
        try assertSameAsOpening("seventeen-changshaxian-2021-narrow", year: 2021, tikaOf: "seventeen-changshaxian-2021-narrow-chromium-widths.pdf")
        try assertSameAsOpening("nineteen-gzcustoms-2021-narrow", year: 2021, tikaOf: "nineteen-gzcustoms-2021-narrow-chromium-widths.pdf")
    }

    /// `…保证了我镇信息公开的完整率为 100%` / `今年,我镇制发规范性文件 3份。`: a paragraph ending in a figure without its
    /// full stop ends where it stops, short of the margin or of the full line above it — the next line's first
    /// character would have fit (长塘镇 2023, LibreOffice's PDF and Chromium's print without widths, whose table's labels
    /// narrow the text's margin).
    func testAParagraphEndingInAFigureShortOfItsLineEndsThere() throws {
        try assertSameAsOpening("twentyfour-changtang-2023-narrow", year: 2023)
        try assertSameAsOpening("twentyfour-changtang-2023-narrow", year: 2023, tikaOf: "twentyfour-changtang-2023-narrow-chromium.pdf")
    }

    /// A sentence ending a little short of the margin only by its half-width characters goes on in its paragraph: Chromium
    /// prints figures and half-width commas and brackets wider than a column (`…至202112月31日止。` / `本报告的电子版…`,
    /// 炉桥镇 2021; `…(以下简称《条例》),编制本报告。` / `本年报由…`, 鄂托克旗 2020). A print whose table sets a few short
    /// lines without a blank line between (`总计` / `商业企业 科研机构`) is still one with a blank line after every line.
    func testASentenceShortOfTheMarginOnlyByItsHalfWidthCharactersGoesOn() throws {
        try assertSameAsOpening("thirtythree-luqiao-2021-plain", year: 2021, tikaOf: "thirtythree-luqiao-2021-plain-chromium.pdf")
        try assertSameAsOpening("thirtythree-luqiao-2021-plain", year: 2021, tikaOf: "thirtythree-luqiao-2021-plain-chromium-widths.pdf")
        try assertSameAsOpening("eighteen-etuoke-2020-narrow", year: 2020, tikaOf: "eighteen-etuoke-2020-narrow-chromium-widths.pdf")
        // (Not before an item's number: `2020年,我乡…更新信息。` / `1.2020年在县政府门户网站…`, LibreOffice's PDF of 专探乡 2020,
        // printing its half-width commas a column, ends there.)
        try assertSameAsOpening("twentyone-zhuantan-2020-plain", year: 2020)
        XCTAssertTrue(DoubleSpacedText.separatesEveryLine(
            try String(contentsOf: ImportFixtures.own("tika/eighteen-etuoke-2020-narrow-chromium-widths.pdf.txt"), encoding: .utf8)
                .components(separatedBy: "\n")))
    }
}
