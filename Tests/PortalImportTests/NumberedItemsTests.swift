import Foundation
@testable import PortalImport
import Testing

/// A numbered item (1.政务… / （2）加强…) under a line that ends inside a clause: the line above is a list's lead-in with
/// its colon left out, an item with its 。 left out, or a line the page cut at its edge — never the item's own words.
@Suite struct NumberedItemsTests {
    private let full = "街道政府信息公开工作取得了一定成效，但还存在一些问题，主要表现为政务信息公"

    /// The reference report's part 五 with its first paragraph set `white-space: nowrap`, printed by headless Chromium
    /// (`layout-texts/xiasha-2021-nowrap-chromium.txt`, part 五 of its `pdftotext -layout`): the line is cut at the page's
    /// edge after `重点不突出，信息`. Before: that line and item 1 ran into one paragraph.
    @Test func aLineCutAtThePagesEdgeEndsBeforeTheFirstItem() throws {
        let text = try String(contentsOf: ImportFixtures.own("layout-texts/xiasha-2021-nowrap-chromium.txt"), encoding: .utf8)
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text, layout: true)[...], fromPDF: true)
        let cut = try #require(paragraphs.firstIndex { $0.hasPrefix("2021年，街道政府信息公开工作取得了一定成效") })
        #expect(paragraphs[cut].hasSuffix("重点不突出，信息"), "\(paragraphs[cut])")
        #expect(paragraphs[cut + 1] == "1.政务信息公开途径单一。目前街道以门户网站主动发布为主，还未开发使用更多其他公开途径；")
        #expect(paragraphs.contains("2.有的公开内容不规范、不够全面、重点不突出；"))
    }

    /// A lead-in short of the margin with its colon left out (…主要表现在以下几个方面), in a PDF's layout text and in
    /// wrapped plain text alike.
    @Test(arguments: [true, false]) func aListsLeadInWithoutItsColonEndsBeforeTheItem(layout: Bool) {
        let text = "五、存在的主要问题及改进情况\n  \(full)\n开工作存在的问题主要表现在以下几个方面\n1.政务信息公开途径单一。目前以门户网站发布为主；\n（2）公开内容不够全面；\n"
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text, layout: layout)[...], fromPDF: true)
        #expect(paragraphs.last(where: { $0.hasSuffix("以下几个方面") }) != nil, "\(paragraphs)")
        #expect(paragraphs.contains("1.政务信息公开途径单一。目前以门户网站发布为主；"), "\(paragraphs)")
        #expect(paragraphs.contains("（2）公开内容不够全面；"), "\(paragraphs)")
    }

    /// A figure wrapped to the next line is no item: 1.5万条, 1、2月 and 12.31 go on with the sentence above.
    @Test(arguments: ["1.5万条，较上年有所增长。", "1、2月份集中发布，较上年有所增长。", "12.31日前全部完成，较上年有所增长。"])
    func aFigureOpeningTheNextLineGoesOnWithItsSentence(next: String) {
        let text = "一、总体情况\n  \(full)\n\(full)\n\(full)全年主动公开政府信息\n\(next)\n"
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text, layout: true)[...], fromPDF: true)
        #expect(paragraphs.contains { $0.hasSuffix("全年主动公开政府信息" + next) }, "\(paragraphs)")
    }
}
