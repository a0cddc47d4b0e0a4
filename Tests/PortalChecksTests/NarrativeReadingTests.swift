import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The pieces of the narrative reading that the sentence corpus does not
/// show one by one: shares to their printed precision, the years of the
/// carry-over rows, phrase gaps.
@Suite("Narrative reading")
struct NarrativeReadingTests {
    /// A whole percent is printed rounded or cut off: 占45% of 59/130
    /// (45.38%) is right, 占10% of 1/13 (7.69%) is not.
    @Test func sharesAgreeToTheirPrintedPrecision() {
        #expect(NarrativeFigureCheck.agreesAsShare(45, Decimal(59) / 130 * 100, precision: 1))
        #expect(NarrativeFigureCheck.agreesAsShare(46, Decimal(59) / 130 * 100, precision: 1))
        #expect(NarrativeFigureCheck.agreesAsShare(Decimal(string: "45.3")!, Decimal(59) / 130 * 100, precision: Decimal(string: "0.1")!))
        #expect(!NarrativeFigureCheck.agreesAsShare(10, Decimal(1) / 13 * 100, precision: 1))
        #expect(!NarrativeFigureCheck.agreesAsShare(47, Decimal(59) / 130 * 100, precision: 1))
        // Counts stay exact.
        #expect(!NarrativeFigureCheck.agrees(45, Decimal(string: "45.38")!, precision: 1))
    }

    /// 2020年结转 in a 2021 report is last year's carry-over, 结转2022年度
    /// next year's; any other year stays a year (and its clause is skipped).
    @Test func carryOverYearsAreReadAsTheFormsWords() {
        let text = NarrativeText("2020年结转申请1件，结转2022年度继续办理2件，2019年受理申请3件，转入2022年办理1件。", folding: ScalarFolding([:]))
        let named = String(String.UnicodeScalarView(text.namingCarryYears(2021).scalars))
        #expect(named == "上上上上年结转申请1件，结转下下下下年度继续办理2件，2019年受理申请3件，转入下下下下年办理1件。")
        // Positions do not move: quotes come from the text as written.
        #expect(text.namingCarryYears(2021).original == text.original)
        #expect(text.namingCarryYears(2020).scalars == text.scalars)
    }

    @Test func phraseGapsAreShortOrLong() {
        #expect(PhrasePattern("受理…申请").gaps == [0, PhrasePattern.shortGap])
        #expect(PhrasePattern("受理……申请").gaps == [0, PhrasePattern.longGap])
        #expect(PhrasePattern("不予公开").parts.count == 1)
        let text = NarrativeText("受理公民、法人和其他组织向本机关提出的政府信息公开申请5件", folding: ScalarFolding([:]))
        let long = PhrasePattern("受理……申请"), short = PhrasePattern("受理…申请")
        #expect(text.lastMatch(of: long.parts, in: 0..<text.scalars.count, gaps: long.gaps) != nil)
        #expect(text.lastMatch(of: short.parts, in: 0..<text.scalars.count, gaps: short.gaps) == nil)
    }
}
