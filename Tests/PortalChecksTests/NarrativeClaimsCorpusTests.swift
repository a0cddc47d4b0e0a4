import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The narrative matcher on a corpus of sentences as real reports write
/// them (Fixtures/narrative-figure/corpus.txt), traps included: exactly the expected
/// statements, no more.
@Suite("Narrative claims corpus")
struct NarrativeClaimsCorpusTests {
    /// The `sentence => statements` lines of a corpus file in Fixtures/narrative-figure.
    static func lines(of name: String) -> [String] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/narrative-figure/\(name)")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && $0.contains(" => ") }
    }

    static var cases: [String] { lines(of: "corpus.txt") }

    static let matcher: NarrativeMatcher? = FormLoader.builtInForms().forms["gov-info-2021"].map { NarrativeMatcher($0.narrativeClaims) }
    static let columns = ColumnPartWords(FormLoader.builtInForms().forms["gov-info-2021"]?.narrativeBreakdowns ?? NarrativeBreakdowns())

    /// Every statement the check reads in a sentence of a 2021 report:
    /// the matcher's and the parts by applicant.
    static func statements(_ sentence: String) throws -> [NarrativeStatement] {
        let matcher = try #require(Self.matcher)
        return NarrativeFigureCheck.statements(in: NarrativeText(sentence, folding: matcher.folding), year: 2021, matcher: matcher, columns: columns)
    }

    /// `claim=value!`, `claim=value~` and `share=X`, in order.
    static func describe(_ statements: [NarrativeStatement]) -> String {
        statements.isEmpty ? "-" : statements.map(\.notation).joined(separator: " ")
    }

    /// Parts by applicant stated only as a share of the total (其中自然人申请占80%):
    /// the column's claim, the total's, and the share as printed; nothing
    /// for an approximate share or one of another kind of part.
    @Test(arguments: [
        ("全年共收到政府信息公开申请10件，其中自然人申请占80%，法人或其他组织申请占比20%。", "received.自然人=80 received.法人或其他组织=20"),
        ("本年度办结政府信息公开申请10件，其中自然人占比为70.5%。", "closed.自然人=70.5"),
        ("全年共收到政府信息公开申请10件，其中自然人申请约占80%。", "-"),
        ("全年共收到政府信息公开申请10件，其中网上申请占80%。", "-"),
        ("全年共收到政府信息公开申请10件，占全市的5%。", "-"),
    ])
    func readsThePartsStatedAsShares(sentence: String, expected: String) throws {
        let matcher = try #require(Self.matcher)
        let read = NarrativeFigureCheck.read(NarrativeText(sentence, folding: matcher.folding), year: 2021, matcher: matcher, columns: Self.columns)
        let found = read.shares.map { "\($0.claim.id)=\($0.share.value.plainText)" }
        #expect((found.isEmpty ? "-" : found.joined(separator: " ")) == expected)
        #expect(read.shares.allSatisfy { $0.total.id == $0.claim.id.components(separatedBy: ".")[0] })
    }

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count > 40)
    }

    /// The corpus in traditional characters (OpenCC s2t): a 繁體 mirror's
    /// or a traditional-character report's sentence reads as the simplified one.
    static var traditionalCases: [String] { lines(of: "corpus-traditional.txt") }

    @Test func theTraditionalCorpusIsTheCorpus() {
        #expect(Self.traditionalCases.count == Self.cases.count)
        #expect(zip(Self.traditionalCases, Self.cases).allSatisfy { $0.components(separatedBy: " => ")[1] == $1.components(separatedBy: " => ")[1] })
    }

    @Test(arguments: traditionalCases)
    func readsTheTraditionalSentencesAsTheSimplifiedOnes(line: String) throws {
        let parts = line.components(separatedBy: " => ")
        let read = Self.describe(try Self.statements(parts[0]))
        #expect(read == parts[1], "\(parts[0]) => \(read)")
    }

    @Test(arguments: cases)
    func readsExactlyTheExpectedStatements(line: String) throws {
        let parts = line.components(separatedBy: " => ")
        let read = Self.describe(try Self.statements(parts[0]))
        #expect(read == parts[1], "\(parts[0]) => \(read)")
    }
}
