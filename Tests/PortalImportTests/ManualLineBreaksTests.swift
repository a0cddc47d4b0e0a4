import Foundation
@testable import PortalImport
import Testing

/// A manual line break (Shift+Enter, `w:br`) inside a Word paragraph comes out of Apache Tika's text as a line of its own:
/// round forty-one's `breaks` layout of the 114 real openings split a paragraph there in every file. A line ending in a comma
/// ends no paragraph, so the next line continues it — not a heading's number, an item's, a figure or a date alone after it,
/// nor anything after a blank line.
@Suite struct ManualLineBreaksTests {
    static func paragraphs(_ text: String) -> [String] {
        NarrativeText.paragraphs(TextExtractor.lines(of: text)[...])
    }

    @Test func aLineEndingInACommaContinuesIntoTheNext() {
        #expect(Self.paragraphs("（一）主动公开情况\n2022年，我局认真贯彻《条例》，\n全面推进政务公开工作。\n全年主动公开信息1200条。\n")
            == ["（一）主动公开情况", "2022年，我局认真贯彻《条例》，全面推进政务公开工作。", "全年主动公开信息1200条。"])
        #expect(Self.paragraphs("主要做法有：规范、\n及时、准确。\n") == ["主要做法有：规范、及时、准确。"])
        #expect(Self.paragraphs("2023年,\n汉阴县认真落实决策部署。\n") == ["2023年,汉阴县认真落实决策部署。"])
        #expect(Self.paragraphs("根据《规定》(以下简称《规定》),\n特编制本报告。\n") == ["根据《规定》(以下简称《规定》),特编制本报告。"])
        #expect(Self.paragraphs("电话：0000-1234,\n邮编：000000。\n") == ["电话：0000-1234,", "邮编：000000。"])
    }

    @Test func aHeadingAnItemAFigureADateOrABlankLineAfterACommaStartsItsOwn() {
        #expect(Self.paragraphs("一是加强组织领导，\n（二）依申请公开\n") == ["一是加强组织领导，", "（二）依申请公开"])
        #expect(Self.paragraphs("工作取得成效，\n2.强化培训。\n") == ["工作取得成效，", "2.强化培训。"])
        #expect(Self.paragraphs("某某镇人民政府，\n2024年1月20日\n") == ["某某镇人民政府，", "2024年1月20日"])
        #expect(Self.paragraphs("工作取得成效，\n\n全年主动公开信息1200条。\n") == ["工作取得成效，", "全年主动公开信息1200条。"])
    }
}
