import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The narrative checks' words are the form file's: `narrativeBreakdowns`
/// and the claims' `kindOf`, `unlessBefore`, `including`/`includingAs` are
/// read from it, and a mistake in them is reported against the file.
@Suite("Narrative form data")
struct NarrativeFormDataTests {
    static func shipped() throws -> String {
        try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
    }

    static func messages(_ text: String) -> [String] {
        FormLoader.parse(text, path: "forms/test.yaml").diagnostics.map(\.message)
    }

    @Test func theShippedFormReadsCleanly() throws {
        let (form, diagnostics) = FormLoader.parse(try Self.shipped(), path: "forms/gov-info-2021.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let claims = try #require(form?.narrativeClaims)
        #expect(claims.claim("received")?.includingAs == "handled")
        #expect(claims.claim("reviewUpheld")?.kindOf == ["行政复议"])
        #expect(claims.claim("directUpheld")?.kindOf.contains("直接起诉") == true)
        #expect(claims.claim("reviews")?.unlessBefore.isEmpty == false)
        #expect(form?.narrativeBreakdowns.openers.first == "其中")
    }

    @Test func aClaimOfLastYearsMustExist() throws {
        let text = try Self.shipped().replacingOccurrences(of: "includingAs: handled", with: "includingAs: handledTwice")
        #expect(Self.messages(text).contains { $0.contains("“handledTwice”, which is not a claim of the form") })
    }

    @Test func theWholeOfAClaimMustExist() throws {
        let text = try Self.shipped().replacingOccurrences(of: "allOf: reviews,", with: "allOf: reviewz,")
        #expect(Self.messages(text).contains { $0.contains("is all of “reviewz”, which is not a claim of the form") })
    }

    @Test func aBreakdownTotalMustBeAClaim() throws {
        let text = try Self.shipped().replacingOccurrences(of: "totals: [received, closed,", with: "totals: [received, answered,")
        #expect(Self.messages(text).contains { $0.contains("narrativeBreakdowns.totals names “answered”") })
    }

    /// Round four's words: a division that may leave kinds out, the words of
    /// every application closed, and words after a figure that make it one
    /// outcome among others.
    @Test func theRoundFourWordsAreTheFormFiles() throws {
        let (form, _) = FormLoader.parse(try Self.shipped(), path: "forms/gov-info-2021.yaml")
        let breakdowns = try #require(form?.narrativeBreakdowns)
        #expect(breakdowns.divisions.map(\.partial) == [false, false, true])
        #expect(breakdowns.allClosed.contains("已全部办结") || breakdowns.allClosed.contains("全部办结"))
        #expect(breakdowns.allClosedUnless.contains("其余"))
        #expect(form?.narrativeClaims.claim("closed")?.unlessAfter.first == "不予受理")
        #expect(form?.narrativeClaims.claim("reviewCorrected")?.none.contains("无被纠错") == true)
    }

    /// Round six's words: 累计 within the report's year, and 复议 / 诉讼
    /// alone right before a figure, are the form file's; without
    /// `thisYearWords`, 2021年累计收到申请6件 is read as before (nothing).
    @Test func theRoundSixWordsAreTheFormFiles() throws {
        let (form, _) = FormLoader.parse(try Self.shipped(), path: "forms/gov-info-2021.yaml")
        var claims = try #require(form?.narrativeClaims)
        #expect(claims.claim("received")?.inYear == ["累计"])
        #expect(claims.thisYearWords.contains("本年") && claims.acrossYearWords.contains("以来"))
        #expect(claims.claim("reviews")?.barePhrases == ["复议"])
        #expect(claims.claim("lawsuits")?.barePhrases == ["诉讼"])
        let sentence = "2021年，本局累计受理政府信息公开申请7件。"
        let read = { (claims: NarrativeClaims) in
            NarrativeMatcher(claims).statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: 2021).map(\.value)
        }
        #expect(read(claims) == [7])
        claims.thisYearWords = []
        #expect(read(claims) == [7], "the year itself names the report's year")
        #expect(NarrativeMatcher(claims).statements(in: NarrativeText("本年累计受理政府信息公开申请7件。", folding: claims.scalarFolding), year: 2021).isEmpty)
    }

    /// Round seven's words: part of the year (1月至11月, 截至11月底) is the
    /// form file's, in both forms; without them such a figure is read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func thePartOfTheYearWordsAreTheFormFiles(id: String) throws {
        var claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        #expect(claims.monthSpanWords.contains("至") && claims.monthEndWords == ["底", "末"])
        let sentence = "2020年1月至11月共受理政府信息公开申请7件。"
        let read = { (claims: NarrativeClaims) in
            NarrativeMatcher(claims).statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: 2020).map(\.value)
        }
        #expect(read(claims).isEmpty)
        claims.monthSpanWords = []
        #expect(read(claims) == [7])
    }

    /// Round nine's words, in both forms: documents counted by disclosure
    /// attribute (依申请公开信息数), those closed of last year's (办结上年度结转的),
    /// those handled with the carried-forward among them, a region's caseload
    /// (probable); without them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundNineWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        func without(_ claim: String, _ change: (inout NarrativeClaim) -> Void) -> NarrativeClaims {
            var changed = claims
            if let index = changed.claims.firstIndex(where: { $0.id == claim }) { change(&changed.claims[index]) }
            return changed
        }
        let attribute = "主动公开信息数7条，依申请公开信息数59条，不予公开信息数46条。"
        #expect(read(claims, attribute) == "")
        #expect(read(without("withheld") { $0.unless.removeAll { $0.hasSuffix("信息数") } }, attribute) == "withheld=46~")
        let closing = "本年度办结上年度结转的2件。"
        #expect(read(claims, closing) == "")
        #expect(read(without("carriedOver") { $0.unlessBeforeFigure = [] }, closing) == "carriedOver=2!")
        let handled = "全区共办结政府信息公开申请1422件，其中结转下年度继续办理114件。"
        #expect(read(claims, handled) == "")
        #expect(read(without("closed") { $0.unlessAfter = [] }, handled) == "closed=1422!")
        let region = "全区共发生政府信息公开行政复议144件。"
        #expect(read(claims, region) == "reviews=144~")
        #expect(read(without("reviews") { $0.probableWith = [] }, region) == "reviews=144!")
    }

    /// Round ten's words, in both forms: a region's figure in the report of
    /// an agency that is not its government (probable), a sub-row after 其中
    /// (probable), 製 read as 制, 复议0件 after a sentence about applications
    /// (probable), what was published by attribute (nothing), 无依申请公开事项
    /// (none); without them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundTenWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, regionIsOwn: Bool, sentence: String) in
            Self.statements(claims, year: year, regionIsOwn: regionIsOwn, sentence)
        }
        let region = "全区共收到依申请公开件40件，共办结35件。"
        #expect(read(claims, true, region) == "received=40! closed=35!")
        #expect(read(claims, false, region) == "received=40~ closed=35~")
        var withoutRegion = claims
        withoutRegion.regionWords = []
        #expect(read(withoutRegion, false, region) == "received=40! closed=35!")
        let subRow = "无法提供4件，其中本机关不掌握相关政府信息2件。"
        #expect(read(claims, true, subRow) == "unavailable=4! unavailableNotHeld=2~")
        var withoutSubRows = claims
        withoutSubRows.listedSubRows = []
        #expect(read(withoutSubRows, true, subRow) == "unavailable=4!")
        #expect(read(claims, true, "没有现成信息需要另行製作2件。") == "unavailableNeedsCreation=2!")
        // A sub-row after unread figures is the row's own, not a part's outcome.
        #expect(read(claims, true, "共受理申请12件，答复7件，不予受理4件，补正后申请内容仍不明确1件。") == "received=12! unavailableStillUnclear=1!")
        let bare = "全年共收到依申请公开件1件。涉及复议0件，诉讼0件。"
        #expect(read(claims, true, bare) == "received=1! reviews=0~ lawsuits=0~")
        var withoutBare = claims
        withoutBare.bareAfterSentence = []
        #expect(read(withoutBare, true, bare) == "received=1!")
        let published = "利用政府信息公开网发布依申请公开信息0条，不予公开信息0条。"
        #expect(read(claims, true, published) == "")
        #expect(read(claims, true, "本年度无依申请公开事项。") == "received=0!")
    }

    /// What the matcher reads in `sentence`: `claim=value` with `!` certain or `~` probable,
    /// in a report of the given scope (a government's) or an agency not a government.
    static func statements(_ claims: NarrativeClaims, year: Int, scope: ReportScope = .undecided, regionIsOwn: Bool = true, _ sentence: String) -> String {
        var matcher = NarrativeMatcher(claims)
        matcher.regionIsOwn = regionIsOwn
        matcher.reportScope = scope
        return matcher.statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: year)
            .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
    }

    /// Round eleven's words, in both forms: 今年以来 and 申请办件 hold a
    /// scoping word without its sense (`notScopingWords`), 办理依申请公开事项
    /// is not the year's new ones, 无结转至下一年度 is a none, 熱線 and 沒
    /// fold; without them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundElevenWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        plain.notScopingWords = []
        let soFar = "今年以来我乡未收到政府信息公开申请。"
        #expect(read(claims, soFar) == "received=0!")
        #expect(read(plain, soFar) == "")
        #expect(read(claims, "今年以来累计收到政府信息公开申请6件。") == "received=6!")
        #expect(read(plain, "今年以来累计收到政府信息公开申请6件。") == "")
        let files = "上年结转政府信息公开申请办件5件。"
        #expect(read(claims, files) == "carriedOver=5!")
        #expect(read(plain, files) == "")
        #expect(read(claims, "全年共办理依申请公开事项22件。") == "closed=22~")
        var bothNamed = claims
        if let index = bothNamed.claims.firstIndex(where: { $0.id == "closed" }) {
            bothNamed.claims[index].weakPhrases.removeAll { $0 == "办理依申请公开" }
        }
        #expect(read(bothNamed, "全年共办理依申请公开事项22件。") == "")
        #expect(read(claims, "受理并办理依申请公开6件。") == "received=6!")
        #expect(read(claims, "均在法定期限内办结，无结转至下一年度办理的申请。") == "carriedForward=0!")
        #expect(read(claims, "全年縣長熱線辦理群眾來電事項12件，辦結12件。") == "")
        #expect(read(claims, "沒有因政府信息公開申請引起行政復議和行政訴訟的情況。") == "reviews=0! lawsuits=0!")
    }

    /// Round twelve's words, in both forms: an outcome right after the
    /// figure that opens its clause (`#予以公开`), 其他结果 as a review's whole
    /// (`all`), 接收…政府信息公开 (put out by one channel's word); without
    /// them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundTwelveWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        for index in plain.claims.indices {
            plain.claims[index].phrases.removeAll { $0.hasPrefix("#") || ["接收…政府信息公开", "转结下年度", "转结下年"].contains($0) }
            plain.claims[index].none.removeAll { ["未收到……公开申请", "未接到……公开申请"].contains($0) }
            plain.claims[index].after.removeAll { $0 == "结转…下年" }
            if ["reviewOther", "lawsuitOther"].contains(plain.claims[index].id) {
                plain.claims[index].all = []
                plain.claims[index].allOf = nil
            }
        }
        let outcomes = "\(year)年共收到政府信息公开申请3件，1件予以公开，2件不予公开。"
        #expect(read(claims, outcomes) == "received=3! disclosed=1! withheld=2!")
        #expect(read(plain, outcomes) == "received=3!")
        // The longest words after the unit: 予以公开及部分公开, not 予以公开.
        #expect(read(claims, "\(year)年共收到政府信息公开申请3件，3件予以公开及部分公开。") == "received=3! disclosedOrPartly=3!")
        // Not where words stand before the figure in its clause, nor after 全部.
        #expect(read(claims, "\(year)年共收到政府信息公开申请3件，全部予以公开。") == "received=3!")
        // A part word alone before the figure is read as 其中， is (round fifteen): probable.
        #expect(read(claims, "\(year)年共收到政府信息公开申请3件，其中1件予以公开。") == "received=3! disclosed=1~")
        #expect(read(claims, "\(year)年共收到政府信息公开申请3件，其中网上1件予以公开。") == "received=3!")
        let other = "\(year)年度因政府信息公开发生行政复议案件1件，为其他结果。"
        #expect(read(claims, other) == "reviews=1! reviewOther=1!")
        #expect(read(plain, other) == "reviews=1!")
        #expect(read(claims, "\(year)年度因政府信息公开发生行政复议案件3件，为其他结果的1件。") == "reviews=3! reviewOther=1!")
        #expect(read(claims, "\(year)年，我委接收政府信息公开5件。") == "received=5!")
        #expect(read(plain, "\(year)年，我委接收政府信息公开5件。") == "")
        #expect(read(claims, "\(year)年，我委接收网络方式提交政府信息公开5件。") == "")
        let none = "\(year)年，园区未接到公民、法人和其他组织提出的政府信息公开申请。"
        #expect(read(claims, none) == "received=0!")
        #expect(read(plain, none) == "")
        #expect(read(claims, "\(year)年，未收到法人或其他组织提出的政府信息公开申请。") == "")
        #expect(read(claims, "转结下年度办理1件。") == "carriedForward=1!")
        #expect(read(plain, "转结下年度办理1件。") == "")
        let nextYear = "\(year)年共办结申请820件，34件结转到\(year + 1)年度继续办理。"
        #expect(read(claims, nextYear) == "closed=820! carriedForward=34!")
        #expect(read(plain, nextYear) == "closed=820!")
    }

    /// Round thirteen's words, in both forms: 申请信件 and 依申请公开信件 hold
    /// 信件 without its other matter (`notScopingWords`) and are probable
    /// (`probableWith`); a reason after the figure's unit names the sub-row
    /// (`#因……不掌握…信息`); 撤销复议申请 is a review's 其他结果; 转至下年 is
    /// carried forward; without them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundThirteenWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        plain.notScopingWords.removeAll { ["申请信件", "公开信件", "公开来信"].contains($0) }
        for index in plain.claims.indices {
            plain.claims[index].probableWith.removeAll { ["信件", "来信"].contains($0) }
            plain.claims[index].phrases.removeAll { ["#因……不掌握…信息", "撤销复议申请", "撤回复议申请", "撤销行政复议申请", "撤回行政复议申请"].contains($0) }
            plain.claims[index].after.removeAll { $0 == "转至下年" || $0 == "转至…下年" }
        }
        let letters = "\(year)年收到政府信息公开申请信件22件，均已按时答复。"
        #expect(read(claims, letters) == "received=22~")
        #expect(read(plain, letters) == "")
        // 结转 elsewhere in the sentence no longer puts a probable phrase out (round twenty-one:
        // only another way in does, `probableUnless`): 六盘水市政府办公室 2024's 22 = 21 + 1 is read.
        #expect(read(claims, "\(year)年收到政府信息公开申请信件22件，结转下年度办理1件。") == "received=22~ carriedForward=1!")
        #expect(read(claims, "\(year)年共收到依申请公开信件1件。") == "received=1~")
        #expect(read(plain, "\(year)年共收到依申请公开信件1件。") == "")
        // Another matter's letters, and letters beside another channel, stay out.
        #expect(read(claims, "\(year)年共受理群众网上来访信件34件，办结34件。") == "")
        #expect(read(claims, "\(year)年收到政府信息公开申请信件3件，网上申请2件。") == "")
        let reason = "\(year)年共办结申请3件，2件因本机关不掌握相关政府信息而无法提供。"
        #expect(read(claims, reason) == "closed=3! unavailableNotHeld=2!")
        #expect(read(plain, reason) == "closed=3!")
        let withdrawn = "\(year)年因政府信息公开被申请行政复议3件，维持1件，纠正1件，撤销复议申请1件。"
        #expect(read(claims, withdrawn) == "reviews=3! reviewUpheld=1! reviewCorrected=1! reviewOther=1!")
        #expect(read(plain, withdrawn) == "reviews=3! reviewUpheld=1! reviewCorrected=1!")
        let next = "\(year)年收到依申请公开19件，2件转至下年继续办理。"
        #expect(read(claims, next) == "received=19! carriedForward=2!")
        #expect(read(plain, next) == "received=19!")
    }

    /// Round fourteen's words, in both forms: 依申公开 (请 left out) names
    /// received; 转结下年 after the figure and 无…转结下年度 carried forward;
    /// the reason before the figure names the sub-row (不掌握相关政府信息无法提供);
    /// in the 2021 form the table's column words 制发件数 and 废止件数 in prose.
    /// Without them each is read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRoundFourteenWordsAreTheFormFiles(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        for index in plain.claims.indices {
            plain.claims[index].phrases.removeAll { $0.contains("依申公开") || $0.hasSuffix("无法提供") && $0.hasPrefix("不掌握") }
            plain.claims[index].after.removeAll { $0.hasPrefix("转结") }
            plain.claims[index].none.removeAll { $0 == "无…转结下年度" }
            plain.claims[index].barePhrases.removeAll { ["制发件数", "废止件数"].contains($0) }
        }
        let please = "\(year)年，我局共收到依申公开事项7件。"
        #expect(read(claims, please) == "received=7!")
        #expect(read(plain, please) == "")
        let bracket = "答复政府信息公开申请98件（含上年度转结申请8件，另有5件申请转结下年度继续办理）。"
        #expect(read(claims, bracket) == "closed=98! carriedOver=8! carriedForward=5!")
        #expect(read(plain, bracket) == "closed=98! carriedOver=8!")
        let none = "\(year)年共收到依申请公开件1件，无转结下年度继续办理件。"
        #expect(read(claims, none) == "received=1! carriedForward=0!")
        #expect(read(plain, none) == "received=1!")
        let reason = "处理结果中，予以公开2件，因本机关不掌握相关政府信息无法提供1件。"
        #expect(read(claims, reason) == "disclosed=2! unavailableNotHeld=1!")
        #expect(read(plain, reason) == "disclosed=2!")
        // Other reasons among them (等原因) stay the row's.
        #expect(read(claims, "因本机关不掌握等原因无法提供的49件。") == "unavailable=49!")
        let columns = "本年出台行政规范性文件：制发件数2件，废止件数1件，现行有效件数22件。"
        if id == "gov-info-2021" {
            #expect(read(claims, columns) == "normativeDocumentsIssued=2! normativeDocumentsRepealed=1~ normativeDocumentsInForce=22~")
            #expect(read(plain, columns) == "normativeDocumentsInForce=22~")
            // Not in a sentence about 规范性文件, nor of 规章.
            #expect(read(claims, "规章：制发件数0件。") == "")
            #expect(read(claims, "本年出台行政规范性文件2件，规章制发件数1件。") == "normativeDocumentsIssued=2!")
        } else {
            #expect(read(claims, columns) == "")
        }
    }

    /// `bracketed` (session 16): a bracket right after the figure opening with
    /// 上年度结转 and no 含 may count last year's within the figure or beside
    /// it, so the figure is probable; with 含 it is both years' (`including`);
    /// without the form's words it is certain, as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aBracketNamingLastYearsMakesTheFigureProbable(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (claims: NarrativeClaims, sentence: String) in Self.statements(claims, year: year, sentence) }
        var plain = claims
        for index in plain.claims.indices { plain.claims[index].bracketed = [] }
        let bracket = "\(year)年共收到政府信息公开申请15件（上年度结转3件）。"
        #expect(read(claims, bracket) == "received=15~ carriedOver=3!")
        #expect(read(plain, bracket) == "received=15! carriedOver=3!")
        #expect(read(claims, "\(year)年共收到政府信息公开申请15件 (上年结转3件，结转下年度1件)。") == "received=15~ carriedOver=3! carriedForward=1!")
        // A comma is no bracket: 15 new ones, 3 carried over beside them.
        #expect(read(claims, "\(year)年共收到政府信息公开申请15件，上年结转3件。") == "received=15! carriedOver=3!")
        #expect(read(claims, "\(year)年共收到政府信息公开申请15件（含上年结转3件）。") == "handled=15! carriedOver=3!")
    }

    @Test func aDivisionIsPartialOrNot() throws {
        let text = try Self.shipped().replacingOccurrences(of: "未审结, 败诉], partial: true}", with: "未审结, 败诉], partial: maybe}")
        #expect(Self.messages(text).contains { $0.contains("“partial” must be true or false, found “maybe”") })
    }

    @Test func anUnknownKeyOfTheBlockIsReported() throws {
        let text = try Self.shipped().replacingOccurrences(of: "  openers: [其中", with: "  openings: [其中")
        #expect(Self.messages(text).contains { $0.contains("openings") })
    }
}
