import Foundation
@testable import PortalLoader
import PortalTestSupport
import Testing
import Yams

/// The fast reader must give exactly Yams's nodes (text, style, line and
/// column) whenever it answers at all, and give up on anything else.
@Suite("Fast YAML reader")
struct FlatYAMLTests {
    static func yams(_ text: String) -> YAMLNode? {
        (try? Yams.compose(yaml: text, .basic)).flatMap { $0 }.flatMap { try? YAMLNode.converting($0) }
    }

    /// Every content file of the example portal: the fast reader takes all
    /// report.yaml (else the speed is silently lost) and agrees with Yams —
    /// but a report with acknowledgements (a block list, and rare) is Yams's.
    @Test func agreesWithYamsOnTheExamplePortal() throws {
        let content = Repository.exampleSite.appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") } ?? []
        #expect(files.filter { $0.hasSuffix("report.yaml") }.count == 10)
        for file in files {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            let fast = FlatYAML.parse(text)
            if file.hasSuffix("report.yaml"), !text.contains("\nacknowledged:") { #expect(fast != nil, "\(file) fell back to Yams") }
            if let fast { #expect(fast == Self.yams(text), "\(file)") }
        }
    }

    @Test(arguments: [
        "a: [1, 2]", "a: [ 1 , \"x\" ,'y']", "a:\n  b: 1\n  c:\n    d: [x]\ne: f\n", "a: -1", "a: +1.5",
        "a: [无, \"－\", 中文]  # 注释", "a: 1 # c", "a: x  \n", "year: 2021\npublished: 2022-01-20",
        "# head\n\na: 1\n  # indented comment\nb: []\n", "a: \"中文\" ", "a: [\"\", \"-\", '']", "a: 1\r\nb: 2\r\n",
        "-a: 1\nb-: c",
    ])
    func takesPlainFilesAndAgrees(text: String) throws {
        let fast = try #require(FlatYAML.parse(text), "the fast reader gave up")
        #expect(fast == Self.yams(text))
    }

    @Test(arguments: [
        "a: -", "a: ~", "a: 'it''s'", "a: \"q\\\"\"", "a: b: c", "a: [1,\n 2]", "a: 1\na: 2", "a: &x 1\nb: *x",
        "- a", "a:\n- 1", "a: 1#c", "a: x y", "", "# only a comment", "a:\tb", "a: [1, 2]]", "a: {b: 1}",
        "a: |\n  x", "key with space: 1", "a: 1\n b: 2", "a:\nb: 1", "a:", "---\na: 1", "a: !!str 1", "a: [1, , 2]",
        "a: http://x", "a: [x]b", "  a: 1", "a: 1\n    b: 2\n  c: 3",
        "a:\n  -", "a:\n  - b: 1\n    c: 2", "a: 1\nb:\n  - 1\n" + String(repeating: "c: 1\n", count: 3),
    ])
    func leavesAnythingElseToYams(text: String) {
        #expect(FlatYAML.parse(text) == nil)
    }
}
