@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round seventy's readings, in both forms.
extension NarrativeFormDataTests {
    /// 各 before the verb over several parts (两个社区各收到…1件) gives each part the figure:
    /// the whole's is not stated (2 if the two are all of it, more if the agency had its own),
    /// so nothing is read (before: received=1!, a false error against a table of 2).
    /// The same for 分别 before a total's verb. 各类, 各级 and 各 before a figure read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func eachPartsFigureIsNoWholesFigure(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for (sentence, expected) in [
            ("两个社区各收到政府信息公开申请1件。", ""),
            ("\(year)年，三个科室各受理依申请公开2件。", ""),
            ("\(year)年，共收到政府信息公开申请3件，两个社区各自受理1件。", "received=3!"),
            ("\(year)年，各社区各收到政府信息公开申请0件。", ""),
            // 分别 before a total's verb: the parts' figures (before: received=1!, the whole 3).
            ("两个社区分别收到政府信息公开申请1件和2件。", ""),
            // 分别 before the outcomes of a whole: its parts, read as before.
            ("\(year)年，共收到政府信息公开申请5件，分别予以公开3件、不予公开2件。", "received=5! disclosed=3! withheld=2!"),
            // As before.
            ("\(year)年，全市各级行政机关共收到政府信息公开申请12件。", "received=12!"),
            ("\(year)年，共收到各类政府信息公开申请6件。", "received=6!"),
            ("\(year)年，因政府信息公开引发行政复议和行政诉讼案件各1件。", "reviews=1! lawsuits=1!"),
        ] {
            #expect(Self.statements(claims, year: year, sentence) == expected, "\(sentence)")
        }
    }
}
