import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A report page saved from the browser as one file (Chrome's and Edge's
/// “Webpage, Single File”, .mhtml): the page is a MIME part in
/// quoted-printable or base64, in the charset the part names. It imports
/// with the same figures as the page saved as HTML.
final class MHTMLTests: XCTestCase {
    private var page: Data {
        get throws { try Data(contentsOf: ImportFixtures.own("variants/template-filled.html")) }
    }

    /// A message laid out as Chrome writes it: headers, a folded boundary
    /// parameter, the page part, then an image part.
    static func mhtml(_ body: String, encoding: String, charset: String) -> Data {
        let boundary = "----MultipartBoundary--AbC123--"
        return Data("""
        From: <Saved by Blink>\r
        Snapshot-Content-Location: https://www.example.gov.cn/art/2023/1/20/art_1.html\r
        Subject: =?utf-8?Q?2022=E5=B9=B4?=\r
        MIME-Version: 1.0\r
        Content-Type: multipart/related;\r
        \ttype="text/html";\r
        \tboundary="\(boundary)"\r
        \r
        \r
        --\(boundary)\r
        Content-Type: text/html; charset="\(charset)"\r
        Content-Transfer-Encoding: \(encoding)\r
        Content-Location: https://www.example.gov.cn/art/2023/1/20/art_1.html\r
        \r
        \(body)\r
        \r
        --\(boundary)\r
        Content-Type: image/png\r
        Content-Transfer-Encoding: base64\r
        \r
        iVBORw0KGgo=\r
        --\(boundary)--\r

        """.utf8)
    }

    /// Quoted-printable as browsers write it: `=XX` for every byte outside
    /// printable ASCII and for `=`, lines cut at 76 with a soft break.
    static func quotedPrintable(_ data: Data) -> String {
        var out = "", line = ""
        for byte in data {
            let piece: String
            if byte == 0x0A { out += line + "\r\n"; line = ""; continue }
            if byte == 0x0D { continue }
            piece = (0x20...0x7E).contains(byte) && byte != UInt8(ascii: "=") ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
            if line.count + piece.count > 75 { out += line + "=\r\n"; line = "" }
            line += piece
        }
        return out + line
    }

    private func importing(_ data: Data, agency: String? = "shifan", force: Bool = false) throws -> (ImportOutcome, ImportSite) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).mhtml")
        try data.write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        return (site.importFile(file, agency: agency, force: force), site)
    }

    private func cells(_ site: ImportSite, _ slug: String = "shifan", _ year: Int = 2022) throws -> [String: [String]] {
        let report = try XCTUnwrap(site.report(slug, year))
        var all: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { all.merge(cellTexts(report, table: table)) { $1 } }
        return all
    }

    func testAQuotedPrintablePageImportsLikeTheHTML() throws {
        let (html, htmlSite) = try importing(try page)
        XCTAssertEqual(html.status, .written, "\(html.problems)")
        let (outcome, site) = try importing(Self.mhtml(Self.quotedPrintable(try page), encoding: "quoted-printable", charset: "utf-8"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .mhtml)
        XCTAssertEqual(try cells(site), try cells(htmlSite))
        XCTAssertEqual(site.report("shifan", 2022)?.narratives["overview"]?.value, htmlSite.report("shifan", 2022)?.narratives["overview"]?.value)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/agencies/shifan/2022/source.mhtml").path))
    }

    /// A government CMS page in GBK, saved as base64 in a part that says so.
    func testABase64PageInGBKImportsLikeTheHTML() throws {
        let gbk = try Data(contentsOf: ImportFixtures.own("xiasha-2021-gbk.html"))
        let (html, htmlSite) = try importing(gbk, agency: nil, force: true)
        XCTAssertEqual(html.status, .written, "\(html.problems)")
        let (outcome, site) = try importing(Self.mhtml(gbk.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]),
                                                  encoding: "base64", charset: "gbk"), agency: nil, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .mhtml)
        XCTAssertEqual(try cells(site, "xiasha", 2021), try cells(htmlSite, "xiasha", 2021))
    }

    /// The fixture the fuzzer mutates (variants/template-filled.mhtml, made with Python's quopri) imports too.
    func testTheSavedVariantImportsLikeTheHTML() throws {
        let (_, htmlSite) = try importing(try page)
        let (outcome, site) = try importing(try Data(contentsOf: ImportFixtures.own("variants/template-filled.mhtml")))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(try cells(site), try cells(htmlSite))
    }

    func testAMessageWithoutAPageIsRefused() throws {
        let data = Data("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n".utf8)
        let (outcome, site) = try importing(data)
        XCTAssertEqual(outcome.problems.first?.rule, "import-unreadable", "\(outcome.problems)")
        XCTAssertNil(site.report("shifan", 2022))
    }

    func testQuotedPrintableDecodesBytesAndSoftBreaks() {
        XCTAssertEqual(MHTMLReader.quotedPrintable(Array("a=3Db=\r\nc=E4=B8=80=\nd= e".utf8)), Array("a=bc一d= e".utf8))
    }
}
