@testable import PortalChecks
import Testing

/// Round twenty-five's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's words) for reports of `year`.
    static func roundTwentyFivesSentences(year: Int) -> [(String, String, String)] {
        [
            // 平度市医保局 2020: one channel (a website), as 通过政府门户网站共收到…5件.
            ("\(year)年，通过政务网收到依申请公开信息1条，已按照办理流程进行答复，并已公开发布。", "", "received=1!"),
            // 谯城区医保局 2020: documents by their disclosure attribute, not applications.
            ("\(year)年，我局共发布政府信息715条。其中主动公开信息715条，依申请公开文件0条，栏目信息均按照时间节点及时发布。", "", "received=0~"),
            // 兰州新区经济合作局 2023 (a 繁體 mirror).
            ("\(year)年，未制定印發新的行政規范性文件。", "normativeDocumentsIssued=0!", ""),
            // 西乌珠穆沁旗人社局 2022 (the lawsuits' half read since round twenty-six).
            ("\(year)年，我局共收到依申请公开0件，没有被申请行政复议、提起行政诉讼的情况。", "received=0! reviews=0! lawsuits=0!", "received=0!"),
        ]
    }

    /// A website named before the figure (通过政务网收到…1条) is one channel, as
    /// 门户网站 already was: unread, where it read received=1!. 依申请公开文件 counts
    /// documents by attribute (received~ before). 未制定印发新的行政规范性文件 is a
    /// none of documents made, 没有被申请行政复议 a none of reviews. With the
    /// words taken out each reads as before; a channel after the figure leaves
    /// the total, and 未制定 with other words between (涉及市场主体的) says nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyFivesFalseReadingsAndMissesAreRight(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentyFivesSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.unlessBeforeFigure.removeAll { $0 == "政务网" || $0 == "政府网站" }
            claim.unless.removeAll { $0 == "依申请公开文件" }
            // Round twenty-eight's 没有……行政复议 / 没有……行政诉讼 read these too.
            claim.none.removeAll { $0.hasPrefix("未制定") || $0.hasPrefix("没有被") || $0 == "没有……行政复议" || $0 == "没有……行政诉讼" }
        }, year: year)
        #expect(Self.statements(claims, year: year, "\(year)年，通过政府网站收到政府信息公开申请3件。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年共收到政府信息公开申请3件，均通过政务网提交。") == "received=3!")
        #expect(Self.statements(claims, year: year, "\(year)年未制定涉及市场主体的规范性文件。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年，本机关没有被行政复议。") == "reviews=0!")
    }
}
