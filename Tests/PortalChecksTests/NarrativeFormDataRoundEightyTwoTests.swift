@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-two's readings, in both forms: round eighty-one's doubts.
extension NarrativeFormDataTests {
    /// 2020年,周口市各级、各部门共收到政府信息公开申请347件 (周口市 2020): several bodies together are the
    /// region, each with its own report and table, so their figure is read as 全市's is — probable in a
    /// department's report and in a government's report of its own level (before: certain in both), the
    /// report's own where the government's report counts the region, as 周口's preamble says
    /// (汇总各县(市、区)、市政府各部门工作情况编制而成: 347 stays certain). 全年共收到, no such subject, is the publisher's.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func severalBodiesAreTheRegion(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let zhoukou = "\(year)年,周口市各级、各部门共收到政府信息公开申请347件,结转下年度办理3件。"
        #expect(Self.statements(claims, year: year, regionIsOwn: false, zhoukou) == "received=347~ carriedForward=3~")
        #expect(Self.statements(claims, year: year, scope: .ownLevel, zhoukou) == "received=347~ carriedForward=3~")
        #expect(Self.statements(claims, year: year, scope: .region, zhoukou) == "received=347! carriedForward=3!")
        #expect(Self.statements(claims, year: year, zhoukou) == "received=347! carriedForward=3!")
        let preamble = "本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)有关规定,由周口市人民政府办公室汇总各县(市、区)、市政府各部门工作情况编制而成。"
        let matcher = NarrativeMatcher(claims)
        #expect(matcher.reportScope(preamble: NarrativeText(preamble, folding: claims.scalarFolding), narratives: []) == .region)
        for (sentence, figure) in [("\(year)年，市政府各部门共受理政府信息公开申请120件。", 120), ("\(year)年，局属各单位共受理政府信息公开申请12件。", 12),
                                   ("\(year)年，各县（市、区）共受理政府信息公开申请300件。", 300), ("\(year)年，各级行政机关共受理政府信息公开申请449件。", 449)] {
            #expect(Self.statements(claims, year: year, regionIsOwn: false, sentence) == "received=\(figure)~", "\(sentence)")
            #expect(Self.statements(claims, year: year, scope: .ownLevel, sentence) == "received=\(figure)~", "\(sentence)")
        }
        // A government's narrative naming its level beside them: theirs, not the level's table (before: received=300!).
        #expect(Self.statements(claims, year: year, "\(year)年，区政府本级共受理206件，各部门共受理政府信息公开申请300件。") == "received=300~")
        // The publisher's own, as before.
        #expect(Self.statements(claims, year: year, regionIsOwn: false, "\(year)年，全年共收到政府信息公开申请12件。") == "received=12!")
        #expect(Self.statements(claims, year: year, scope: .ownLevel, "\(year)年，区政府本级共受理政府信息公开申请206件。") == "received=206!")
        // Their reviews in a government's report: probable, as 全市's caseload is (before: reviews=66!).
        let appeals = "\(year)年，各级、各部门共发生政府信息公开行政复议66件，行政诉讼202件。"
        #expect(Self.statements(claims, year: year, appeals) == "reviews=66~ lawsuits=202!")
        #expect(Self.statements(claims, year: year, appeals) == Self.statements(claims, year: year, appeals.replacingOccurrences(of: "各级、各部门", with: "全市")))
    }

    /// 2020年我局新收到政府信息公开申请4件,均未予以公开 (平阳县市场监管局 2020): left unread, deliberately.
    /// 未予以公开 is no row of table 三: the four may be 不予公开, 无法提供, 不予处理 or 其他处理 (or still open),
    /// and 予以公开 = 0 holds for these four only, while the cell counts last year's carried-over ones too.
    /// 均不予公开 is left with it (不予公开 of these four is not the row, for the same reason).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func noneDisclosedOfTheNewOnesIsNoCell(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年我局新收到政府信息公开申请4件,均未予以公开。", "received=4!"),
            ("\(year)年，我局新收到政府信息公开申请4件，均未予公开。", "received=4!"),
            ("\(year)年，我局新收到政府信息公开申请4件，均不予公开。", "received=4!"),
        ])
    }

    /// The list after a none reads only totals the form's phrases name (reviews, lawsuits): 投诉, 举报 name no
    /// cell. Joined by 、 the reviews' and lawsuits' own nones read them (未收到……行政复议); an item of no cell
    /// between commas ends the list (a miss, no false reading); the applications after the reviews' none are
    /// no list item (未发生行政复议、政府信息公开申请 reads the reviews only: 发生 is no word of applications).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aListAfterANoneReadsTheFormsTotalsOnly(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，我局未收到政府信息公开申请、投诉举报、行政复议和行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，我局未收到政府信息公开申请及相关投诉、举报、行政复议和行政诉讼。", "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，我局未收到政府信息公开申请，投诉举报，行政复议和行政诉讼。", "received=0!"),
            ("\(year)年，我局未受理政府信息公开申请、投诉。", "received=0!"),
            ("\(year)年，未发生行政复议、政府信息公开申请。", "reviews=0!"),
        ])
    }
}
