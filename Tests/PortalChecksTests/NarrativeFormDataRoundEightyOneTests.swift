@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-one's readings, in both forms: round seventy-nine's doubts, from the real pages' audit.
extension NarrativeFormDataTests {
    /// 我局未受理政府信息公开申请，行政复议和行政诉讼 (柴桑区林业局 2025): the reviews and lawsuits listed after
    /// the applications' none, to the sentence's end, are denied with them (before: received=0! only; with 、
    /// nothing at all, 复议 putting the applications' none out). Probable under 受理 (a review body's word for
    /// its caseload), certain under 收到. A list the sentence goes on from (均为0, 情况良好) adds nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func totalsListedAfterANoneAreNoneToo(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("截至\(year)年12月31日，我局未受理政府信息公开申请，行政复议和行政诉讼。", "received=0! reviews=0~ lawsuits=0~"),
            ("截至\(year)年12月31日，我局未受理政府信息公开申请、行政复议和行政诉讼。", "received=0! reviews=0~ lawsuits=0~"),
            ("\(year)年，我局未收到政府信息公开申请，行政复议和行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，我局未收到政府信息公开申请，行政复议和行政诉讼情况良好。", "received=0!"),
            ("\(year)年，我局未收到因政府信息公开申请引起的行政复议。", "reviews=0!"),
        ])
    }

    /// …及时向社会公开2020年我局未收到相关政府信息公开申请没有因信息公开申请行政复议提起行政诉讼的情况发生
    /// (钦州市交通运输局 2020, two sentences run together): the reviews' words belong to the none opening after
    /// the applications' with its own 没有 (before: the reviews' and lawsuits' nones only).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aNoneRunOnIntoAnotherKeepsItsOwn(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年我局未收到相关政府信息公开申请没有因信息公开申请行政复议提起行政诉讼的情况发生。", "received=0! reviews=0! lawsuits=0!"),
        ])
    }

    /// 印发《关于加强行政规范性文件制定和备案审查管理工作的通知》等规范性文件3件 (round seventy-nine's doubt):
    /// 备案 and 审查, the claim's `unless` words, stand in the title, which names a document, not what the figure
    /// counts (before: nothing). Outside a title they still put the figure out.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aTitlesWordsSayNothingAgainstTheFigure(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let issued = claims.claims.first { $0.label.contains("规范性文件") }?.id ?? "?"
        Self.expectReadings(claims, year: year, [
            ("\(year)年，印发《关于加强行政规范性文件制定和备案审查管理工作的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，印发《关于进一步加强和规范全县行政文件制定和备案审查管理工作的通知》等规范性文件3件。", "\(issued)=3!"),
            ("\(year)年，备案审查并印发《关于印发某某办法的通知》等规范性文件3件。", ""),
            ("\(year)年，对《关于印发某某办法的通知》等规范性文件3件进行备案审查。", ""),
        ])
    }
}
