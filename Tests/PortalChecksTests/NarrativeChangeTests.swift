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
        // Round seven: last year's figure stated beside this year's, and the
        // change after it still the one figure's (区县/街道 2021–2023 reports)
        ("本年度共收到政府信息公开申请12件，较2020年的8件增加4件。", "received@8 received+4"),
        ("本年度共收到政府信息公开申请12件，较上年的8件增加4件。", "received@8 received+4"),
        ("本年度共收到政府信息公开申请12件，较去年同期的8件增长50%。", "received@8 received+50%"),
        ("本年度共收到政府信息公开申请12件，上年为8件。", "received@8"),
        ("2021年共收到政府信息公开申请12件，2020年为8件，同比增长50%。", "received@8 received+50%"),
        ("本年度共收到政府信息公开申请12件，与上年8件相比有所增加。", "received@8"),
        ("本年度办结政府信息公开申请10件，比上年度的6件增加4件。", "closed@6 closed+4"),
        // 荣成市 2025: 与去年相比 opens the clause
        ("2021年，共收到政府信息公开申请6件，与去年相比减少3件，办结5件。", "received-3"),
        // The new level after 增加到 is no change but this year's figure
        // (round eight: `claim=12`); 办结上年度的2件 may be those carried over
        ("申请量由上年的8件增加到12件。", "received@8 received=12"),
        ("本年度办结政府信息公开申请由上年的10件下降至6件。", "closed@10 closed=6"),
        // Round ten: this year named between 到 and the level (round eight's leftover).
        ("申请量由上年的8件增加到2021年的12件。", "received@8 received=12"),
        ("本年度办结政府信息公开申请由上年的10件下降至本年度的6件。", "closed@10 closed=6"),
        ("申请量较上年增长到50%。", "-"),
        ("本年度办结上年度的2件申请。", "-"),
        // 上年 of the comparison is not 上年受理 (received's unless word)
        ("申请量较上年增加4件。", "received+4"),
        ("本年度收到政府信息公开申请12件，其中上年为8件的自然人申请增加。", "-"),
        // Last year's figure of another year, or a rate: nothing
        ("共收到政府信息公开申请12件，较2019年的8件增加4件。", "-"),
        ("办结率较上年的90%提高10个百分点。", "-"),
        // Round eight: last year's figure in brackets (较上年（8件）) is one
        // clause with the comparison, for the figure and the change after it
        ("本年度共收到政府信息公开申请12件，较上年（8件）增加4件。", "received@8 received+4"),
        ("申请量较上年（8件）增加4件。", "received@8 received+4"),
        ("本年度共收到政府信息公开申请12件，比上年度（8件）增长50%。", "received@8 received+50%"),
        ("本年度共收到政府信息公开申请12件（含上年结转3件），同比增加4件。", "-"),
        ("本年度办结政府信息公开申请12件（100%），较上年增加4件。", "closed+4"),
        // Round eight: a clause of a rise or fall and its figure only, right
        // after a change of the same sense, states it in the other measure
        ("本年度共收到政府信息公开申请12件，同比增加4件，增长50%。", "received+4 received+50%"),
        ("本年度共收到政府信息公开申请12件，同比增长50%，增加4件。", "received+50% received+4"),
        ("本年度办结政府信息公开申请6件，较上年减少2件，下降了25%。", "closed-2 closed-25%"),
        ("本年度共收到政府信息公开申请12件，同比增加4件，办结10件。", "received+4"),
        ("本年度共收到政府信息公开申请12件，同比增加4件，下降50%。", "received+4"),
        ("本年度共收到政府信息公开申请12件，同比增加4件。增长50%。", "received+4"),
        // Round eight: a change by applicant (一 自然人, 一 法人或其他组织 of
        // last year's report); by channel, not in the tables, nothing
        ("本年度共收到政府信息公开申请12件，其中自然人申请10件，同比增加2件。", "received.自然人+2"),
        ("本年度共收到政府信息公开申请12件，其中自然人申请10件，同比增加2件，增长25%。", "received.自然人+2 received.自然人+25%"),
        ("本年度共收到政府信息公开申请12件，其中自然人申请较上年增加3件。", "received.自然人+3"),
        ("本年度共收到政府信息公开申请12件，其中法人或其他组织申请2件，较上年减少1件。", "received.法人或其他组织-1"),
        ("本年度办结政府信息公开申请12件，其中自然人申请10件，较上年增加2件。", "closed.自然人+2"),
        ("本年度共收到政府信息公开申请12件，其中网上申请10件，同比增加2件。", "-"),
        ("本年度共收到政府信息公开申请12件，其中网上申请较上年增加3件。", "-"),
        ("自然人申请较上年增加3件。", "-"),
        ("本年度共收到政府信息公开申请12件，办结12件，其中自然人申请较上年增加3件。", "-"),
    ]

    static let matcher: NarrativeMatcher? = FormLoader.builtInForms().forms["gov-info-2021"].map { NarrativeMatcher($0.narrativeClaims) }
    static let columns = NarrativeClaimsCorpusTests.columns

    @Test(arguments: cases.map(\.0))
    func readsTheStatedChange(sentence: String) throws {
        let matcher = try #require(Self.matcher)
        let expected = Self.cases.first { $0.0 == sentence }!.1
        let read = Self.describe(matcher.changes(in: NarrativeText(sentence, folding: matcher.folding), year: 2021, columns: Self.columns))
        #expect(read == expected, "\(sentence) => \(read)")
    }

    /// A region's change (全区…同比增长) in a department's or a 街道's report
    /// is read as the figure rule reads the region's figures: not certain
    /// (`namesRegion`), so rule narrative-change does not compare it; in a
    /// government's report, and without a region word, certain.
    @Test func aRegionsChangeIsCertainOnlyWhereTheRegionIsTheAgencys() throws {
        var matcher = try #require(Self.matcher)
        let certainty = { (matcher: NarrativeMatcher, sentence: String) in
            matcher.changes(in: NarrativeText(sentence, folding: matcher.folding), year: 2021, columns: Self.columns).map(\.certain)
        }
        let region = "2021年，全区共收到政府信息公开申请130件，申请量同比增长103%，增加66件。"
        let own = "2021年，我局共收到政府信息公开申请130件，申请量同比增长103%。"
        #expect(certainty(matcher, region) == [true, true])
        matcher.regionIsOwn = false
        #expect(certainty(matcher, region) == [false, false])
        #expect(certainty(matcher, own) == [true])
    }

    /// `claim+3`, `claim-16.6%`, `claim@8` for last year's figure, `claim=12`
    /// for the level reached; `-` for none.
    static func describe(_ changes: [NarrativeChange]) -> String {
        let found = changes.map { change in
            switch change.measure {
            case .lastYear: "\(change.claim.id)@\(change.value.plainText)"
            case .level: "\(change.claim.id)=\(change.value.plainText)"
            case .count, .percent: "\(change.claim.id)\(change.value >= 0 ? "+" : "")\(change.value.plainText)\(change.measure == .percent ? "%" : "")"
            }
        }
        return found.isEmpty ? "-" : found.joined(separator: " ")
    }
}
