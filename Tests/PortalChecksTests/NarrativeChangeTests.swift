import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The changes from last year the matcher reads (rule narrative-change), in
/// sentences shaped like real reports' (figures invented); a year in the
/// report is 2021.
@Suite("Narrative changes")
struct NarrativeChangeTests {
    static let cases: [(String, String)] = [
        ("2021年，全区共收到政府信息公开申请130件，申请量同比增长103%。", "received+103%"),
        ("全市共接收政府信息公开申请14283件，较上年下降16.6%；答复13870件。", "received-16.6%"),
        ("本年度共收到政府信息公开申请12件，比上年增加3件。", "received+3"),
        ("本年度办结政府信息公开申请10件，较2020年减少了2件。", "closed-2"),
        ("新收政府信息公开申请数量同比下降20%。", "received-20%"),
        ("全市共接收政府信息公開申請140件，較上年減少12件。", "received-12"),
        ("上年结转政府信息公开申请2件，较上年增加3件。", "carriedOver+3"),
        // A rate, a multiple, a consultation count, letters, an approximate or unchanged figure: nothing
        ("办结率同比提高5个百分点。", "-"),
        ("申请量同比增长1.2倍。", "-"),
        ("政务咨询量同比增长20%。", "-"),
        ("受理12345热线工单300件，同比增长10%。", "-"),
        ("共收到政府信息公开申请12件，同比增长约20%。", "-"),
        ("共收到政府信息公开申请12件，与上年持平。", "-"),
        // Two figures before it: either may be the one compared
        ("共收到政府信息公开申请12件，办结12件，同比增长20%。", "-"),
        // Another year than last: not a change from last year
        ("共收到政府信息公开申请12件，较2019年增加3件。", "-"),
    ]

    static let matcher: NarrativeMatcher? = FormLoader.builtInForms().forms["gov-info-2021"].map { NarrativeMatcher($0.narrativeClaims) }

    @Test(arguments: cases.map(\.0))
    func readsTheStatedChange(sentence: String) throws {
        let matcher = try #require(Self.matcher)
        let expected = Self.cases.first { $0.0 == sentence }!.1
        let found = matcher.changes(in: NarrativeText(sentence, folding: matcher.folding), year: 2021).map {
            "\($0.claim.id)\($0.value >= 0 ? "+" : "")\($0.value.plainText)\($0.isPercent ? "%" : "")"
        }
        #expect((found.isEmpty ? "-" : found.joined(separator: " ")) == expected, "\(sentence)")
    }
}
