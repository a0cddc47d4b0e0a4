@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round sixty-three's readings, in both forms.
extension NarrativeFormDataTests {
    /// Each (sentence, read now, read without the round's words).
    static func eachOfAPair(year: Int) -> [(String, String, String)] {
        [
            // 予以公开和部分公开各2件: 2 disclosed and 2 partly, 4 in 三 (before: an error against 4).
            ("\(year)年，共收到依申请公开5件，予以公开和部分公开各2件，无法提供1件。",
             "received=5! unavailable=1~", "received=5! disclosedOrPartly=2! unavailable=1!"),
            ("予以公开、部分公开各2件。", "", "disclosedOrPartly=2!"),
            ("全部或部份公开各2件。", "", "disclosedOrPartly=2!"),
            ("不予公开、无法提供各2件。", "", "withheldOrUnavailable=2!"),
            // The pair's total, and 各 after another pair's words: as before.
            ("\(year)年，共收到依申请公开5件，予以公开和部分公开4件，无法提供1件。",
             "received=5! disclosedOrPartly=4! unavailable=1!", "received=5! disclosedOrPartly=4! unavailable=1!"),
            ("\(year)年，因政府信息公开引发行政复议和行政诉讼案件各1件。", "reviews=1! lawsuits=1!", "reviews=1! lawsuits=1!"),
        ]
    }

    /// 保护第三方合法权益和本机关不掌握相关政府信息各1项 (长春临空经济示范区 2025): 各 gives
    /// each listed outcome the figure. Where the listed pair is one claim's own words
    /// (予以公开和部分公开, 不予公开、无法提供), that claim counts the two together, twice
    /// the figure: nothing is read (before: disclosedOrPartly=2!, a false error against
    /// 三 2 + 2). The pair's total without 各 reads as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aFigureOfEachIsNotThePairsTotal(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let words: Set<String> = ["部分公开各", "部份公开各", "无法提供各"]
        let plain = Self.changing(claims) { claim in claim.unlessBeforeFigure.removeAll { words.contains($0) } }
        Self.expectReadNowAndBefore(Self.eachOfAPair(year: year), now: claims, before: plain, year: year)
    }
}
