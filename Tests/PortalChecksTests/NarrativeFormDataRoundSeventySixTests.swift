@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round seventy-six's readings, in both forms.
extension NarrativeFormDataTests {
    /// A figure said of communities or villages (各社区, 各村（社区）, 下辖各村) or of a named 社区 in a
    /// 街道's or 镇's report is theirs, not the office's own table: nothing read (before: received=5!,
    /// received=0!, received=1!). A 社区's own report (我社区, 本社区, 社区管委会) keeps its reading.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aCommunitysFigureIsNotTheOfficesOwn(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，各社区共收到政府信息公开申请5件。", ""),
            ("\(year)年，各村（社区）共受理依申请公开0件。", ""),
            ("\(year)年，某某社区收到政府信息公开申请1件。", ""),
            ("\(year)年，下辖各村共收到政府信息公开申请3件。", ""),
            ("\(year)年，各社区均未收到政府信息公开申请。", ""),
            ("\(year)年，各村（社区）均未收到政府信息公开申请。", ""),
            // A 社区's own report, and the office's own figure, as before.
            ("\(year)年，本社区共收到政府信息公开申请2件。", "received=2!"),
            ("\(year)年，我社区未收到依申请公开信息相关情况。", "received=0!"),
            ("\(year)年，林业社区管委会未收到公民、法人或其他组织提出的政府信息公开申请。", "received=0!"),
            ("\(year)年，我街道共收到政府信息公开申请3件，均已按时答复。", "received=3!"),
            // 社区 as the matter: the office's own applications.
            ("\(year)年，我局办理社区矫正相关政府信息公开申请2件。", "closed=2~"),
            ("\(year)年，各社区居民共提交政府信息公开申请4件。", ""),
        ])
    }

    /// Nones in words: 依申请公开“零受理”, 复议诉讼“零发生”, 零复议、零诉讼 and …情况均为零 (同安区应急管理局 2025,
    /// 滨湖区数据局 2025; before: nothing). 零 elsewhere (零距离, 零收取) and a rate of zero (纠错率为零,
    /// 超期率为零) name no none of a count.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aNoneInWordsIsRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年保持依申请公开“零受理”，相关费用“零收取”，复议诉讼“零发生”的优异记录。", "received=0! reviews=0! lawsuits=0!"),
            ("因信息公开工作被申请行政复议及提起行政诉讼情况均为零。", "reviews=0! lawsuits=0!"),
            ("\(year)年，因政府信息公开被申请行政复议和提起行政诉讼均为0。", "reviews=0! lawsuits=0!"),
            ("\(year)年，实现零复议、零诉讼。", "reviews=0! lawsuits=0!"),
            ("\(year)年，政府信息公开申请数量为零。", "received=0!"),
            ("\(year)年，依申请公开答复超期率为零。", ""),
            ("\(year)年，实现服务群众零距离。", ""),
        ])
    }

    /// 印发《关于印发…的通知》等规范性文件3件: the phrase's verb right before the titles and its noun
    /// right after them name the figure (before: nothing, round seventy-three's title rule dropping the
    /// title's 印发); a verb of no phrase before the titles (主动公开, 转发) still names nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aVerbBeforeTheTitlesNamesTheFigureAfterThem(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let issued = claims.claims.first { $0.label.contains("规范性文件") }?.id ?? "?"
        Self.expectReadings(claims, year: year, [
            ("\(year)年，印发《关于印发某某办法的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，印发《关于印发某某办法的通知》《关于印发某某细则的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，印发《关于印发某某办法的通知》等3件规范性文件。", "\(issued)=3!"),
            ("\(year)年，转发《关于印发某某办法的通知》等规范性文件3件。", ""),
            ("主动公开《关于印发〈某某办法〉的通知》等32件规范性文件。", ""),
        ])
    }
}
