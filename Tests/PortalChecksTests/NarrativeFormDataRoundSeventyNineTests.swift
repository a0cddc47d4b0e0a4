@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round seventy-nine's readings, in both forms.
extension NarrativeFormDataTests {
    /// The office's none said together with its communities' (街道及各社区均未收到…申请): if none came to
    /// them all, none came to the office, so its own none is read (before: nothing, round seventy-six's
    /// doubt). A figure of them all, a list opening with the villages, or the communities alone still
    /// read nothing: those figures are not the office's table.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theOfficesNoneSaidWithItsCommunitiesIsRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，街道及各社区均未收到政府信息公开申请。", "received=0!"),
            ("\(year)年，我镇及各社区均未收到政府信息公开申请，未发生行政复议、行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，街道和各社区均没有收到政府信息公开申请。", "received=0!"),
            ("\(year)年，街道及各社区共收到政府信息公开申请3件。", ""),
            ("\(year)年，各村及各社区均未收到政府信息公开申请。", ""),
            ("\(year)年，各社区均未收到政府信息公开申请。", ""),
            ("\(year)年，下辖各社区均未收到政府信息公开申请。", ""),
        ])
    }

    /// 印发《关于进一步加强和规范全县行政规范性文件制定的通知》等规范性文件3件: a title too long for the
    /// phrase's gap left no match ending at the figure to retry (round seventy-six's limit; before:
    /// nothing); the verb right before the titles and the noun right after them name the figure. A verb
    /// of no phrase (转发) or the title's words alone still name nothing; a title holding the claim's
    /// `unless` words (…备案审查管理工作的通知) reads since round eighty-one.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aLongTitleBetweenVerbAndNounNamesTheFigure(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let issued = claims.claims.first { $0.label.contains("规范性文件") }?.id ?? "?"
        let title = "《关于进一步加强和规范全县行政规范性文件制定的通知》"
        Self.expectReadings(claims, year: year, [
            ("\(year)年，印发\(title)等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，印发\(title)《关于印发某某办法的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，转发\(title)等规范性文件3件。", ""),
            ("\(year)年，印发《关于进一步加强某某工作的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，公开\(title)等文件3件。", ""),
            // Round eighty-one: the title's 备案审查 says nothing against the figure (before: nothing).
            ("\(year)年，印发《关于进一步加强和规范全县行政文件制定和备案审查管理工作的通知》等规范性文件3件。", "\(issued)=3!"),
        ])
    }

    /// 收到网上咨询2152条,全部按时办结,公开答复1978条 (周口市 2020, round seventy-eight's page): the replies
    /// are the online questions', not applications (before: closed=1978!, a false error against 三（七）;
    /// 咨询 put out its own clause only). A figure before the questions stays the applications'.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func repliesToQuestionsAreNotClosedApplications(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，收到网上咨询2152条，全部按时办结，公开答复1978条，平均办理时间3.2天。", ""),
            ("\(year)年，收到政府信息公开申请3件，收到网上咨询20条，答复20条。", "received=3!"),
        ])
    }
}
