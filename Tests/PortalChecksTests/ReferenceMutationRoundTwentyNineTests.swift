import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-nine's readings on the reference report (下沙街道 2021: 一 本年新收 2,
/// 三（七） 办结 3, 四 结转 0).
extension ReferenceMutationTests {
    /// The one error a sentence added to `overview.md` raises: its line, the
    /// value it `states` for the claim labelled `claim`, and the table's `tableIs`.
    static func theErrorOf(_ sentence: String, states: String, claim: String, tableIs: String) throws -> Diagnostic {
        let error = try theOneOnALine(withSentence(sentence))
        #expect(error.severity == .error)
        #expect(error.message.contains("states \(states) for \(claim)"), "\(error.message)")
        #expect(error.message.contains("is \(tableIs)"), "\(error.message)")
        return error
    }

    /// 未收到…申请，依申请公开受理量为0件 (马鞍山 某街道 2025) while 一 is 2:
    /// one error, not two (the none and the figure are one statement).
    @Test func aNoneAndAFigureOfOneValueAreOneMismatch() throws {
        _ = try Self.theErrorOf("2021年度，街道未收到政府信息公开申请，依申请公开受理量为0件。", states: "none (0)", claim: "本年新收政府信息公开申请", tableIs: "2")
    }

    /// 已办结2件 after a bracket naming 信件申请 (as 龙游县政府办公室 2023) while
    /// 三（七） is 3: an error (nothing before); 已办结3件 raises nothing.
    @Test func closingAfterABracketOfLettersIsCompared() throws {
        _ = try Self.theErrorOf("2021年，本街道共收到依申请公开2件（其中信件申请2件），已办结2件。", states: "2", claim: "本年办结申请", tableIs: "3")
        #expect(try Self.withSentence("2021年，本街道共收到依申请公开2件（其中信件申请2件），已办结3件。").isEmpty)
    }
}
