import Foundation
@testable import PortalChecks
import PortalModel
import Testing

/// Round sixty-seven's readings on the reference report (下沙街道 2021), its outcomes
/// edited to 予以公开 1, 部分公开 1, 本机关不掌握 1 (round sixty-three's `againstOneOfEach`).
extension ReferenceMutationTests {
    /// 予以公开和部分公开各2件 against 三（一） 1 and 三（二） 1: each row is compared with
    /// the figure, two errors (before: nothing, the pair's words put out); 各1件: nothing.
    /// (After 其中 right after the closed total each row's figure is certain too: round seventy-three's
    /// `eachOutcomeAfterTheClosedTotalIsAnError`.)
    @Test func aFigureOfEachIsComparedWithEachRow() throws {
        let wrong = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，予以公开和部分公开各2件。")
        #expect(wrong.count == 2, "\(wrong.map(\.message))")
        #expect(wrong.allSatisfy { $0.severity == .error }, "\(wrong.map(\.message))")
        #expect(wrong.contains { $0.message.contains("states 2 for 予以公开") }, "\(wrong.map(\.message))")
        #expect(wrong.contains { $0.message.contains("states 2 for 部分公开") }, "\(wrong.map(\.message))")
        let right = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开各1件，无法提供1件。")
        #expect(right.isEmpty, "\(right.map(\.message))")
    }
}
