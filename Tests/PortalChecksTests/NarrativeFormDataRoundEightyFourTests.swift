@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-four's readings, in both forms: round eighty-three's doubts.
extension NarrativeFormDataTests {
    /// Nones listed under one negation. Joined by 、 or each with its own 未 they read already (pinned: 未收到…申请，
    /// 未发生行政复议、行政诉讼; …申请、未被申请行政复议、未被提起行政诉讼). What was missed: the lawsuits after a comma under the
    /// reviews' none (丁桥镇 2022 `全年未发生因政府信息公开申请行政复议，提起行政诉讼的情况`; 苍溪县自然资源局 2024 `无因政府信息
    /// 产生行政复议，提起行政诉讼情况发生`, probable there: no word of disclosure in it), 未接到……复议、诉讼 (洪雅县教体局 2023,
    /// 龙归镇 2016), 复议及诉讼 (太仓高新区 2022) and 行政复议诉讼 run together (兴安盟生态环境局 2022). Before: the reviews'
    /// none only, or nothing. A figure after the comma, or words beyond the list, still end it.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func everyNoneUnderOneNegationIsRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，我局未收到政府信息公开申请，未发生行政复议、行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("本年度未收到政府信息公开申请、未被申请行政复议、未被提起行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，丁桥镇未收到依申请公开申请，全年未发生因政府信息公开申请行政复议，提起行政诉讼的情况。",
             "received=0! reviews=0! lawsuits=0!"),
            ("无因政府信息产生行政复议，提起行政诉讼情况发生。", "reviews=0! lawsuits=0~"),
            ("\(year)年，我局未收到依申请公开，未收到关于政府信息公开咨询和投诉情况，未接到关于政府信息公开的行政复议、诉讼案件。",
             "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年度未接到有关政府信息公开方面的复议、诉讼和申诉。", "reviews=0! lawsuits=0!"),
            ("\(year)年我区收到政府信息公开申请1，全年无因依申请公开引起投诉、复议及诉讼情况。", "reviews=0! lawsuits=0!"),
            ("\(year)年收到信息公开申请4件，申请公开信息均已按规定时间予以回复，无提起行政复议诉讼情况。", "received=4! reviews=0! lawsuits=0!"),
            ("\(year)年，未发生行政复议，提起行政诉讼1件。", "reviews=0! lawsuits=1~"),
            ("\(year)年，未发生行政复议，行政诉讼情况良好。", "reviews=0!"),
            ("\(year)年，未发生行政复议、行政诉讼被纠错的情况。", "reviewCorrected=0~ lawsuitCorrected=0~"),
        ])
    }

    /// A region word governs only the count it is the subject of: 组织各镇（街道）开展培训，全年共受理申请12件 in a department's
    /// report is the department's own 12 (before: received=12~, the towns taken for its subject), as after 按照全市统一部署 or
    /// 指导各乡镇做好依申请公开工作. The towns' own count stays theirs (各镇共受理…, 各县（市、区）…, 市政府各部门，共受理…), and so does
    /// a figure stated in the object's own clause (组织…并受理…12件 reads nothing, 培训 being out of scope).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aRegionWordGovernsOnlyItsOwnCount(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for (sentence, expected) in [("\(year)年，组织各镇（街道）开展培训，全年共受理申请12件。", "received=12!"),
                                     ("\(year)年，组织各镇开展培训2次，全年共受理政府信息公开申请12件。", "received=12!"),
                                     ("\(year)年，按照全市统一部署，共受理政府信息公开申请12件。", "received=12!"),
                                     ("\(year)年，指导各乡镇做好依申请公开工作，全年共收到政府信息公开申请5件。", "received=5!"),
                                     ("\(year)年，各镇共受理政府信息公开申请12件。", "received=12~"),
                                     ("\(year)年，各县（市、区）共受理政府信息公开申请300件。", "received=300~"),
                                     ("\(year)年，市政府各部门，共受理政府信息公开申请120件。", "received=120~"),
                                     ("\(year)年，全区政府信息公开工作稳步推进，共受理政府信息公开申请12件。", "received=12~"),
                                     ("\(year)年，按照全市统一部署，全市共受理政府信息公开申请300件。", "received=300~")] {
            #expect(Self.statements(claims, year: year, regionIsOwn: false, sentence) == expected, "\(sentence)")
        }
    }

    /// 2021年共受理依申请公开政府信息14件，已办结11件，余下3件转至2022年办理 (泉州经开区 2025): the rest carried to the next
    /// year, row 结转下年度继续办理 — 转至…下年 as 转结…下年 (before: unread). Transferred to another body stays unread.
    /// 其中发生行政复议、行政诉讼案件0件 (东疆综保区 2025, after its applications' outcomes): both appeals' totals none, but
    /// only the appeals 其中 of the year's applications led to — one may come of last year's answer: probable (before: nothing).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theRestCarriedAndTheAppealsOfThePart(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年共受理依申请公开政府信息14件，已办结11件，余下3件转至\(year + 1)年办理。", "received=14! closed=11! carriedForward=3!"),
            ("\(year)年共受理依申请公开政府信息14件，已办结11件，余下3件转至区住建局办理。", "received=14! closed=11!"),
            ("\(year)年共受理依申请公开17件。其中发生行政复议、行政诉讼案件0件。", "received=17! reviews=0~ lawsuits=0~"),
            ("\(year)年共受理依申请公开17件，发生行政复议、行政诉讼案件0件。", "received=17! reviews=0! lawsuits=0!"),
            ("\(year)年共受理依申请公开17件，其中予以公开和部分公开各0件。", "received=17! disclosed=0~ partlyDisclosed=0~"),
        ])
    }
}
