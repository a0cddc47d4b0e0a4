@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-nine's readings, in both forms: round eighty-eight's doubts.
extension NarrativeFormDataTests {
    /// 因政府信息公开被申请行政复议5件，其中，维持2件，涉及不予公开3件 (a probe, invented): round eighty-eight divided the
    /// appeals only in the part's clause right after their total, so a part named after an outcome read as table 三's row
    /// (before: withheld=3!, a false error; closed=3! for 针对依申请公开答复3件; withheld=3~ after 维持2件，其中涉及…;
    /// partlyDisclosed=2~ in a second part's clause). A clause opening with a word of the answer appealed (涉及, 针对),
    /// reached from the total through its outcomes' or such parts' clauses, divides the appeals too. A clause after the
    /// outcomes naming no answer appealed is a run-on sentence's next matter, read as before (结转下年度2件).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPartOfTheAppealsAfterTheirOutcomes(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("因政府信息公开被申请行政复议5件，其中，维持2件，涉及不予公开3件。", "reviews=5! reviewUpheld=2!"),
            ("因政府信息公开被申请行政复议5件，其中维持2件，涉及不予公开3件。", "reviews=5! reviewUpheld=2!"),
            ("因政府信息公开被申请行政复议5件，维持2件，其中涉及不予公开3件。", "reviews=5! reviewUpheld=2!"),
            ("因政府信息公开被申请行政复议5件，其中，维持2件，纠正1件，涉及不予公开3件。", "reviews=5! reviewUpheld=2! reviewCorrected=1!"),
            ("因政府信息公开被申请行政复议5件，其中，维持2件，针对依申请公开答复3件。", "reviews=5! reviewUpheld=2!"),
            ("因政府信息公开被申请行政复议5件，其中，涉及不予公开3件，涉及部分公开2件。", "reviews=5!"),
            ("因政府信息公开被提起行政诉讼2件，其中，维持1件，涉及不予公开1件。", "lawsuits=2! lawsuitUpheld=1!"),
            ("本年度因政府信息公开被申请行政复议1件，其中维持1件，结转下年度2件。", "reviews=1! reviewUpheld=1! carriedForward=2!"),
            ("被申请行政复议1件，针对群众关切，办结政府信息公开申请5件。", "reviews=1~ closed=5!"),
        ])
    }

    /// Table 三's outcomes written with 的: decided, round eighty-eight's reading holds (a pin: passes before and after).
    /// The rows' and sub-rows' own words read through 的 (需要另行制作的3件); 信息不存在的 and 不属于本行政机关公开的 stay
    /// unread — the 2008 form's two categories, both counted in 本机关不掌握相关政府信息 (see the next test).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func outcomesWrittenWithDe(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("共办理政府信息公开申请34件，其中，予以公开7件，不属于本行政机关公开的3件。", "closed=34~ disclosed=7!"),
            ("共办理政府信息公开申请34件，其中，予以公开7件，需要另行制作的3件。", "closed=34~ disclosed=7! unavailableNeedsCreation=3!"),
            ("共办理政府信息公开申请34件，其中，予以公开7件，不予公开的3件，无法提供的2件，不予处理的1件。",
             "closed=34~ disclosed=7! withheld=3! unavailable=2! notProcessed=1!"),
        ])
    }

    /// \(year)年上半年，共收到政府信息公开申请5件 (a probe, invented): a part of the year heading the sentence in a clause
    /// of its own was not looked at — outOfScope's 上半年 puts out its own clause only (before: received=5!, a false error
    /// against the year's 12; 第一季度 the same). 近三年共收到…50件, 三年来…: a span of years (before: received=50!). The
    /// period must end its clause (在第三季度开展培训， is an event's time) and the figure's clause not name the year again
    /// (…，全年共收到…12件); 一年来 and 今年以来 are the report's year.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPeriodHeadingTheSentence(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年上半年，共收到政府信息公开申请5件。", ""),
            ("\(year)年第一季度，收到政府信息公开申请3件，办结3件。", ""),
            ("近三年来，共收到政府信息公开申请50件。", ""),
            ("近三年共收到政府信息公开申请50件。", ""),
            ("三年来共收到政府信息公开申请50件。", ""),
            ("\(year)年上半年，共收到政府信息公开申请5件，全年共收到政府信息公开申请12件。", "received=12!"),
            ("上半年召开会议2次，全年共收到政府信息公开申请12件。", "received=12!"),
            ("\(year)年，在第三季度开展培训，收到政府信息公开申请3件。", "received=3!"),
            ("一年来，共收到政府信息公开申请5件。", "received=5!"),
            ("今年以来，我局共收到政府信息公开申请3件。", "received=3!"),
        ])
    }

    /// 因本机关不掌握相关政府信息无法提供1件，信息不存在的1件 (高平市人民政府办公室 2022, a real page; 12 = 2 + 8 + 1 + 1):
    /// 信息不存在 counted after the sub-row's figure is its other part, so the 1 is a part of 本机关不掌握相关政府信息's cell
    /// (before: unavailableNotHeld=1!, a false error where the table counts both there, 2). The sub-row alone reads as before
    /// (the last line: 高平's 2021 report, its commas full-width).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func notHeldBesideInformationThatDoesNotExist(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("处理结果中，予以公开2件，部分公开8件，因本机关不掌握相关政府信息无法提供1件，信息不存在的1件。", "disclosed=2! partlyDisclosed=8!"),
            ("共办理政府信息公开申请34件，其中，予以公开7件，本机关不掌握的4件，信息不存在的3件。", "closed=34~ disclosed=7!"),
            ("处理结果中，予以公开0件，部分公开2件，因本机关不掌握相关政府信息无法提供1件，转下一年办理0件。",
             "disclosed=0! partlyDisclosed=2! unavailableNotHeld=1! carriedForward=0!"),
        ])
    }
}
