import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Rule narrative-consistency on a corpus of sentences with totals, parts and
/// shares (Fixtures/narrative-consistency/corpus.txt), traps included; and
/// nothing at all on every sentence of the narrative-figure corpus and on the
/// eleven real narratives, which are consistent.
@Suite("Narrative consistency")
struct NarrativeConsistencyTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func lines(of file: String) -> [String] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && $0.contains(" => ") }
    }

    static var cases: [String] { lines(of: "narrative-consistency/corpus.txt") }

    /// The 2021 form's `narrativeBreakdowns`, as the check compiles them.
    static let words = BreakdownWords(FormLoader.builtInForms().forms["gov-info-2021"]?.narrativeBreakdowns ?? NarrativeBreakdowns())

    /// What the check finds in one sentence, in the corpus's words; with
    /// `rates`, where it states 办结率100% or that every application was
    /// closed (已全部办结; a finding only when the table carries
    /// applications over).
    static func findings(in sentence: String, rates: Bool = true) throws -> String {
        let matcher = try #require(NarrativeClaimsCorpusTests.matcher)
        let text = NarrativeText(sentence, folding: matcher.folding)
        var words: [String] = []
        for breakdown in BreakdownReader(matcher: matcher, words: Self.words).breakdowns(in: text, year: 2021) {
            let sum = breakdown.parts.reduce(Decimal(0)) { $0 + $1.value }
            for diagnostic in NarrativeConsistencyCheck.check(breakdown, text: text, at: SourceLocation(path: "overview.md", line: 1)) {
                if diagnostic.message.contains("add up to") {
                    words.append("sum=\(sum.plainText)/\(breakdown.total.value.plainText)")
                } else if let part = breakdown.parts.first(where: { p in p.share.map { diagnostic.location.column == text.location(of: $0.start, base: SourceLocation(path: "", line: 1)).column } ?? false }),
                          let share = part.share {
                    var actual = part.value / breakdown.total.value * 100, rounded = Decimal()
                    NSDecimalRound(&rounded, &actual, 2, .plain)
                    words.append("share=\(share.value.plainText)/\(rounded.plainText)")
                }
            }
        }
        if rates, !NarrativeConsistencyCheck.closedRates(in: text, matcher: matcher, rates: Self.words.closedRates, onTime: Self.words.onTime, unless: Self.words.rateUnless).isEmpty {
            words.append("rate")
        }
        if rates, !NarrativeConsistencyCheck.allClosed(in: text, matcher: matcher, words: Self.words).isEmpty { words.append("allClosed") }
        return words.isEmpty ? "-" : words.joined(separator: " ")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count > 30)
    }

    /// The words are the form file's: both national formats declare them,
    /// and a form without them reads no breakdown at all.
    @Test func theWordsAreTheFormFiles() throws {
        for id in ["gov-info-2019", "gov-info-2021"] {
            let form = try #require(FormLoader.builtInForms().forms[id])
            #expect(form.narrativeBreakdowns.divisions.map(\.id) == ["channel", "applicant", "appealOutcome"], "\(id)")
            #expect(form.narrativeBreakdowns.totals.prefix(2) == ["received", "closed"], "\(id)")
        }
        let matcher = try #require(NarrativeClaimsCorpusTests.matcher)
        let text = NarrativeText("共收到申请50件，其中当面申请12件、网上申请30件、信函申请5件。", folding: matcher.folding)
        #expect(BreakdownReader(matcher: matcher, words: Self.words).breakdowns(in: text, year: 2021).count == 1)
        #expect(BreakdownReader(matcher: matcher, words: BreakdownWords(NarrativeBreakdowns())).breakdowns(in: text, year: 2021).isEmpty)
    }

    @Test(arguments: cases)
    func findsExactlyTheExpectedContradictions(line: String) throws {
        let parts = line.components(separatedBy: " => ")
        #expect(try Self.findings(in: parts[0]) == parts[1], "\(parts[0])")
    }

    /// No total-and-parts or share finding on any sentence the first rounds
    /// collected (every one of them consistent; their tables are unknown, so
    /// a 办结率 is not a finding here).
    @Test func nothingOnTheNarrativeFigureCorpus() throws {
        for line in Self.lines(of: "narrative-figure/corpus.txt") {
            let sentence = line.components(separatedBy: " => ")[0]
            let found = try Self.findings(in: sentence, rates: false)
            #expect(found == "-", "\(sentence): \(found)")
        }
    }

    /// A real report that carries applications over (天津市 2021: 810) says
    /// nowhere that every one was closed.
    @Test(arguments: RealNarrativeTests.names)
    func noEveryApplicationClosedWhereARealReportCarriesOver(name: String) throws {
        let (_, transcribed, _) = try RealNarrativeTests.statements(of: name)
        guard let carried = transcribed["carried_forward_total"], carried > 0 else { return }
        let (body, _) = try RealNarrativeTests.body(of: name)
        let matcher = try #require(NarrativeClaimsCorpusTests.matcher)
        let text = NarrativeText(body, folding: matcher.folding)
        #expect(NarrativeConsistencyCheck.allClosed(in: text, matcher: matcher, words: Self.words).isEmpty, "\(name)")
        #expect(NarrativeConsistencyCheck.closedRates(in: text, matcher: matcher, rates: Self.words.closedRates, onTime: Self.words.onTime).isEmpty, "\(name)")
    }

    @Test(arguments: RealNarrativeTests.names)
    func nothingOnTheRealNarratives(name: String) throws {
        let (body, _) = try RealNarrativeTests.body(of: name)
        #expect(try Self.findings(in: body, rates: false) == "-", "\(name)")
    }
}
