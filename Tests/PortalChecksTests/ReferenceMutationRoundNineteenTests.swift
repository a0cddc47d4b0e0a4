import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round nineteen's readings on the reference report (下沙街道 2021: 一 总计 2).
extension ReferenceMutationTests {
    /// 全区共受理…100件。我街道收到…3件 in a 街道's report: the region's figure
    /// is a warning, the 街道's own after its word (`ownAgencyWords`) an error
    /// against 一 总计 2 — before this round the region's scope carried into
    /// the 街道's sentence and both were warnings. Stating 2 raises only the
    /// region's warning.
    @Test func theAgencysOwnSentenceAfterTheRegionsIsItsOwn() throws {
        let found = try Self.withSentence("2021年全区共受理政府信息公开申请100件。我街道收到政府信息公开申请3件。")
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.severity == .warning && $0.message.contains("states 100 for") }, "\(found)")
        #expect(found.contains { $0.severity == .error && $0.message.contains("states 3 for") && $0.message.contains("is 2") }, "\(found)")
        let agreeing = try Self.withSentence("2021年全区共受理政府信息公开申请100件。我街道收到政府信息公开申请2件。")
        #expect(agreeing.count == 1 && agreeing.first?.severity == .warning, "\(agreeing)")
    }
}
