@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-five's readings, in both forms: round eighty-four's doubts.
extension NarrativeFormDataTests {
    /// The verbs of a task whose object a region word is (组织, 指导, 按照…) are the form's words (`taskVerbs`), as
    /// `regionWords` are: a form without them reads 组织各镇（街道）开展培训，全年共受理申请12件 in a department's report as
    /// the towns' figure (received=12~), with them as the department's own (received=12!). Before, a Swift list.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theTaskVerbsAreTheFormsWords(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(claims.taskVerbs.contains("组织") && claims.taskVerbs.contains("按照"))
        var without = claims
        without.taskVerbs = []
        for (sentence, with, withoutVerbs) in [("\(year)年，组织各镇（街道）开展培训，全年共受理申请12件。", "received=12!", "received=12~"),
                                                ("\(year)年，按照全市统一部署，共受理政府信息公开申请12件。", "received=12!", "received=12~"),
                                                ("\(year)年，各镇共受理政府信息公开申请12件。", "received=12~", "received=12~")] {
            #expect(Self.statements(claims, year: year, regionIsOwn: false, sentence) == with, "\(sentence)")
            #expect(Self.statements(without, year: year, regionIsOwn: false, sentence) == withoutVerbs, "\(sentence)")
        }
    }

    /// A malformed `taskVerbs` (a word, not a list) is refused against the form file's line, as its siblings are.
    @Test func aMalformedTaskVerbsIsRefusedWithItsLine() throws {
        var lines = try Self.shipped().components(separatedBy: "\n")
        let entry = try #require(lines.firstIndex { $0.hasPrefix("  taskVerbs: [") })
        lines[entry] = "  taskVerbs: 组织"
        let text = lines.joined(separator: "\n")
        let diagnostics = FormLoader.parse(text, path: "forms/test.yaml").diagnostics
        let refusal = try #require(diagnostics.first { $0.message.contains("“taskVerbs” must be a list") })
        #expect(refusal.location.path == "forms/test.yaml" && refusal.location.line == entry + 1)
        #expect(refusal.severity == .error)
    }

    /// An appeal's total after 其中 in its clause is a part's: 全年答复办理政府信息公开申请56件，其中涉及行政复议4件，被纠错2件
    /// (嵊州市政府办 2022) — the reviews the 56 answers led to, perhaps not all table 四 counts (one may be of last year's
    /// answer): reviews=4~ and its outcome after it reviewCorrected=2~ (before: the 4 unread, the 2 certain). So 灵武市 2023's
    /// 其中行政复议2件、行政诉讼1件 (before: nothing) and, with 其中， standing alone, 银川市政府办 2023's 其中，行政复议1件、
    /// 行政诉讼0件 (before: certain). A share after a part's appeals is the list's, tied to neither. Outcomes after 其中 of
    /// a stated total stay certain.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func anAppealOfAPartIsProbable(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年答复办理政府信息公开申请56件，其中涉及行政复议4件，被纠错2件；涉及行政诉讼3件，败诉0件。",
             "closed=56! reviews=4~ reviewCorrected=2~ lawsuits=3~ lawsuitCorrected=0~"),
            ("\(year)年，共受理答复政府信息公开申请12件，其中行政复议2件、行政诉讼1件。", "reviews=2~ lawsuits=1~"),
            ("按时按期、依法依规做好答复，受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件。", "reviews=1~ lawsuits=0~"),
            ("\(year)年我区共收到669份政府信息公开申请件，其中因信息公开申请引起的行政复议21宗、行政诉讼10宗，占申请件比例4.63%。",
             "received=669! reviews=21~ lawsuits=10~"),
            ("\(year)年，因政府信息公开被申请行政复议5件，其中维持2件，纠正1件。", "reviews=5! reviewUpheld=2! reviewCorrected=1!"),
        ])
    }

    /// 受理的信息公开申请也未被申请人提起行政复议、行政诉讼的情况 (昌吉州发改委 2024): the applicant between 未被 and 提起, and
    /// 受理 (a review body's word) before the passive none, describing the applications the agency accepted. Before:
    /// nothing; now both nones. A review body's cases (its kind named before the none) and last year's still read nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theApplicantBetweenThePassiveAndItsVerb(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年我委已回复依申请公开信息7条，申请事项集中在项目立项批复领域，受理的信息公开申请也未被申请人提起行政复议、行政诉讼的情况。",
             "reviews=0! lawsuits=0!"),
            ("\(year)年，我局受理的信息公开申请未被申请人提起行政复议。", "reviews=0!"),
            ("\(year)年，本机关受理的行政复议案件未被提起行政诉讼。", ""),
            ("\(year)年，上年受理的申请未被申请人提起行政复议。", ""),
            ("\(year)年，我局未被申请行政复议、提起行政诉讼。", "reviews=0! lawsuits=0!"),
        ])
    }

    /// 全年发布行政规范性文件7件,废止0件,现行有效文件30件 (桐柏县 2023): left, deliberately — 发布 before the noun is
    /// publishing as often as issuing, and reading it only beside 废止 would need a phrase to look past its clause.
    /// Pinned: the repealed column only (2021 form; the trial form has none), 发布规范性文件1件 nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func tongbaisPublishingStaysUnread(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年发布行政规范性文件7件,废止0件,现行有效文件30件。", id == "gov-info-2021" ? "normativeDocumentsRepealed=0~" : ""),
            ("\(year)年，发布规范性文件1件。", ""),
        ])
    }
}
