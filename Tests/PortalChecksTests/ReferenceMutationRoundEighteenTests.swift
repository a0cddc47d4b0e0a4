import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round eighteen's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 0, nothing carried forward).
extension ReferenceMutationTests {
    /// 天津市河东区 2024's sentences in a government's report whose preamble
    /// says it is the level's own (湖里区 2018's words): the sentence after
    /// 全区…申请5件 naming neither region nor level (上年结转3件) is the region's
    /// too, a warning like it; under the region's preamble (汇总…编制) both are
    /// errors. Before this round the carried-over figure was an error either way.
    @Test func aFigureAfterTheRegionsSentenceIsTheRegionsToo() throws {
        let sentences = "全区共接收政府信息公开申请5件，同比上升4.6%；上年结转3件。"
        let level = try Self.inAGovernmentsReport(sentences, preamble: "根据《中华人民共和国政府信息公开条例》规定，向社会公布2021年度本级政府（机关）信息公开年度报告。")
        #expect(level.count == 2 && level.allSatisfy { $0.severity == .warning }, "\(level)")
        #expect(level.contains { $0.message.contains("states 3 for 上年结转") }, "\(level)")
        let region = try Self.inAGovernmentsReport(sentences, preamble: "本报告由杭州市钱塘区下沙街道办事处根据《中华人民共和国政府信息公开条例》要求，汇总辖区各社区、各部门政府信息公开工作情况编制而成。")
        #expect(region.count == 2 && region.allSatisfy { $0.severity == .error }, "\(region)")
    }
}
