@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-seven's readings, in both forms: round eighty-six's doubts.
extension NarrativeFormDataTests {
    /// 未收到公民依法提出的政府信息公开申请 (鞍山市公安局 2020): decided, kept certain. 公民 alone is the 条例's
    /// 公民、法人或者其他组织 shortened, the public; the table's column is 自然人, and a report naming that column says
    /// 公民个人 or 自然人, which put the none out (one column, not the total). The figure reads the same way already:
    /// 收到公民提出的…申请2件 is the total (收到公民信息公开申请5件, 共收到公民政府信息公开申请35件 in the corpus).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func citizenAloneStandsForThePublic(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year) 年，我局未收到公民依法提出的政府信息公开申请。", "received=0!"),
            ("\(year)年，我局未收到公民提出的政府信息公开申请。", "received=0!"),
            ("\(year)年，我局收到公民提出的政府信息公开申请2件。", "received=2!"),
            ("\(year)年，我局未收到公民个人提出的政府信息公开申请。", ""),
            ("\(year)年，我局未收到自然人提出的政府信息公开申请。", ""),
        ])
    }

    /// 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，被纠错1件: the outcomes after the part naming
    /// table 四's subject are that part's — the author names the part, then what became of it; the whole's outcomes
    /// would stand before 其中. So they are the table's, as certain as the part (probable in a department's report).
    /// Before: the whole, probable for 全区, was put out by 被纠 or 结果 anywhere in its sentence, so the part found no
    /// whole and read as a part's (reviews=4~ reviewCorrected=1~). A whole followed by its own outcomes before the
    /// part keeps everything probable.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func outcomesAfterAPartDividedBySubject(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，被纠错1件。", "reviews=4! reviewCorrected=1!"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，结果维持3件、纠正1件。", "reviews=4! reviewUpheld=3! reviewCorrected=1!"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，尚未审结1件。", "reviews=4! reviewPending=1!"),
            ("全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持3件，纠错1件。", "reviews=4! reviewUpheld=3! reviewCorrected=1!"),
            ("全区共发生行政复议案件120件，维持80件，其中涉及政府信息公开行政复议4件。", "reviews=120~ reviewUpheld=80~ reviews=4~"),
        ])
        #expect(Self.statements(claims, year: year, regionIsOwn: false, "全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，被纠错1件。")
            == "reviews=4~ reviewCorrected=1~")
    }

    /// 全市共发生行政复议案件120件，其中，涉及政府信息公开行政复议4件: 其中 standing alone in its clause divides as
    /// 其中涉及… does (before: reviews=120~ reviews=4~, and 行政诉讼案件5件，其中，涉及政府信息公开1件 read lawsuits=5!, a
    /// false error against a table of 1). A review body's caseload (办理) stays unread and its part probable. After an
    /// applications' total (嵊州's shape with a comma) the appeals stay a part's, and now their outcomes too.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPartWordAloneBeforeTheSubjectPart(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全市共发生行政复议案件120件，其中，涉及政府信息公开行政复议4件。", "reviews=4!"),
            ("全市共发生行政复议案件120件，其中：涉及政府信息公开行政复议4件。", "reviews=4!"),
            ("全市共发生行政复议案件120件，其中，涉及政府信息公开行政复议4件，维持3件。", "reviews=4! reviewUpheld=3!"),
            ("\(year)年，共发生行政复议案件12件，其中，因政府信息公开申请行政复议3件，行政诉讼案件5件，其中，涉及政府信息公开1件。", "reviews=3!"),
            ("全市共办理行政复议案件120件，其中，涉及政府信息公开行政复议4件。", "reviews=4~"),
            ("全年受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件。", "reviews=1~ lawsuits=0~"),
            ("全年答复办理政府信息公开申请56件，其中，涉及行政复议4件，被纠错2件。", "closed=56! reviews=4~ reviewCorrected=2~"),
        ])
        #expect(Self.statements(claims, year: year, regionIsOwn: false, "全市共发生行政复议案件120件，其中，涉及政府信息公开行政复议4件。") == "reviews=4~")
    }

    /// 发布文件15份（不予公开7份，依申请公开5份） (朝阳市龙城区 2025): documents by their disclosure attribute in a
    /// bracket, as after 其中 (before: received=5~ withheld=7~, two warnings against a right table). 共接收群众、企业申请
    /// 公开12件 (the same report) and 共接收群众申请公开4件 (a 区, round eight): the applicant between the verb and
    /// 申请公开 (before: nothing).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func documentsByAttributeAndTheApplicantBeforeTheApplication(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let newWords = ["发布文件…其中", "发布文件…（", "发布文件…(", "发文…（", "发文…(", "收到…申请公开", "受理…申请公开", "接收…申请公开", "接到…申请公开"]
        let before = Self.changing(claims) { claim in
            claim.unlessBefore.removeAll { newWords.contains($0) }
            claim.phrases.removeAll { newWords.contains($0) }
        }
        Self.expectReadNowAndBefore([
            ("今年以来，发布文件15份（不予公开7份，依申请公开5份），配套政策解读3个。", "", "withheld=7~ received=5~"),
            ("今年以来，发布文件15份，其中不予公开7份，依申请公开5份。", "", "withheld=7~ received=5~"),
            ("全年共接收群众、企业申请公开12件，11件已按时限进行答复，未产生行政复议及行政诉讼。", "received=12! reviews=0! lawsuits=0!",
             "reviews=0! lawsuits=0!"),
            ("我区共接收群众申请公开4件，其中提起诉讼的1件，目前正在审理中。", "received=4!", ""),
            ("全年共收到群众申请公开政府信息3件。", "received=3!", ""),
            ("\(year)年，收到申请公开21条，办结21条。", "received=21! closed=21!", "received=21! closed=21!"),
        ], now: claims, before: before, year: year)
    }

    /// 5、因政府信息公开申请行政复议、提起行政诉讼的情况:无 (舟曲县八楞乡 2021, a real page): the old template's item
    /// answered after its colon, 无 alone — both nones (before: nothing; each none is read within its clause, and the
    /// colon ends one). Only 无 alone answers: 无变化, 无法统计, 本年度无 read nothing, and an item stating a figure is
    /// no none's.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func anItemAnsweredWithNone(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("5、因政府信息公开申请行政复议、提起行政诉讼的情况:无。", "reviews=0! lawsuits=0!"),
            ("（五）因政府信息公开申请行政复议、提起行政诉讼的情况：无。", "reviews=0! lawsuits=0!"),
            ("因政府信息公开申请行政复议情况：无。", "reviews=0!"),
            ("因政府信息公开申请行政复议、提起行政诉讼的情况：无变化。", ""),
            ("政府信息公开行政复议、行政诉讼情况：本年度无。", ""),
            ("行政复议情况：无法统计。", ""),
            ("因政府信息公开申请行政复议、提起行政诉讼的情况：被申请行政复议1件，无行政诉讼。", "reviews=1! lawsuits=0!"),
        ])
    }
}
