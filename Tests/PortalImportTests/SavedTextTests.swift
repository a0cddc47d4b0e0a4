import Foundation
@testable import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// The reference report's text (Tika's, from its Word file) as other
/// programs save it: in UTF-16, with old Mac line ends, with every line
/// break doubled. Each must import into the example's cells and narratives.
final class SavedTextTests: XCTestCase {
    private var reference: String {
        get throws { try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8) }
    }

    private func imported(_ bytes: Data, named name: String) throws -> (ImportSite, ImportOutcome) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saved-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try bytes.write(to: file)
        let site = try ImportSite()
        return (site, site.importFile(file, force: true))
    }

    private func assertImportsLikeTheExample(_ bytes: Data, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (site, outcome) = try imported(bytes, named: name)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: file, line: line)
        XCTAssertEqual(outcome.format, .text, file: file, line: line)
        XCTAssertEqual(outcome.cellsFilled, 200, file: file, line: line)
        try assertEqualsExample(site, file: file, line: line)
    }

    func testUTF16WithAByteOrderMarkInEitherOrder() throws {
        let text = try reference
        var little = Data([0xFF, 0xFE])
        little.append(text.data(using: .utf16LittleEndian)!)
        try assertImportsLikeTheExample(little, named: "little.txt")
        var big = Data([0xFE, 0xFF])
        big.append(text.data(using: .utf16BigEndian)!)
        try assertImportsLikeTheExample(big, named: "big.txt")
    }

    func testUTF16WithoutAByteOrderMark() throws {
        try assertImportsLikeTheExample(try reference.data(using: .utf16LittleEndian)!, named: "no-bom.txt")
    }

    func testBinaryBytesWithNulsAreStillNotText() throws {
        // Bytes of every value, NULs among them: neither UTF-16 nor text.
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 3) })
        let (_, outcome) = try imported(bytes, named: "noise.txt")
        XCTAssertEqual(rules(outcome.problems), ["import-unknown-format"])
    }

    func testOldMacLineEnds() throws {
        try assertImportsLikeTheExample(Data(try reference.replacingOccurrences(of: "\n", with: "\r").utf8), named: "mac.txt")
    }

    func testEveryLineBreakDoubled() throws {
        try assertImportsLikeTheExample(Data(try reference.replacingOccurrences(of: "\n", with: "\n\n").utf8), named: "doubled.txt")
    }

    func testBlankLinesRemoved() throws {
        // Tika ends a Word table's rows at blank lines: the rows are told again by their labels.
        let lines = try reference.components(separatedBy: "\n")
        try assertImportsLikeTheExample(Data(lines.filter { !$0.isEmpty }.joined(separator: "\n").utf8), named: "no-blank-lines.txt")
        // An editor's "remove blank lines" that also drops a line holding only a tab (a merged cell's).
        let stripped = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        try assertImportsLikeTheExample(Data(stripped.joined(separator: "\n").utf8), named: "no-whitespace-lines.txt")
    }

    func testDoubledBreaksStillNameTheFilesOwnLine() throws {
        // A figure that is not one, in table 三's first row: the error names its line in the doubled file.
        var lines = try reference.components(separatedBy: "\n")
        let label = try XCTUnwrap(lines.firstIndex { $0.contains("一、本年新收政府信息公开申请数量") })
        lines[label + 1] = "\t2x"
        let (_, single) = try imported(Data(lines.joined(separator: "\n").utf8), named: "single.txt")
        let (_, doubled) = try imported(Data(lines.joined(separator: "\n\n").utf8), named: "doubled.txt")
        XCTAssertEqual(doubled.status, .failed)
        let there = try XCTUnwrap(single.problems.first { $0.severity == .error }?.location.line)
        let here = try XCTUnwrap(doubled.problems.first { $0.severity == .error })
        XCTAssertEqual(there, label + 1, "the row's line")
        // Line n of the text is line 2n − 1 of the doubled file.
        XCTAssertEqual(here.location.line, 2 * there - 1, "\(here)")
    }

    func testATextWithSomeSingleBreaksIsLeftAsItIs() throws {
        // Blank lines between paragraphs everywhere except one place: not a doubled text.
        let text = (1...30).map { "第\($0)段。" }.joined(separator: "\n\n") + "\n末段一\n末段二\n"
        XCTAssertNil(LineBreaks.restored(text).fileLines)
        XCTAssertEqual(LineBreaks.restored(text).text, text)
        let doubled = text.replacingOccurrences(of: "\n", with: "\n\n")
        XCTAssertEqual(LineBreaks.restored(doubled).text, text)
    }
}
