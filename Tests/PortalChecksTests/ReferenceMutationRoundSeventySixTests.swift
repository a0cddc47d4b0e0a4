import Foundation
@testable import PortalChecks
import PortalModel
import Testing

/// Round seventy-six's readings on the reference report (下沙街道 2021: 一 总计 2).
extension ReferenceMutationTests {
    /// The narrative figures raised when 一's sentence on applications (全年共收到依申请公开2件，其中
    /// 公民个人申请2件，…) opens with `words` instead.
    static func receivedSaidAs(_ words: String) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit(overview, replacing: "全年共收到依申请公开2件，其中公民个人申请2件，", with: words)
        }
    }

    /// 各社区共收到依申请公开5件 in a 街道's report whose table counts 2: the communities' figure, not
    /// the office's, so nothing is raised (before: an error, "states 5 for 本年新收政府信息公开申请").
    @Test func aCommunitysFigureIsNotComparedWithTheTable() throws {
        let communities = try Self.receivedSaidAs("各社区共收到依申请公开5件，")
        #expect(communities.isEmpty, "\(communities.map(\.message))")
    }

    /// 依申请公开“零受理” in a report whose table counts 2: a none in words that the table
    /// contradicts, an error (before: nothing raised).
    @Test func aNoneInWordsIsComparedWithTheTable() throws {
        let zero = try Self.receivedSaidAs("全年保持依申请公开“零受理”，")
        #expect(zero.count == 1, "\(zero.map(\.message))")
        #expect(zero.first?.severity == .error, "\(zero.map(\.message))")
    }
}
