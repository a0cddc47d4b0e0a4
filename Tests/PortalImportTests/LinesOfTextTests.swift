import Foundation
@testable import PortalImport
import XCTest

/// Which way a page's lines of text run (`LinesOfText`), on real pages rendered at 300 dpi as `--ocr` renders a scan's.
final class LinesOfTextTests: XCTestCase {
    /// 沭阳 2023's page of table 三 printed by a browser (spaced cells, mostly blank), which Tesseract's orientation model
    /// called sideways when copied on toned paper: its lines run across it, and down it once turned a quarter.
    func testATablePageWithMostlyBlankBoxesReadsAcross() throws {
        let page = try rendered(ImportFixtures.own("wrapped-rows/shuyang-fgj-2023-chromium.pdf"), page: 4)
        let lines = LinesOfText(page)
        XCTAssertGreaterThan(lines.across, 10 * max(lines.down, 1), "\(lines)")
        XCTAssertFalse(lines.runDown)
        let turned = LinesOfText(page.quarterTurned(clockwise: 1))
        XCTAssertTrue(turned.runDown, "\(turned)")
        XCTAssertEqual(turned.down, lines.across, "the same lines, measured the other way")
    }

    /// The scan with a landscape table scanned on its side (page 3): its lines run down it.
    func testATableScannedOnItsSideReadsDown() throws {
        let page = try rendered(ImportFixtures.own("scanned/xiasha-2021-askew.pdf"), page: 3)
        let lines = LinesOfText(page)
        XCTAssertTrue(lines.runDown, "\(lines)")
        XCTAssertFalse(LinesOfText(page.quarterTurned(clockwise: 3)).runDown)
    }

    /// A blank page, and one of rules only, hold no line either way: no evidence for a turn.
    func testAPageWithoutTextHoldsNoLines() {
        XCTAssertEqual(LinesOfText(PagePicture(width: 200, height: 300, pixels: [UInt8](repeating: 255, count: 60_000))), LinesOfText(across: 0, down: 0))
        var ruled = [UInt8](repeating: 255, count: 60_000)
        for x in 0..<200 { for y in [50, 51, 150, 151] { ruled[y * 200 + x] = 0 } }
        for y in 0..<300 { for x in [20, 21, 180, 181] { ruled[y * 200 + x] = 0 } }
        XCTAssertFalse(LinesOfText(PagePicture(width: 200, height: 300, pixels: ruled)).runDown)
    }

    /// Page `number` of `pdf` rendered by poppler in grey at 300 dpi.
    private func rendered(_ pdf: URL, page number: Int) throws -> PagePicture {
        try ImportFixtures.requirePdftotext()
        let render = try XCTUnwrap(ExternalTool.executable("pdftoppm"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lines-of-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = folder.appendingPathComponent("page").path
        guard case .finished(0, _) = ExternalTool.run(render, ["-r", "300", "-gray", "-f", "\(number)", "-l", "\(number)", pdf.path, stem], timeout: 120) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: pdf.path])
        }
        let file = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".pgm") })
        return try XCTUnwrap(PagePicture(pgm: Data(contentsOf: folder.appendingPathComponent(file))))
    }
}
