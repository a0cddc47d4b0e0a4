import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round ninety-one's readings, in both forms: round ninety's doubts.
extension NarrativeFormDataTests {
    /// 因政府信息公开被申请行政复议5件，不予公开3件 (a probe, invented: no page seen either way): one of table 三's answers
    /// right after an appeal's total, nothing between, may be the answer appealed (a part of the appeals) or table 三's
    /// next item of a run-on list: probable now (before: withheld=3!, an error against a right table 三 were it the
    /// appeals'), and so the answers listed after it. Not where the total is none or smaller than the figure (no part of
    /// it: table 三's, certain as before), nor past a full stop, nor after the answers a matter of no answer (结转下年度).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func anAnswerRightAfterTheAppealsTotal(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("因政府信息公开被申请行政复议5件，不予公开3件。", "reviews=5! withheld=3~"),
            ("因政府信息公开被申请行政复议5件，部分公开3件。", "reviews=5! partlyDisclosed=3~"),
            ("因政府信息公开被申请行政复议5件，不予公开3件，部分公开1件。", "reviews=5! withheld=3~ partlyDisclosed=1~"),
            ("因政府信息公开被申请行政复议5件，予以公开3件，不予公开1件。", "reviews=5! disclosed=3~ withheld=1~"),
            ("因政府信息公开被提起行政诉讼2件，部分公开1件。", "lawsuits=2! partlyDisclosed=1~"),
            ("\(year)年，因政府信息公开被申请行政复议1件，不予公开1件，均维持。", "reviews=1! withheld=1~"),
            // As before: no part of the total, another sentence, a matter of no answer, a run-on list.
            ("因政府信息公开被申请行政复议1件，不予公开3件。", "reviews=1! withheld=3!"),
            ("因政府信息公开被申请行政复议0件，不予公开3件。", "reviews=0! withheld=3!"),
            ("因政府信息公开被申请行政复议5件。不予公开3件。", "reviews=5! withheld=3!"),
            ("因政府信息公开被申请行政复议5件，不予公开3件，结转下年度2件。", "reviews=5! withheld=3~ carriedForward=2!"),
            ("\(year)年共收到政府信息公开申请10件，被申请行政复议1件，予以公开5件，不予公开3件。",
             "received=10! reviews=1! disclosed=5! withheld=3!"),
            ("因政府信息公开被申请行政复议5件，其中维持1件，不予公开3件。", "reviews=5! reviewUpheld=1!"),
        ])
    }

    /// 2021年度行政执法工作均无被申请行政复议和提起行政诉讼 (清远市教育局 2024, a real page): the enforcement's appeals — of
    /// its penalties and licences; an answer to an application is no 执法 — say nothing of table 四: nothing now (before:
    /// reviews=0~ lawsuits=0~, round twenty-seven's warning; a false one against a 四 counting disclosure's appeals), and
    /// so an enforcement case's figure. A none of disclosure's in the same sentence still reads; 行政执法 otherwise
    /// named stays probable.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theEnforcementsAppealsStateNothing(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年度行政执法工作均无被申请行政复议和提起行政诉讼。", ""),
            ("\(year)年度行政執法工作均無被申請行政復議和提起行政訴訟。", ""),
            ("\(year)年度行政执法案件被申请行政复议3件。", ""),
            ("\(year)年，执法行为未被申请行政复议。", ""),
            // As before.
            ("\(year)年，未发生因政府信息公开引起的行政复议和行政诉讼，行政执法工作未被申请行政复议。", "reviews=0! lawsuits=0!"),
            ("\(year)年，在行政执法中未发生行政复议、行政诉讼。", "reviews=0~ lawsuits=0~"),
        ])
    }

    /// 我局收到政府信息公开申请43件,办结40件,逾期未补正不再处理1件,结转下年办理2件 (诸暨市市场监管局 2024, a real page:
    /// 43 = 40 + 1 + 2): the lapsed application beside the closed is counted in the table's 总计 too (其他处理), so 办结40件
    /// is one outcome among others — unread (before: closed=40!, an error against a right 总计 of 41), as 答复7件 beside
    /// 不予受理4件. 办结 alone reads as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aClosedFigureBesideTheLapsedOnes(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年,我局收到政府信息公开申请43件,办结40件,逾期未补正不再处理1件,结转下年办理2件。", "received=43!"),
            ("\(year)年,我局收到政府信息公开申请10件,办结8件,申请人逾期不补正1件。", "received=10!"),
            // As before.
            ("\(year)年,我局收到政府信息公开申请43件,办结41件,结转下年度继续办理2件。", "received=43! closed=41! carriedForward=2!"),
        ])
    }

    /// Round ninety's other doubts, decided — kept (pins: pass before and after). 局机关及下属单位共收到…5件: the table may
    /// hold the units or not, a miss either way is safe. 专项行动开展以来，共收到…5件: a span inside the year is not the
    /// year's figure, so nothing is right.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundNinetysMissesStay(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("局机关及下属单位共收到政府信息公开申请5件。", ""),
            ("专项行动开展以来，共收到政府信息公开申请5件。", ""),
        ])
    }

    /// A 新区's 管委会 taken for a government (南湖新区管理委员会, 长春新区管委会): its level is the 区 its name ends in once
    /// 管理委员会 (管委会) is left off, so 全市 is the city's above it, probable (before: received=500!, no level known); its
    /// own 全区 stays certain. 神农架林区, 六枝特区 end in 区 already, and 全省…，其中我市…50件 in a 市's report reads nothing for
    /// the 50, 其中 putting out a part as anywhere (pins: round ninety's doubt, kept).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aNewDistrictsCommitteeIsADistrictsLevel(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let read = { (name: String, sentence: String) -> String in
            let plain = NarrativeMatcher(claims)
            let matcher = plain.withHigherRegions(of: plain.higherRegionRule(forGovernmentNamed: name))
            return matcher.statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: year)
                .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
        }
        let city = "\(year)年，全市共收到政府信息公开申请500件。"
        #expect(read("南湖新区管理委员会", city) == "received=500~")
        #expect(read("长春新区管委会", city) == "received=500~")
        #expect(read("长春新区管委会", "\(year)年，全区共收到政府信息公开申请50件。") == "received=50!")
        #expect(read("神农架林区人民政府", "\(year)年，全省共收到政府信息公开申请5000件。") == "received=5000~")
        #expect(read("六枝特区人民政府", "\(year)年，全省共收到政府信息公开申请5000件。") == "received=5000~")
        #expect(read("杭州市人民政府", "\(year)年，全省共收到政府信息公开申请5000件，其中我市共收到政府信息公开申请50件。") == "received=5000~")
    }
}
