@testable import PortalChecks
import Testing

/// Round forty-six's readings: the 2021 form's, the trial form's unchanged.
extension NarrativeFormDataTests {
    /// 本年度行政规范性文件发布0条，废止数量0条，现行有效数量0条 (武山县城关镇 2025) and
    /// …发布数量0条、废止数量0条及现行有效数量0条 (清水县永清镇 2025): the table's three
    /// columns, 发布 for 制发, read probable (before: nothing); 废止数量 and 现行有效数量
    /// as 废止件数 and 现行有效件数. 发布 before the noun, or of 规章, stays unread, and
    /// the trial form (whose 发布 would be 本年新公开) reads none of it.
    @Test func publishingBesideTheTablesColumnsIsIssuedProbably() throws {
        let (claims, year) = try Self.builtIn("gov-info-2021")
        let added: Set<String> = ["规范性文件发布", "废止数量", "废止数量为", "现行有效数量", "现行有效数量为"]
        let before = Self.changing(claims) { claim in
            claim.weakPhrases.removeAll { added.contains($0) }
            claim.barePhrases.removeAll { added.contains($0) }
        }
        Self.expectReadNowAndBefore([
            ("本年度行政规范性文件发布0条，废止数量0条，现行有效数量0条。",
             "normativeDocumentsIssued=0~ normativeDocumentsRepealed=0~ normativeDocumentsInForce=0~", ""),
            ("本年度行政规范性文件发布数量0条、废止数量0条及现行有效数量0条。", "normativeDocumentsIssued=0~", ""),
            ("\(year)年，制发行政规范性文件2件，废止数量1件，现行有效数量9件。",
             "normativeDocumentsIssued=2! normativeDocumentsRepealed=1~ normativeDocumentsInForce=9~", "normativeDocumentsIssued=2!"),
            // 发布 before the noun (publishing), 规章, a review before publishing: as before.
            ("\(year)年，本单位发布规范性文件5件。", "", ""),
            ("\(year)年，通过门户网站公开发布行政规范性文件3件。", "", ""),
            ("\(year)年，规章发布数量0件，废止数量0件。", "", ""),
            ("\(year)年，行政规范性文件发布前均经合法性审查，共审查12件。", "", ""),
        ], now: claims, before: before, year: year)
        let (trial, trialYear) = try Self.builtIn("gov-info-2019")
        #expect(Self.statements(trial, year: trialYear, "本年度行政规范性文件发布0条，废止数量0条。") == "")
        // The folding added this round (make-traditional.py's report on the new lines), both forms.
        #expect(claims.folding[Character("災")] == Character("灾"))
        #expect(trial.folding[Character("災")] == Character("灾"))
    }
}
