@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-eight's readings, in both forms: round eighty-seven's doubts.
extension NarrativeFormDataTests {
    /// 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持80件 (a probe): outcomes after the part naming
    /// table 四's subject were read as the part's on word order alone, so the 80 — more than the 4 it would follow,
    /// the whole's upheld — was certain (before: reviewUpheld=80!, a false error). Table 四's outcomes of a kind add up to
    /// its total at most: where those after a total add up to more, none of them is certain. Outcomes within the
    /// total stay certain (round eighty-seven's reading), and so do a report's own (维持3件，纠正1件 after 4).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func outcomesBeyondThePartAreNotItsOwn(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持80件。", "reviews=4! reviewUpheld=80~"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持80件，纠错2件。", "reviews=4! reviewUpheld=80~ reviewCorrected=2~"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持3件，纠错2件。", "reviews=4! reviewUpheld=3~ reviewCorrected=2~"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持3件，纠错1件。", "reviews=4! reviewUpheld=3! reviewCorrected=1!"),
            ("本年度因政府信息公开被申请行政复议4件，维持3件，纠正1件；被提起行政诉讼2件，维持2件。",
             "reviews=4! reviewUpheld=3! reviewCorrected=1! lawsuits=2~ lawsuitUpheld=2~"),
            ("本年度因政府信息公开被申请行政复议4件，结果维持4件。", "reviews=4! reviewUpheld=4!"),
        ])
    }

    /// 因政府信息公开被申请行政复议5件，其中，涉及依申请公开3件 (a probe): the reviews divided by the answer appealed.
    /// Before: received=3~ after 其中， alone (nothing without the comma), and worse, 其中，涉及不予公开3件 read
    /// withheld=3! — a false error against a right table 三 (withheld=3~ without the comma). A figure of table 三 in
    /// the part's clause right after an appeal's total is a part of the appeals: not read. The appeals' own outcomes
    /// there read as before, and after an applications' total the appeals stay a part's (probable).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPartOfTheAppealsIsNoRowOfTheApplications(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("因政府信息公开被申请行政复议5件，其中，涉及依申请公开3件。", "reviews=5!"),
            ("因政府信息公开被申请行政复议5件，其中，涉及不予公开3件。", "reviews=5!"),
            ("因政府信息公开被申请行政复议5件，其中涉及不予公开3件。", "reviews=5!"),
            ("因政府信息公开被申请行政复议5件，其中，涉及不予公开答复3件，维持2件。", "reviews=5! reviewUpheld=2!"),
            ("因政府信息公开被申请行政复议5件，其中，针对依申请公开答复3件，针对主动公开2件。", "reviews=5!"),
            ("因政府信息公开被申请行政复议5件，其中，维持3件，纠正2件。", "reviews=5! reviewUpheld=3! reviewCorrected=2!"),
            ("全年受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件。", "reviews=1~ lawsuits=0~"),
        ])
    }
}
