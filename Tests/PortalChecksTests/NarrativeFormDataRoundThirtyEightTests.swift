@testable import PortalChecks
import Testing

/// Round thirty-eight's readings, in both forms.
extension NarrativeFormDataTests {
    /// 共收到政府信息公开申请12件(含新收11件、上年结转1件) (察右后旗 2024): the
    /// bracket names the year's new ones inside the total, so the 12 counts
    /// last year's 1 too (一 + 二, `handled`). Without the round's `including`
    /// words it read received=12!, a false error against a right 一 of 11; a
    /// bracket opening with the new ones without 含 is read as probable.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aTotalNamingTheNewOnesInsideItCountsLastYearsToo(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let words = ["含新收", "含本年新收", "含本年度新收", "包含新收", "包括新收"]
        let opening = ["上上上上年结转", "上上上上年度结转", "新收", "本年新收", "本年度新收", "新增", "本年新增", "本年度新增"]
        let before = Self.changing(claims) { claim in
            claim.including.removeAll { words.contains($0) }
            claim.bracketed.removeAll { opening.contains($0) }
        }
        Self.expectReadNowAndBefore([
            ("全年共收到政府信息公开申请12件(含新收11件、上年结转1件)，均在法定期限内予以答复。",
             "handled=12! carriedOver=1!", "received=12! carriedOver=1!"),
            // 本年新收 inside the bracket is the year's new ones (a weak phrase).
            ("\(year)年共受理政府信息公开申请15件（含本年新收12件，上年结转3件）。",
             "handled=15! received=12~ carriedOver=3!", "received=15! carriedOver=3!"),
            ("\(year)年共受理政府信息公开申请15件（包含新收12件、上年结转3件）。",
             "handled=15! carriedOver=3!", "received=15! carriedOver=3!"),
            // Last year's named first was read so already.
            ("\(year)年共收到政府信息公开申请12件（含上年结转1件）。", "handled=12! carriedOver=1!", "handled=12! carriedOver=1!"),
            // A bracket opening with the new ones (or last year's by its year) and no 含: the
            // total holds them, probably both years' (`bracketed`, as 上年结转 opening it).
            ("\(year)年共收到政府信息公开申请12件（新收11件、上年结转1件）。", "received=12~ carriedOver=1!", "received=12! carriedOver=1!"),
            ("\(year)年共受理政府信息公开申请12件（新增11件，上年结转1件）。", "received=12~ carriedOver=1!", "received=12! carriedOver=1!"),
            ("\(year)年共受理政府信息公开申请12件（\(year - 1)年结转1件，新收11件）。", "received=12~ carriedOver=1!", "received=12! carriedOver=1!"),
            // … and the new ones' own certain figure inside it stands alone (before, the two clashed).
            ("\(year)年共受理政府信息公开申请12件（本年度新收申请11件、上年度结转申请1件）。", "received=11! carriedOver=1!",
             "received=12~ received=11~ carriedOver=1!"),
            // The new ones stated apart, after the total's clause: the total is still the year's.
            ("\(year)年共收到政府信息公开申请12件，均为新收申请。", "received=12!", "received=12!"),
        ], now: claims, before: before, year: year)
    }

    /// 共发文20件，其中主动公开0件，依申请公开0件 (余杭区邮政管理局 2022): the
    /// documents sent out, counted by their disclosure attribute, as 制发政府信息…
    /// 其中 already: neither applications nor outcomes (before: received=0~).
    /// The same words without 发文 before them are still read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func documentsSentOutByAttributeAreNotApplications(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.unlessBefore.removeAll { $0 == "发文…其中" } }
        Self.expectReadNowAndBefore([
            ("全年，共发文20件，其中主动公开0件，依申请公开0件。", "", "received=0~"),
            ("\(year)年共发文20件，其中主动公开15件，依申请公开3件，不予公开2件。", "", "received=3~ withheld=2~"),
            ("\(year)年共收到依申请公开3件，其中予以公开1件，不予公开2件。", "received=3! disclosed=1~ withheld=2!",
             "received=3! disclosed=1~ withheld=2!"),
        ], now: claims, before: before, year: year)
        // 我局制发行政发文共58条，其中主动公开57条 (a corpus line): nothing before or after.
        #expect(Self.statements(claims, year: year, "我局制发行政发文共58条，其中主动公开57条；制发规范性文件0件。") == "normativeDocumentsIssued=0!")
    }

    /// 督促各单位办理依申请公开件64件 (安化县人民政府办公室 2025): the office urged the
    /// other bodies, who handled them: not the office's own closed (before: closed=64~).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func applicationsOthersWereUrgedToHandleAreNotClosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.unless.removeAll { $0 == "督促" } }
        Self.expectReadNowAndBefore([
            ("\(year)年政府网站“县长信箱”线上共收到群众信件313件、答复群众信件313件，其中公开答复14件；“依申请公开”平台收到依申请公开件64件，督促各单位办理依申请公开件64件。",
             "received=64~", "received=64~ closed=64~"),
            ("\(year)年，本机关办理依申请公开件6件。", "closed=6~", "closed=6~"),
        ], now: claims, before: before, year: year)
    }

    /// 予以部份公开1件 (广东省邮政管理局 2023): 部份, the variant spelling of
    /// 部分, names 部分公开 (a phrase: 份 alone is a unit, so no folding).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func partlyDisclosedSpeltWithFenIsPartlyDisclosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.phrases.removeAll { $0.contains("部份") } }
        Self.expectReadNowAndBefore([
            ("其中予以部份公开1件；不予公开2件；无法提供3件。", "partlyDisclosed=1~ withheld=2! unavailable=3!", "withheld=2! unavailable=3!"),
            ("\(year)年办结政府信息公开申请3件，其中予以公开1件、部份公开2件。", "closed=3! disclosed=1! partlyDisclosed=2!", "closed=3! disclosed=1!"),
            // Before, 予以公开答复 inside it read the other row.
            ("\(year)年，部份予以公开答复1件。", "partlyDisclosed=1!", "disclosed=1!"),
            ("\(year)年，部分公开1件。", "partlyDisclosed=1!", "partlyDisclosed=1!"),
            // Both rows together, 部份 in their list's words: 予以公开及部分公开's. Before, two read
            // as 予以公开 alone (予以公开 inside), a false error; 部份 in 部分公开's phrases without
            // these would have read 全部或部份公开3件 as 部分公开.
            ("\(year)年，全部或部份公开3件。", "disclosedOrPartly=3!", ""),
            ("\(year)年，予以公开、部份公开3件。", "disclosedOrPartly=3!", "disclosed=3!"),
            ("\(year)年，3件予以公开及部份公开。", "disclosedOrPartly=3!", "disclosed=3!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("繞", "绕"), ("脫", "脱"), ("鴨", "鸭"), ("麗", "丽"), ("樣", "样")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
