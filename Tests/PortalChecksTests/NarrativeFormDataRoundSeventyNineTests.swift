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
}
