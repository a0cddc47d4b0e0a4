import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The narrative matcher with the 2019 trial format's claims, on sentences
/// of 2019–2020 reports (Fixtures/narrative-figure/corpus-2019.txt): the
/// same phrases, compared with the trial format's cells (本年新制作数量, one
/// row of 其他处理) and nothing where it has no cell (现行有效件数, 收费金额).
@Suite("Narrative claims, 2019 trial format")
struct NarrativeTrialFormTests {
    static var cases: [String] { NarrativeClaimsCorpusTests.lines(of: "corpus-2019.txt") }

    static let matcher: NarrativeMatcher? = FormLoader.builtInForms().forms["gov-info-2019"].map { NarrativeMatcher($0.narrativeClaims) }
    static let columns = ColumnPartWords(FormLoader.builtInForms().forms["gov-info-2019"]?.narrativeBreakdowns ?? NarrativeBreakdowns())

    static func statements(_ sentence: String) throws -> [NarrativeStatement] {
        let matcher = try #require(Self.matcher)
        return NarrativeFigureCheck.statements(in: NarrativeText(sentence, folding: matcher.folding), year: 2020, matcher: matcher, columns: columns)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count > 20)
    }

    @Test(arguments: cases)
    func readsExactlyTheExpectedStatements(line: String) throws {
        let parts = line.components(separatedBy: " => ")
        let read = NarrativeClaimsCorpusTests.describe(try Self.statements(parts[0]))
        #expect(read == parts[1], "\(parts[0]) => \(read)")
    }

    /// The claims name the trial format's own cells.
    @Test func theClaimsAreTheTrialFormatsCells() throws {
        let documents = try #require(try Self.statements("本年度制发规范性文件4件。").first)
        #expect(documents.claim.cells.map(\.description) == ["proactive.normativeDocuments.newlyMade"])
        let other = try #require(try Self.statements("其他处理3件。").first)
        #expect(other.claim.cells.map(\.description) == ["applications.otherHandling.total"])
        let form = try #require(FormLoader.builtInForms().forms["gov-info-2019"])
        for claim in form.narrativeClaims.claims {
            for cell in claim.cells { #expect(form.resolve(cell) != nil, "\(claim.id): \(cell)") }
        }
    }
}
