@testable import PortalChecks
import Testing

/// Round forty-two's readings, in both forms.
extension NarrativeFormDataTests {
    /// 也不涉及行政复议和行政诉讼 (揭阳市榕城区医保局 2025), 不存在上年度结转…申请 and
    /// 不存在因政府信息公开引起的行政诉讼 (天津市新港街 2023): a none written with 不,
    /// read where the claim's words follow 不涉及 or 不存在 right after, or after
    /// 因…的 (before: nothing). 不 of its other senses (信息不存在, 不存在减免费用,
    /// 不服…提起行政复议, 不予公开) is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aNoneWrittenWithBuIsRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.none.removeAll { $0.hasPrefix("不") } }
        Self.expectReadNowAndBefore([
            ("此外，未收到任何公民、法人或其他组织提出的公开政府信息的申请，也不涉及行政复议和行政诉讼。",
             "received=0! reviews=0! lawsuits=0!", "received=0!"),
            ("不存在上年度结转政府信息公开申请。", "carriedOver=0!", ""),
            ("不存在因政府信息公开引起的行政诉讼。", "lawsuits=0!", ""),
            ("\(year)年，不存在因政府信息公开申请引起的行政复议和行政诉讼。", "reviews=0! lawsuits=0!", ""),
            ("\(year)年，均不涉及政府信息公开行政复议、行政诉讼。", "reviews=0! lawsuits=0!", ""),
            ("\(year)年，本机关不存在行政复议。", "reviews=0!", ""),
            // 不 of other senses, or the claim's words not right after it: as before.
            ("\(year)年，我局未收取政府信息公开费用，不存在减免费用。", "", ""),
            ("\(year)年，申请人以信息不存在为由提起的行政复议已审结。", "", ""),
            ("\(year)年，申请人对信息不存在的答复不服提起行政复议。", "", ""),
            ("\(year)年，申请人不服答复，向区政府提起行政复议。", "", ""),
            ("\(year)年，不存在行政复议被纠错的情况。", "", ""),
            ("\(year)年，不涉及国家秘密的行政复议案卷予以公开。", "", ""),
            ("\(year)年，所公开信息不涉及涉密事件。", "", ""),
            ("\(year)年全年依申请公开政府信息申请4件，申请人均为自然人，信息不存在2件，不属于本单位公开1件，不予公开1件。",
             "received=4~ withheld=1~", "received=4~ withheld=1~"),
        ], now: claims, before: before, year: year)
    }

    /// Each none phrase written with 不 opens with 不涉及 or 不存在 and then a
    /// claim's words (行政复议, 上年结转), or 因…的 (因…被申请, 因……提起) before them: the matcher takes
    /// 不 as a negation only opening such a phrase, so the phrase is what
    /// keeps 不存在 of an outcome's reason (以信息不存在为由提起的行政复议) out.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aNoneWithBuHasTheClaimsWordsRightAfter(id: String) throws {
        let (claims, _) = try Self.builtIn(id)
        let words = claims.claims.flatMap(\.phrases).filter { !$0.contains("…") && !$0.contains("#") }
        let withBu = claims.claims.flatMap { claim in claim.none.filter { $0.hasPrefix("不") } }
        #expect(withBu.count >= 20)
        for phrase in withBu {
            #expect(phrase.hasPrefix("不涉及") || phrase.hasPrefix("不存在"), "\(phrase)")
            var rest = String(phrase.dropFirst(3))
            if rest.hasPrefix("因…的") { rest = String(rest.dropFirst(3)) }
            // 不存在因…被申请行政复议、提起行政诉讼 (番禺区 某局 2021, round eighty-three): the appeal's verb after the reason.
            for reason in ["因…被申请", "因……提起"] where rest.hasPrefix(reason) { rest = String(rest.dropFirst(reason.count)) }
            if rest.hasPrefix("政府信息公开") { rest = String(rest.dropFirst(6)) }
            #expect(words.contains { rest.hasPrefix($0) }, "\(phrase)")
        }
    }

    /// 不 negates its own phrase only: a none phrase holding no negation (as
    /// an outcome's 行政复议…被纠错 does) is not read in a clause whose one
    /// negation is 不存在 or 不涉及 (before the round, no clause with 不 alone
    /// was read at all).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func buNegatesOnlyItsOwnPhrase(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let plain = Self.changing(claims) { if $0.id == "reviews" { $0.none.append("提起行政复议案件") } }
        #expect(Self.statements(plain, year: year, "\(year)年，申请人以信息不存在为由提起行政复议案件。") == "")
        #expect(Self.statements(plain, year: year, "\(year)年，未发生提起行政复议案件。") == "reviews=0!")
        #expect(Self.statements(plain, year: year, "\(year)年，不涉及行政复议案件。") == "reviews=0!")
    }
}
