@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-five's readings, in both forms: round eighty-four's doubts.
extension NarrativeFormDataTests {
    /// The verbs of a task whose object a region word is (组织, 指导, 按照…) are the form's words (`taskVerbs`), as
    /// `regionWords` are: a form without them reads 组织各镇（街道）开展培训，全年共受理申请12件 in a department's report as
    /// the towns' figure (received=12~), with them as the department's own (received=12!). Before, a Swift list.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theTaskVerbsAreTheFormsWords(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(claims.taskVerbs.contains("组织") && claims.taskVerbs.contains("按照"))
        var without = claims
        without.taskVerbs = []
        for (sentence, with, withoutVerbs) in [("\(year)年，组织各镇（街道）开展培训，全年共受理申请12件。", "received=12!", "received=12~"),
                                                ("\(year)年，按照全市统一部署，共受理政府信息公开申请12件。", "received=12!", "received=12~"),
                                                ("\(year)年，各镇共受理政府信息公开申请12件。", "received=12~", "received=12~")] {
            #expect(Self.statements(claims, year: year, regionIsOwn: false, sentence) == with, "\(sentence)")
            #expect(Self.statements(without, year: year, regionIsOwn: false, sentence) == withoutVerbs, "\(sentence)")
        }
    }

    /// A malformed `taskVerbs` (a word, not a list) is refused against the form file's line, as its siblings are.
    @Test func aMalformedTaskVerbsIsRefusedWithItsLine() throws {
        var lines = try Self.shipped().components(separatedBy: "\n")
        let entry = try #require(lines.firstIndex { $0.hasPrefix("  taskVerbs: [") })
        lines[entry] = "  taskVerbs: 组织"
        let text = lines.joined(separator: "\n")
        let diagnostics = FormLoader.parse(text, path: "forms/test.yaml").diagnostics
        let refusal = try #require(diagnostics.first { $0.message.contains("“taskVerbs” must be a list") })
        #expect(refusal.location.path == "forms/test.yaml" && refusal.location.line == entry + 1)
        #expect(refusal.severity == .error)
    }
}
