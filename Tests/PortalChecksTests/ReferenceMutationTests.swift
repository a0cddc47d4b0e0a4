import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// The reference report (下沙街道 2021) with one narrative figure changed so
/// that it contradicts the table: the check must name the sentence, the
/// cell and both figures. As published, it raises nothing.
@Suite("Reference report, mutated")
struct ReferenceMutationTests {
    static let overview = "content/agencies/xiasha/2021/overview.md"

    static func narrativeFigures(after edit: (TestSite) throws -> Void) throws -> [Diagnostic] {
        let site = try TestSite()
        try edit(site)
        return SiteBuilder(root: site.root).check().diagnostics.filter { $0.rule == "narrative-figure" && $0.location.path.hasPrefix("content/agencies/xiasha/") }
    }

    @Test func asPublishedItRaisesNothing() throws {
        #expect(try Self.narrativeFigures { _ in }.isEmpty)
    }

    /// 其中公民个人申请1件 while 一 自然人 is 2: the applicant's column, an error.
    @Test func anApplicantColumnThatContradictsTheTableIsAnError() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "其中公民个人申请2件", with: "其中公民个人申请1件")
        }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.location.path == Self.overview)
        #expect(problem.message.contains("states 1 for 本年新收政府信息公开申请（自然人）, but table 三, 一 自然人 is 2"))
        #expect(problem.hint?.contains("correct table 三, 一 自然人 to 1") == true)
    }
}
