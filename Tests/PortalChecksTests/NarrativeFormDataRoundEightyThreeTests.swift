@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighty-three's readings, in both forms: round eighty-two's doubts.
extension NarrativeFormDataTests {
    /// 全年，我镇政府未收到公民、法人和其他组织申请公开政府信息以及有关政府信息公开工作的举报、投诉、行政复议或者行政诉讼
    /// (隆昌市石碾镇 2021, the old template's words): one 未收到 over two objects joined by 以及 — the applications, and
    /// 有关政府信息公开工作的 举报、投诉、行政复议或者行政诉讼. Three nones of the form's: applications, reviews and lawsuits
    /// (of disclosure work, as table 四's); 举报 and 投诉 name no cell and are read as nothing, never as applications.
    /// Before: nothing (the reviews' 未收到 too far before them, 复议 putting the applications' none out).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theTemplatesNonesAreEachRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年，我镇政府未收到公民、法人和其他组织申请公开政府信息以及有关政府信息公开工作的举报、投诉、行政复议或者行政诉讼。",
             "received=0! reviews=0! lawsuits=0!"),
            ("\(year)年，我局未接到公民、法人或者其他组织申请公开政府信息以及有关政府信息公开工作的举报、投诉、行政复议和行政诉讼。",
             "received=0! reviews=0! lawsuits=0!"),
            // The complaints alone after 以及 (as a 街道's 2021 report writes): the applications' none only, as before.
            ("\(year)年，我街道未收到公民、法人或者其他组织申请公开政府信息以及有关政府信息公开工作的举报、投诉。", "received=0!"),
            // A review's decision after 以及 (决定, the reviews' unless word) stays unread; the applications' none is read.
            ("\(year)年，我局未收到公民、法人和其他组织申请公开政府信息以及有关政府信息公开工作的行政复议决定。", "received=0!"),
        ])
    }

    /// 本市各级行政机关 (上海's reports: 本市各级行政机关共受理…申请12147件) is several bodies already — its
    /// 各级行政机关 is a region word since round eighty-two, so its figure in a department's report is the city's
    /// (probable); pinned here. Its kin not yet known were: 各街镇, 各镇街 and 各镇（街道）, 各委办局 (the city's departments,
    /// 上海's and 重庆's words) — several bodies, each with its own report and table, read as 全市 is (before: certain).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theCitysBodiesAreTheRegion(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for (sentence, figure) in [("\(year)年，本市各级行政机关共受理政府信息公开申请12147件。", 12147),
                                   ("\(year)年，本区各级行政机关共收到政府信息公开申请449件。", 449),
                                   ("\(year)年，本区各街镇共收到政府信息公开申请36件。", 36),
                                   ("\(year)年，各镇街共受理政府信息公开申请48件。", 48),
                                   ("\(year)年，各镇（街道）共受理政府信息公开申请30件。", 30),
                                   ("\(year)年，市政府各委办局共受理政府信息公开申请120件。", 120)] {
            #expect(Self.statements(claims, year: year, regionIsOwn: false, sentence) == "received=\(figure)~", "\(sentence)")
            #expect(Self.statements(claims, year: year, scope: .ownLevel, sentence) == "received=\(figure)~", "\(sentence)")
        }
        // Their reviews in a government's report: probable, a region's caseload (before: reviews=6!).
        #expect(Self.statements(claims, year: year, "\(year)年，本区各街镇共发生政府信息公开行政复议6件。") == "reviews=6~")
        // The publisher's own: the city's bodies named in a bracket after its figure (上海市住建委 2025) say nothing of it.
        #expect(Self.statements(claims, year: year, regionIsOwn: false,
                                "\(year)年，我委新收到政府信息公开申请1182件（同比增长0.4%，在全市各委办局中位列第三）。") == "received=1182!")
        #expect(Self.statements(claims, year: year, regionIsOwn: false, "\(year)年，本镇共收到政府信息公开申请3件。") == "received=3!")
    }

    /// 全年未制发规章及行政规范性文件 (大冶市茗山乡 2025), 未出台规章和规范性文件 (余杭区邮政管理局 2022): one verb over
    /// a list — the regulations none, the documents none (before: nothing, each put out by the other's noun). Read
    /// only where a join follows 规章; the list's first item never excuses an `unless` word otherwise:
    /// 未收到行政复议申请 states no reviews, never no applications.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func oneVerbOverTheRegulationsAndTheDocuments(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年未制发规章及行政规范性文件，未产生行政许可、行政处罚等相关处理决定。", "regulationsIssued=0! normativeDocumentsIssued=0!"),
            ("\(year)年，我局未出台规章和规范性文件。", "regulationsIssued=0! normativeDocumentsIssued=0!"),
            ("\(year)年，我局未制定规章、行政规范性文件。", "regulationsIssued=0! normativeDocumentsIssued=0!"),
            // The other order: the documents' none first, the regulations' after the join.
            ("\(year)年，我局未出台行政规范性文件和规章。", "regulationsIssued=0! normativeDocumentsIssued=0!"),
            // No join after 规章: nothing, as before (未制定规章类规范性文件 is no list).
            ("\(year)年，我局未制定规章类规范性文件。", ""),
            // The documents a part of (涉及 is their unless word): the regulations' none only, as before.
            ("\(year)年，我局未出台规章和涉及市场主体的规范性文件。", "regulationsIssued=0!"),
            ("\(year)年，我局未收到行政复议申请。", "reviews=0!"),
            // The appeals' own none (未收到……复议和诉讼), as before; never the applications'.
            ("\(year)年，我局未收到行政复议和诉讼申请。", "reviews=0! lawsuits=0!"),
            // 办理 inside the first item, not closing it: the lawsuits' unless word still puts their none out.
            ("无政府信息公开申请办理导致行政复议、提起行政诉讼的案件。", ""),
        ])
    }

    /// 2021年我局不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况 (番禺区 某局 2021): 不存在因… over the
    /// review the agency underwent (被申请, no 的 before it) and the lawsuit brought — two nones (before: nothing).
    /// 不存在 still negates only a phrase opening with it: 以信息不存在为由…被申请行政复议1件 adds no none (its figure read as before).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func noReviewUndergoneForAReasonIsANone(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年我局不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", "reviews=0! lawsuits=0!"),
            ("\(year)年我局不涉及因政府信息公开被申请行政复议的情况。", "reviews=0!"),
            ("\(year)年，以信息不存在为由答复后被申请行政复议1件。", "reviews=1~"),
        ])
    }
}
