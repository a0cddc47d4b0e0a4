@testable import PortalChecks
import Testing

/// Round thirty-six's readings, in both forms.
extension NarrativeFormDataTests {
    static let roundThirtySixsNumbers = ["12388", "12328", "12319", "12320", "12348", "12358", "12310"]

    /// The other national service numbers (12328电话系统, 12320卫生热线,
    /// 12358平台 as pages name them; 12388 纪检监察举报 and the rest of the
    /// kind) are other matters: without them 受理12388来件3件，办结3件 read
    /// closed=3!, the reports' count — a false error against any other 三（七）.
    /// A figure before the number is still read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theOtherServiceNumbersAreOtherMatters(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        var before = claims
        before.otherMatters.removeAll { Self.roundThirtySixsNumbers.contains($0) }
        #expect(before.otherMatters.count == claims.otherMatters.count - Self.roundThirtySixsNumbers.count)
        Self.expectReadNowAndBefore([
            ("\(year)年，受理12388来件3件，办结3件。", "", "closed=3!"),
            ("\(year)年，12328交通运输服务监督电话共受理业务320件，办结318件。", "", "closed=318!"),
            ("\(year)年，12320受理群众来电120件，办结120件。", "", "closed=120!"),
            ("\(year)年，12358价格监管平台受理举报30件，办结30件。", "", "closed=30!"),
            ("\(year)年，办结“12348”回复150条。", "", "closed=150!"),
            ("\(year)年，办结“12319”回复150条。", "", "closed=150!"),
            ("\(year)年，办结“12310”回复5条。", "", "closed=5!"),
            ("\(year)年共收到政府信息公开申请3件，12328平台受理投诉举报906件。", "received=3!", "received=3!"),
        ], now: claims, before: before, year: year)
    }

    /// 全年共制作规范性文件82份 (大余县民政局 2020, its table's 本年新制作数量 82):
    /// the trial form's own column word, certain there; in the 2021 form
    /// (2022年共制作行政规范性文件0件 — 东至县花园乡 2022) probably 制发's.
    /// Nothing before; 制作…解读 is still a part of them (`unless`: 解读).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func normativeDocumentsMadeAreTheDocumentsIssued(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in
            claim.phrases.removeAll { $0.hasPrefix("制作") }
            claim.weakPhrases.removeAll { $0.hasPrefix("制作") }
        }
        let mark = id == "gov-info-2019" ? "!" : "~"
        Self.expectReadNowAndBefore([
            ("全年共制作规范性文件82份，微信公众号“大余民政”制作发布推文99条。", "normativeDocumentsIssued=82\(mark)", ""),
            ("\(year)年共制作行政规范性文件0件，发布政策文件2条，发布规划2条。", "normativeDocumentsIssued=0\(mark)", ""),
            ("\(year)年，制作3件规范性文件。", "normativeDocumentsIssued=3\(mark)", ""),
            ("\(year)年，制作规范性文件解读3件。", "", ""),
            ("\(year)年，制发行政规范性文件2件。", "normativeDocumentsIssued=2!", "normativeDocumentsIssued=2!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("擊", "击"), ("莊", "庄"), ("趙", "赵"), ("樑", "梁")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
