@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-six's readings, in both forms: round eighty-five's doubts.
extension NarrativeFormDataTests {
    /// 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件: 其中 divides the reviews of every matter (120, no
    /// disclosure words in their item) and names table 四's subject — the 4 are the table's, certain in a government's
    /// report (the region its own), probable in a department's; the 120 are not read (before: reviews=120~ reviews=4~,
    /// two warnings against a right table). So 行政诉讼案件5件，其中涉及政府信息公开1件 after another item naming the
    /// subject (before: lawsuits=5!, a false error). Where the whole's item names the subject the part is a part, and a
    /// review body's caseload (办理) or a part in a bracket read as before (其中， alone: round eighty-seven).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func appealsOfEveryMatterDividedBySubject(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件。", "reviews=4!"),
            ("\(year)年，共发生行政复议案件12件，其中因政府信息公开申请行政复议3件，行政诉讼案件5件，其中涉及政府信息公开1件。", "reviews=3!"),
            ("\(year)年，共发生行政复议案件12件，其中因政府信息公开申请行政复议3件，行政诉讼案件5件，其中涉及政府信息公开行政诉讼1件。",
             "reviews=3! lawsuits=1!"),
            ("\(year)年，因政府信息公开被申请行政复议5件，其中涉及依申请公开3件。", "reviews=5!"),
            ("\(year)年，我局政府信息公开工作中，被申请行政复议5件，其中涉及依申请公开3件。", "reviews=5!"),
            ("全年答复办理政府信息公开申请56件，其中涉及行政复议4件，被纠错2件；涉及行政诉讼3件，败诉0件。",
             "closed=56! reviews=4~ reviewCorrected=2~ lawsuits=3~ lawsuitCorrected=0~"),
            ("全区共办理行政复议案件120件，其中涉及政府信息公开行政复议4件。", "reviews=4~"),
            ("全市共发生行政复议案件120件（其中涉及政府信息公开的行政复议4件），维持2件。", "reviews=120~ reviews=4~ reviewUpheld=2~"),
            // 其中， alone divides the same way since round eighty-seven (before: reviews=120~ reviews=4~).
            ("全市共发生行政复议案件120件，其中，涉及政府信息公开行政复议4件。", "reviews=4!"),
        ])
        #expect(Self.statements(claims, year: year, regionIsOwn: false, "全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件。") == "reviews=4~")
    }

    /// 我单位无申请公开政府信息情况 (集宁区农牧水利局 2024) and 我镇无申请公开政务信息情况 (三门坡镇 2023): the words of
    /// 无申请政府信息公开情况, a none already, in the other order — received=0! (before: nothing). Only with 情况:
    /// 无申请公开政府信息的收费 is the fees' none, not the applications'.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func noApplicationsInTheOtherOrder(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in claim.none.removeAll { $0.hasPrefix("无申请公开") } }
        Self.expectReadNowAndBefore([
            ("\(year)年度我单位无申请公开政府信息情况。", "received=0!", ""),
            ("\(year)年度我镇无申请公开政务信息情况 。", "received=0!", ""),
            ("\(year)年，无申请公开政府信息的收费。", "", ""),
        ], now: claims, before: before, year: year)
    }

    /// 受理后的申请未被申请人提起行政复议 (probe, round eighty-five's doubt): 后 between the word and 的 still describes
    /// the none's subject, the applications once accepted — reviews=0! (before: nothing, 受理 put the none out). A
    /// review body's cases (the kind named before the none) still put it out.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theApplicationsOnceAccepted(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，我局受理后的申请未被申请人提起行政复议。", "reviews=0!"),
            ("\(year)年，我局受理后的行政复议案件未被提起行政诉讼。", ""),
            ("\(year)年，我局受理的信息公开申请未被申请人提起行政复议。", "reviews=0!"),
        ])
    }
}
