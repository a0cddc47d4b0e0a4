@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round fifteen's words, in both forms; without them each sentence reads as before.
extension NarrativeFormDataTests {
    /// `ownLevelWords`: a government's narrative naming its own level apart
    /// (区政府本级, 东城区 2023) reads a figure in a sentence naming the whole
    /// region as the region's (probable), up to the level's word; the level's
    /// own figure after it stays certain. Without the level's word, or
    /// without the form's words, a government's region is its own (certain),
    /// and a department's report reads the region as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aGovernmentNamingItsOwnLevelReadsTheRegionsFiguresAsTheRegions(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, regionIsOwn: Bool, sentence: String) in
            Self.statements(claims, year: year, regionIsOwn: regionIsOwn, sentence)
        }
        var plain = claims
        plain.ownLevelWords = []
        // The level named beside the region in the narrative only: each side's
        // figure is probable (round seventeen: 河东区 2024's tables may be the region's).
        let both = "全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。"
        #expect(read(claims, true, both) == "received=800~ carriedForward=39~ carriedForward=6~")
        #expect(read(plain, true, both) == "received=800! carriedForward=39~ carriedForward=6~")
        // The level named in another sentence of the narrative.
        let apart = "全区共收到政府信息公开申请961件。区政府本级共收到政府信息公开申请206件。"
        #expect(read(claims, true, apart) == "received=961~ received=206~")
        #expect(read(plain, true, apart) == "received=961! received=206!")
        // No level named: a government's region is its own (保山市 2024).
        #expect(read(claims, true, "全市共受理政府信息公开申请452件，按时办结454件。") == "received=452! closed=454!")
        // 本级政府门户网站 is no level's figure.
        #expect(read(claims, true, "全区共收到政府信息公开申请12件，均在本级政府门户网站公开。") == "received=12!")
        #expect(read(claims, false, "全区共收到政府信息公开申请12件。") == "received=12~")
    }

    /// `otherReasons`: 因“属于国家秘密”等原因不予公开21件 (渭南市 2023) is the
    /// row's figure; without 等原因 the sentence names two claims (nothing).
    /// The literal 复议后起诉的行政诉讼 (钦北区 2023) and 直接起诉的行政诉讼
    /// name their totals; `#属于……不掌握…信息` reads a figure after 其中
    /// (东湖高新区发改局 2024, probable); the nones of 复议和诉讼 and 复议、提起诉讼.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundFifteenWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        plain.otherReasons = []
        for index in plain.claims.indices {
            plain.claims[index].phrases.removeAll { $0.hasSuffix("起诉的行政诉讼") || $0.hasPrefix("#属于") }
            plain.claims[index].none.removeAll { $0.hasSuffix("复议和诉讼") && !$0.hasPrefix("未发生") && !$0.hasPrefix("无") || $0.hasSuffix("提起诉讼") }
        }
        let reasons = "因“属于国家秘密”等原因不予公开21件。"
        #expect(read(claims, reasons) == "withheld=21!")
        #expect(read(plain, reasons) == "")
        #expect(read(claims, "因属于国家秘密不予公开2件。") == "")
        let afterReview = "因依申请公开工作引起的经复议后起诉的行政诉讼1件。"
        #expect(read(claims, afterReview) == "afterReviewTotal=1!")
        #expect(read(plain, afterReview) == "")
        #expect(read(claims, "因政府信息公开工作未经复议直接起诉的行政诉讼2件。") == "directTotal=2!")
        let notHeld = "收到政府信息公开申请12条。其中12条属于本机关不掌握相关政府信息而无法提供。"
        #expect(read(claims, notHeld) == "received=12! unavailableNotHeld=12~")
        #expect(read(plain, notHeld) == "received=12!")
        let none = "全年共受理依申请公开112件，没有出现一起投诉、复议和诉讼案件。"
        // Round thirty-one: 复议 alone, listed with 诉讼, is the reviews' none too.
        #expect(read(claims, none) == "received=112! reviews=0! lawsuits=0!")
        #expect(read(plain, none) == "received=112!")
        let suits = "未出现因政府信息公开被申请行政复议、提起诉讼的情况。"
        #expect(read(claims, suits) == "reviews=0! lawsuits=0!")
        #expect(read(plain, suits) == "reviews=0!")
    }
}
