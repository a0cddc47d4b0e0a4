import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-eight's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七） 总计 3, （二）部分公开 0).
extension ReferenceMutationTests {
    /// 共收到…申请3件（含新收2件、上年结转1件) while 一 is 2 and 二 is 1: the 3
    /// is 一 + 二, nothing (before: an error, 3 against 一's 2); a total that
    /// differs from 一 + 二 is still one error; （新收2件、上年结转1件） a warning.
    @Test func aTotalNamingTheNewOnesInsideItIsComparedWithBothYears() throws {
        #expect(try Self.withSentence("2021年，本街道共收到政府信息公开申请3件（含新收2件、上年结转1件）。").isEmpty)
        let found = try Self.withSentence("2021年，本街道共收到政府信息公开申请4件（含新收3件、上年结转1件）。")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 4 for 本年新收及上年结转申请") == true, "\(found)")
        // Without 含, a bracket opening with the new ones: the total probably holds both
        // years', a warning at most (before: an error, 3 against 一's 2).
        let bracket = try Self.withSentence("2021年，本街道共收到政府信息公开申请3件（新收2件、上年结转1件）。")
        #expect(bracket.count == 1, "\(bracket)")
        #expect(bracket.allSatisfy { $0.severity == .warning }, "\(bracket)")
    }

    /// 共发文20件，其中主动公开15件，依申请公开5件 while 一 is 2: the documents
    /// sent out by attribute, nothing (before: a warning, 5 against 2);
    /// 收到依申请公开5件 alone is still compared.
    @Test func documentsSentOutByAttributeAreNotCompared() throws {
        #expect(try Self.withSentence("2021年，本街道共发文20件，其中主动公开15件，依申请公开5件。").isEmpty)
        let alone = try Self.withSentence("2021年，本街道共收到依申请公开5件。")
        #expect(alone.count == 1, "\(alone)")
        #expect(alone.first?.message.contains("states 5 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(alone)")
    }

    /// 办结…3件，其中予以部份公开2件 while （二）部分公开 is 0: 部份 spells 部分,
    /// an error naming the row (before: nothing).
    @Test func partlyDisclosedSpeltWithFenIsCompared() throws {
        let found = try Self.withSentence("2021年，本街道办结政府信息公开申请3件，其中予以部份公开2件。")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 2 for 部分公开, but table 三, 三（二） 总计 is 0") == true, "\(found.map(\.message))")
        #expect(try Self.withSentence("2021年，本街道办结政府信息公开申请3件，其中予以部份公开0件。").isEmpty)
    }
}
