@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round sixty-seven's readings, in both forms.
extension NarrativeFormDataTests {
    /// A figure after 各 is each listed quantity's, never one claim's total: the pair's own
    /// phrase over its parts' yields to them (before: nothing, the pair's words put out by
    /// round sixty-three's `unlessBeforeFigure`), certain where each part is one cell.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aFigureOfEachIsEachPartsFigure(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for (sentence, expected) in [
            ("\(year)年，共收到依申请公开5件，予以公开和部分公开各2件，无法提供1件。", "received=5! disclosed=2! partlyDisclosed=2! unavailable=1!"),
            ("予以公开、部分公开各2件。", "disclosed=2! partlyDisclosed=2!"),
            ("予以公开及部份公开各3件。", "disclosed=3! partlyDisclosed=3!"),
            // After 其中, the parts of a whole: certain right after the closed total they divide (round
            // seventy-three; probable here before), probable after another total.
            ("\(year)年，办结政府信息公开申请5件，其中予以公开和部分公开各2件，无法提供1件。", "closed=5! disclosed=2! partlyDisclosed=2! unavailable=1!"),
            ("\(year)年，共收到依申请公开5件，其中予以公开和部分公开各2件，无法提供1件。", "received=5! disclosed=2~ partlyDisclosed=2~ unavailable=1!"),
            // Rows of several cells each: probable.
            ("不予公开、无法提供各2件。", "withheld=2~ unavailable=2~"),
            // The pair's words without a part of its own before 各: nothing.
            ("全部或部份公开各2件。", ""),
            // 长春临空经济示范区 2025: two sub-rows, each its own figure.
            ("依申请公开4项，部分公开2项，保护第三方合法权益和本机关不掌握相关政府信息各1项。",
             "received=4~ partlyDisclosed=2! withheldThirdPartyRights=1! unavailableNotHeld=1!"),
            // As before: the pair's total without 各, and 各 after two claims' words.
            ("\(year)年，共收到依申请公开5件，予以公开和部分公开4件，无法提供1件。", "received=5! disclosedOrPartly=4! unavailable=1!"),
            ("\(year)年，因政府信息公开引发行政复议和行政诉讼案件各1件。", "reviews=1! lawsuits=1!"),
            ("行政复议、行政诉讼各0件。", "reviews=0~ lawsuits=0~"),
        ] {
            #expect(Self.statements(claims, year: year, sentence) == expected, "\(sentence)")
        }
    }

    /// 各类 (各项, 各种) before a noun is no "each": 予以公开及部分公开各类申请15件 is the
    /// pair's total (before: nothing, 部分公开各 putting the pair out).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func eachKindIsNoEach(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(Self.statements(claims, year: year, "\(year)年，予以公开及部分公开各类申请15件。") == "disclosedOrPartly=15!")
        #expect(Self.statements(claims, year: year, "\(year)年，不予公开、无法提供各项申请3件。") == "withheldOrUnavailable=3!")
    }

    /// 其中5件申请进入行政复议程序: the figure before the review's words is the reviews',
    /// probable (applications taken to review; 四 counts cases); before: nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theApplicationsTakenToReviewAreProbablyTheReviews(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let plain = Self.changing(claims) { claim in
            if ["reviews", "lawsuits"].contains(claim.id) { claim.weakPhrases.removeAll { $0.hasPrefix("#") } }
        }
        Self.expectReadNowAndBefore([
            ("全年规范受理并办结依申请公开事项16件，无结转下年度事项。其中5件申请进入行政复议程序。", "carriedForward=0! reviews=5~", "carriedForward=0!"),
            ("\(year)年共收到政府信息公开申请30件，其中16件申请进入行政复议程序，5件进入行政诉讼程序。",
             "received=30! reviews=16~ lawsuits=5~", "received=30!"),
            ("\(year)年共收到政府信息公开申请8件，其中1件申请人提起行政复议。", "received=8! reviews=1~", "received=8!"),
        ], now: claims, before: plain, year: year)
    }
}
