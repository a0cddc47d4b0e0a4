import Foundation
@testable import PortalChecks
import PortalModel
import Testing

/// Round sixty-three's readings on the reference report (下沙街道 2021), its
/// outcomes edited to 予以公开 1, 部分公开 1, 本机关不掌握 1 (三（七）总计 3).
extension ReferenceMutationTests {
    /// The problems found with `sentence` added to 一 against those outcomes.
    static func againstOneOfEach(_ sentence: String) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            for (row, edited) in [("disclosed:                  [0, 0, 0, 0, 0, 0, 0]", "disclosed:                  [1, 0, 0, 0, 0, 0, 1]"),
                                  ("partlyDisclosed:            [0, 0, 0, 0, 0, 0, 0]", "partlyDisclosed:            [1, 0, 0, 0, 0, 0, 1]"),
                                  ("unavailableNotHeld:         [3, 0, 0, 0, 0, 0, 3]", "unavailableNotHeld:         [1, 0, 0, 0, 0, 0, 1]")] {
                try site.edit(ReferenceMutationTests.report, replacing: row, with: edited)
            }
        }
    }

    /// 予以公开和部分公开各1件 against 三（一） 1 and 三（二） 1: each has the figure, so
    /// nothing is raised (before: an error, 1 against 予以公开及部分公开's 2). The pair's
    /// total stated without 各 is compared as before.
    @Test func aFigureOfEachIsNotComparedWithThePairsTotal() throws {
        let each = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开各1件，无法提供1件。")
        #expect(each.isEmpty, "\(each.map(\.message))")
        #expect(try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开2件，无法提供1件。").isEmpty)
        let wrong = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开3件。")
        #expect(wrong.count == 1, "\(wrong.map(\.message))")
        #expect(wrong.first?.message.contains("states 3 for 予以公开及部分公开") == true, "\(wrong.map(\.message))")
    }
}
