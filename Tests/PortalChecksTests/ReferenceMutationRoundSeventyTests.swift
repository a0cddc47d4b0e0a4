import Foundation
@testable import PortalChecks
import PortalModel
import Testing

/// Round seventy's readings on the reference report (下沙街道 2021: 一 总计 2).
extension ReferenceMutationTests {
    /// 两个社区各收到依申请公开1件 in a report whose table counts 2: each part's figure, not
    /// the whole's, so nothing is raised (before: an error, "states 1 for 本年新收"). The
    /// whole stated beside it is compared as ever.
    @Test func eachPartsFigureIsNotComparedWithTheWhole() throws {
        let each = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件，其中公民个人申请2件，", with: "两个社区各收到依申请公开1件，")
        }
        #expect(each.isEmpty, "\(each.map(\.message))")
        let wrong = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件，其中公民个人申请2件，", with: "全年共收到依申请公开3件，两个社区各收到依申请公开1件，")
        }
        #expect(wrong.count == 1, "\(wrong.map(\.message))")
        #expect(wrong.first?.message.contains("states 3 for") == true, "\(wrong.map(\.message))")
    }
}
