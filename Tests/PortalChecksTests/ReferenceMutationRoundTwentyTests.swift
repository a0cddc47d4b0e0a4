import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty's readings on the reference report (下沙街道 2021: 一 总计 2).
extension ReferenceMutationTests {
    /// 共收到依申请公开信件3件，均为网络申请 while 一 总计 is 2: every
    /// application came by the network, so the letters' total is compared
    /// (a warning naming the file, the line, 一 总计, 3 and 2); before this
    /// round the channel put it out and nothing was raised. Stating 2 raises
    /// nothing.
    @Test func aTotalEveryOneOfWhichCameOneWayIsCompared() throws {
        let warning = try Self.theOneOnALine(Self.withSentence("2021年共收到依申请公开信件3件，均为网络申请。"))
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2"), "\(warning.message)")
        #expect(try Self.withSentence("2021年共收到依申请公开信件2件，均为网络申请。").isEmpty)
    }

    /// 保护第三方合法权益不予公开1件 while 三（三）4 is 0: the sub-row's cell,
    /// an error naming the file, the line, 三（三）4, 1 and 0 (before this
    /// round it was compared with the row 三（三）).
    @Test func aThirdPartysRightsFigureIsItsSubRows() throws {
        let error = try Self.theOneOnALine(Self.withSentence("2021年因保护第三方合法权益不予公开1件。"))
        #expect(error.severity == .error)
        #expect(error.message.contains("states 1 for 保护第三方合法权益") && error.message.contains("三（三）4") && error.message.hasSuffix("is 0"), "\(error.message)")
    }

    /// The one problem found, which must name the overview and a line of it.
    static func theOneOnALine(_ found: [Diagnostic]) throws -> Diagnostic {
        #expect(found.count == 1, "\(found)")
        let one = try #require(found.first)
        #expect(one.location.path == overview && one.location.line > 0, "\(one.location)")
        return one
    }
}
