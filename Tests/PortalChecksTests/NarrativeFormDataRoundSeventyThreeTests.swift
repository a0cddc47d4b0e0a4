@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round seventy-three's readings, in both forms.
extension NarrativeFormDataTests {
    /// Each sentence read as expected (`claim=value!` words, space-separated; "" for nothing).
    static func expectReadings(_ claims: NarrativeClaims, year: Int, _ cases: [(String, String)]) {
        for (sentence, expected) in cases {
            #expect(statements(claims, year: year, sentence) == expected, "\(sentence)")
        }
    }

    /// Words running out of a book title are no phrase of the sentence: 主动公开《…关于印发〈…〉的通知》
    /// 等32件规范性文件 (湖南省人社厅 2025) published 32 documents and issued none said (before:
    /// normativeDocumentsIssued=32!, its 印发 read inside the title). A phrase inside a title still
    /// names the titled thing counted (出具《政府信息公开申请答复书》1份), and one outside reads as ever.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aTitlesWordsNameNoFigureAfterIt(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let issued = claims.claims.first { $0.label.contains("规范性文件") }?.id ?? "?"
        Self.expectReadings(claims, year: year, [
            ("主动公开《关于印发〈某某办法〉的通知》等32件规范性文件。", ""),
            ("\(year)年，主动公开《某某厅关于印发〈某某办法〉的通知》《某某厅关于印发〈某某规定〉的通知》等12件规范性文件。", ""),
            // As before.
            ("\(year)年，制发规范性文件3件，即《关于印发某某办法的通知》等。", "\(issued)=3!"),
            ("\(year)年，依据《关于做好政府信息公开申请办理工作的通知》，共收到政府信息公开申请5件。", "received=5!"),
        ])
    }

    /// An average (月均, 日均) is no year's figure, as 平均 and 每 are not (before:
    /// 月均收到申请2件 read received=2!); 1至12月均未收到 is still the year's none.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func anAverageIsNoYearsFigure(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，月均收到政府信息公开申请2件。", ""),
            ("\(year)年，日均受理政府信息公开申请1件。", ""),
            ("\(year)年1至12月均未收到政府信息公开申请。", "received=0!"),
            ("\(year)年，全年均未收到政府信息公开申请。", "received=0!"),
        ])
    }

    /// 其中…各N件 over outcome rows right after a certain closed total is each row's figure
    /// for certain, as 其中予以公开N件 there is (before: probable); after another total
    /// (收到…8件，其中…) it stays probable, and a part summing rows (不予公开、无法提供各2件) too.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func eachOutcomeAfterTheClosedTotalIsCertain(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，办结政府信息公开申请5件，其中予以公开和部分公开各2件，无法提供1件。",
             "closed=5! disclosed=2! partlyDisclosed=2! unavailable=1!"),
            ("\(year)年，办结政府信息公开申请8件，其中予以公开和部分公开各3件，不予公开2件。",
             "closed=8! disclosed=3! partlyDisclosed=3! withheld=2!"),
            ("\(year)年，共收到政府信息公开申请8件，其中予以公开和部分公开各3件，不予公开2件。",
             "received=8! disclosed=3~ partlyDisclosed=3~ withheld=2!"),
            ("\(year)年，办结政府信息公开申请4件，其中不予公开、无法提供各2件。", "closed=4! withheld=2~ unavailable=2~"),
        ])
    }
}
