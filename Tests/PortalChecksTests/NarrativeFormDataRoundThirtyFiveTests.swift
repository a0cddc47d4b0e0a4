@testable import PortalChecks
import Testing

/// Round thirty-five's readings, in both forms.
extension NarrativeFormDataTests {
    static let roundThirtyFivesHotlines = ["12315", "12369", "12333", "12360", "12393"]

    /// Service hotlines real pages name by their number (12315系统, “12369”环保举报,
    /// 12333接听咨询热线, 12360服务热线, 12393医保咨询热线) are other matters, as
    /// 12345 is: without them 办结“12315”回复150条 read closed=150!, and
    /// 受理12315投诉举报320件，办结318件 closed=318! (投诉 puts out its own clause
    /// only) — false errors. 热线 written out already put the sentence out; a
    /// figure before the number is still read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func moreHotlinesNamedByTheirNumberAreOtherMatters(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        var before = claims
        before.otherMatters.removeAll { Self.roundThirtyFivesHotlines.contains($0) }
        #expect(before.otherMatters != claims.otherMatters)
        Self.expectReadNowAndBefore([
            ("\(year)年，办结“12315”回复150条。", "", "closed=150!"),
            ("\(year)年，受理12315投诉举报320件，办结318件。", "", "closed=318!"),
            ("\(year)年，12369受理环境问题320件，办结318件。", "", "closed=318!"),
            ("\(year)年，办结“12333”回复150条。", "", "closed=150!"),
            ("\(year)年，办结“12360”回复30条。", "", "closed=30!"),
            ("\(year)年，办结“12393”回复200条。", "", "closed=200!"),
            // 热线 written out: another matter without the numbers.
            ("\(year)年，受理“12315”热线转办件320件，办结318件。", "", ""),
            ("\(year)年共收到政府信息公开申请3件，12315平台受理投诉举报906件。", "received=3!", "received=3!"),
        ], now: claims, before: before, year: year)
        // Numbers no page showed then (12388, 12328…): other matters since round thirty-six.
        #expect(Self.statements(claims, year: year, "\(year)年，受理12388来件3件，办结3件。") == "")
    }

    /// 行使的行政许可事项为1项，…，全年申请量0件，受理量0件，办结量0件 (广州市体育局
    /// 2023): the licence item's applications, not those for information — a
    /// false error against its 一 of 3 (received=0! closed=0!) without
    /// 许可事项 in received's and closed's `unlessBefore`. Applications for
    /// information in a sentence without it are still read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aLicenceItemsApplicationsAreNotApplicationsForInformation(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.unlessBefore.removeAll { $0 == "许可事项" } }
        Self.expectReadNowAndBefore([
            ("行使的行政许可事项为1项，即拆除公共体育设施或改变功能、用途审核，已进驻广东省政务服务事项管理系统（广东政务服务网），全年申请量0件，受理量0件，办结量0件。",
             "", "received=0! closed=0!"),
            ("\(year)年，市体育局共受理信息公开申请3件，全部通过网络渠道申请。", "received=3!", "received=3!"),
            ("\(year)年，政府信息公开申请量12件，办结量12件。", "received=12! closed=12!", "received=12! closed=12!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("謝", "谢"), ("賽", "赛"), ("鑑", "鉴"), ("須", "须")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
