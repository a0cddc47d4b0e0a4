import Foundation
@testable import PortalImport
import XCTest

/// The shapes government pages come in: charsets declared or not, the
/// article inside a layout table, merged cells.
final class WebPageShapesTests: XCTestCase {
    private func lines(_ html: String, encoding: String.Encoding = .utf8, gbk: Bool = false) throws -> [SourceLine] {
        let data: Data
        if gbk {
            // Written byte by byte: Foundation on Linux cannot encode GBK.
            data = try XCTUnwrap(Self.gbkBytes(html))
        } else {
            data = try XCTUnwrap(html.data(using: encoding))
        }
        return try HTMLExtractor.lines(of: data, path: "page.html").get()
    }

    /// 下沙 (0xCF 0xC2 0xC9 0xB3) and 街道 (0xBD 0xD6 0xB5 0xC0) in GBK, around ASCII markup.
    private static func gbkBytes(_ html: String) -> Data? {
        var data = Data()
        for character in html {
            switch character {
            case "下": data += [0xCF, 0xC2]
            case "沙": data += [0xC9, 0xB3]
            case "街": data += [0xBD, 0xD6]
            case "道": data += [0xB5, 0xC0]
            default:
                guard character.isASCII, let byte = character.asciiValue else { return nil }
                data.append(byte)
            }
        }
        return data
    }

    func testAGBKPageWithoutACharsetIsReadFromItsContent() throws {
        XCTAssertEqual(try lines("<html><body><p>下沙街道</p></body></html>", gbk: true).map(\.text), ["下沙街道"])
    }

    func testAGBKPageDeclaringGB2312IsRead() throws {
        let page = #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>下沙街道</p></body></html>"#
        XCTAssertEqual(try lines(page, gbk: true).map(\.text), ["下沙街道"])
    }

    func testAUTF8PageWithABOMIsRead() throws {
        let page = Data([0xEF, 0xBB, 0xBF]) + Data("<p>下沙街道</p>".utf8)
        XCTAssertEqual(try HTMLExtractor.lines(of: page, path: "p.html").get().map(\.text), ["下沙街道"])
    }

    func testTheArticleInsideALayoutTableIsRunningTextAndItsTablesStayTables() throws {
        let page = """
        <table><tr><td><div class="nav">首页 政务公开</div></td></tr><tr><td>
        <p>一、总体情况</p><p>正文。</p>
        <table><tr><td rowspan="2">规章</td><td colspan="2">1</td></tr><tr><td>2</td><td>3</td></tr></table>
        </td></tr></table>
        """
        let found = try lines(page)
        XCTAssertEqual(found.filter { $0.cells == nil }.map(\.text), ["一、总体情况", "正文。"])
        XCTAssertEqual(found.compactMap(\.cells), [["规章", "1", "1"], ["规章", "2", "3"]], "rowspan and colspan repeat the cell")
    }

    func testFooterLinesWithoutClassNamesAreLeftOut() throws {
        let page = "<p>本年度未收取信息处理费。</p><div><p>版权所有：某某市人民政府</p><p>网站标识码：3300000000</p><p>返回顶部</p></div>"
        XCTAssertEqual(try lines(page).map(\.text), ["本年度未收取信息处理费。"])
    }

    func testLineBreaksInsideChineseTextAreNotSpaces() {
        XCTAssertEqual(HTMLDocumentReader.collapse("政府信息\n  公开 2021 年"), "政府信息公开 2021 年")
    }
}
