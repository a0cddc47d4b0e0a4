import Foundation
@testable import PortalChecks
import PortalModel
import Testing

/// Round seventy-three's readings on the reference report (下沙街道 2021: 一 总计 2, no
/// 规范性文件 issued).
extension ReferenceMutationTests {
    /// 主动公开《…关于印发〈…〉的通知》等32件规范性文件 (湖南省人社厅 2025's words): documents
    /// published, none issued said, so nothing is raised (before: an error, "states 32 for
    /// 本年制发行政规范性文件"); 制发规范性文件2件 beside it is compared as ever.
    @Test func aTitlesWordsAreNotComparedWithTheTable() throws {
        let published = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "主动更新、公开各类信息共计83条。",
                          with: "主动更新、公开各类信息共计83条。主动公开《区政府关于印发〈某某办法〉的通知》等32件规范性文件。")
        }
        #expect(published.isEmpty, "\(published.map(\.message))")
        let issued = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "主动更新、公开各类信息共计83条。",
                          with: "主动更新、公开各类信息共计83条。全年制发规范性文件2件。")
        }
        #expect(issued.count == 1, "\(issued.map(\.message))")
        #expect(issued.first?.severity == .error, "\(issued.map(\.message))")
    }

    /// 月均收到依申请公开1件 in a report whose table counts 2: a month's average, nothing raised
    /// (before: an error, "states 1 for 本年新收政府信息公开申请").
    @Test func anAverageIsNotComparedWithTheYear() throws {
        let average = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件，其中公民个人申请2件，", with: "月均收到依申请公开1件，")
        }
        #expect(average.isEmpty, "\(average.map(\.message))")
    }

    /// 办结3件，其中予以公开和部分公开各2件 against 三（一） 1 and 三（二） 1: right after the closed
    /// total, each row's figure is an error (before: two warnings); 各1件: nothing.
    @Test func eachOutcomeAfterTheClosedTotalIsAnError() throws {
        let wrong = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开各2件。")
        #expect(wrong.count == 2, "\(wrong.map(\.message))")
        #expect(wrong.allSatisfy { $0.severity == .error }, "\(wrong.map(\.message))")
        let right = try Self.againstOneOfEach("2021年，本街道办结政府信息公开申请3件，其中予以公开和部分公开各1件，无法提供1件。")
        #expect(right.isEmpty, "\(right.map(\.message))")
    }
}
