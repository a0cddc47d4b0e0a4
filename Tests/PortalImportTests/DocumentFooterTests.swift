import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round seven (Fixtures/VARIANTS.md): a report printed without a signature and date, then a
/// footer — a site's contact lines where no class name marks them, a Word file's footer that
/// Tika prints after the body (附件：…, （本页无正文）, …印发, a page number). The footer is not 六's;
/// a real 六's last lines are, whatever they print.
final class DocumentFooterTests: XCTestCase {
    /// Real endings of 六 (the reference report's, 浑南区国资局 2022's in
    /// ../shared/fixtures/real-narratives, and the phrasings reports most print).
    private static let realEndings: [[String]] = [
        ["本年度未收取信息处理费。"],
        ["2022年，区政府国资局未收取信息处理费。"],
        ["本年度无其他需要报告的事项。"],
        ["无。"],
        ["无"],
        ["（一）收取信息处理费情况", "本年度未收取信息处理费。", "（二）人大代表建议和政协提案办理结果公开情况", "全年办理人大代表建议12件，全部按期办结并公开。"],
    ]

    private static let footers: [[String]] = [
        ["联系电话：0000-00000000", "地址：示例市示范区示例路1号"],
        ["附件：示例市示范区2022年政府信息公开工作年度报告统计表"],
        ["（本页无正文）"],
        ["示例市示范区人民政府办公室印发", "— 3 —"],
        ["抄送：市政府办公室", "3"],
    ]

    private func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
    }

    func testAFooterAfterARealEndingIsLeftOut() {
        for ending in Self.realEndings {
            for footer in Self.footers {
                let all = lines(["六、其他需要报告的事项"] + ending + [""] + footer)
                XCTAssertEqual(DocumentFooter.end(all, from: 1, to: all.count), 1 + ending.count, "\(ending) \(footer)")
            }
        }
    }

    func testARealEndingAloneIsKeptWhole() {
        for ending in Self.realEndings {
            let all = lines(["六、其他需要报告的事项"] + ending)
            XCTAssertEqual(DocumentFooter.end(all, from: 1, to: all.count), all.count, "\(ending)")
        }
    }

    func testContactLinesThatAre六sOwnTextAreKept() {
        // Right under the heading, with no sentence before them: the section's own particulars.
        let own = lines(["六、其他需要报告的事项", "联系电话：0000-00000000", "地址：示例市示范区示例路1号"])
        XCTAssertEqual(DocumentFooter.end(own, from: 1, to: own.count), own.count)
        // A sentence naming them is no footer line.
        let sentence = lines(["六、其他需要报告的事项", "无。", "如对本报告有疑问，请拨打电话0000-00000000咨询。"])
        XCTAssertEqual(DocumentFooter.end(sentence, from: 1, to: sentence.count), sentence.count)
        // One kind of particulars alone after the last sentence (word-parts.docx's 联系电话：, aligned with a tab).
        let phone = lines(["六、其他需要报告的事项", "本年度未收取信息处理费。", "联系电话：\t0000-00000000", "— 3 —"])
        XCTAssertEqual(DocumentFooter.end(phone, from: 1, to: phone.count), phone.count)
        // A last line that ends no sentence (a list cut short) keeps what follows it.
        let open = lines(["六、其他需要报告的事项", "本年度收取信息处理费情况如下", "附件：收费明细表"])
        XCTAssertEqual(DocumentFooter.end(open, from: 1, to: open.count), open.count)
    }

    func testAnUnsignedTextWithAFooterImportsWithout六sFooter() throws {
        var text = try String(contentsOf: ImportFixtures.own("tika/template-filled.html.txt"), encoding: .utf8)
        text += "\n联系电话：0000-00000000\n地址：示例市示范区示例路1号\n附件：统计表\n（本页无正文）\n3\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("footer-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(try XCTUnwrap(site.report("shifan", 2022)).narratives["other"]?.value, "本年度未收取信息处理费。\n")
    }
}
