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

    /// 其中，予以公开的7件，部分公开的5件，本机关不掌握的22件 (溧水区政府办公室 2025): 的 between the sub-row's words and
    /// its figure (before: the 22 unread; the rows' own words already read through 的). 信息不存在的5件 stays unread:
    /// the 2008 form's category beside 非本机关掌握, both counted in this row.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theSubRowNotHeldWithDe(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年共办理政府信息公开申请34件，其中，予以公开的7件，部分公开的5件，本机关不掌握的22件，并向申请人说明了不予公开的理由和依据。",
             "closed=34~ disclosed=7! partlyDisclosed=5! unavailableNotHeld=22!"),
            ("共办理政府信息公开申请34件，其中，予以公开7件，信息不存在的5件，重复申请的2件。", "closed=34~ disclosed=7! notProcessedRepeated=2!"),
            ("本机关不掌握的信息，告知申请人向有关部门申请3件。", ""),
        ])
    }
}
