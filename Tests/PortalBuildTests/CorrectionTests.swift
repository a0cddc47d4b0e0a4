import Foundation
import PortalBuild
import PortalModel
import PortalTestSupport
import Testing

/// A report republished corrected (更正): the folder keeps the superseded
/// version's tables; the page shows the history with every changed cell,
/// the JSON exports both; the checks run on the current version only.
@Suite("Corrected reports")
struct CorrectionTests {
    static let folder = "content/agencies/xiasha/2021"

    func correctedSite() throws -> TestSite {
        let site = try TestSite()
        try Self.correct(site)
        return site
    }

    /// The reference report corrected on 2022-01-20: the superseded version printed 一 as 3
    /// (its own balance broken: not the checks' business).
    static func correct(_ site: TestSite) throws {
        let current = try site.read("\(folder)/report.yaml")
        try site.write("\(folder)/superseded-2022-01-10.yaml",
                       current.replacingOccurrences(of: "  received:                   [2, 0, 0, 0, 0, 0, 2]",
                                                    with: "  received:                   [3, 0, 0, 0, 0, 0, 3]"))
        try site.edit("\(folder)/report.yaml", replacing: "year: 2021\n", with: """
            year: 2021
            corrections:
              - date: 2022-01-20
                note: 更正表三“一、本年新收”（原为3件）
                superseded: superseded-2022-01-10.yaml

            """)
    }

    @Test func theHistoryIsShownAndExportedAndTheChecksReadTheCurrentVersion() throws {
        let site = try correctedSite()
        let summary = try SiteBuilder(root: site.root).build()
        #expect(summary.warnings.outstanding.isEmpty)
        let page = try site.read("public/agencies/xiasha/2021/index.html")
        #expect(page.contains("<dt>更正记录</dt>"))
        #expect(page.contains("<li>2022-01-20 更正：更正表三“一、本年新收”（原为3件）（表三 一 自然人 原为 3，现为 2；表三 一 总计 原为 3，现为 2；）</li>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.read("public/agencies/xiasha/2021/report.json").utf8)) as? [String: Any])
        let correction = try #require((json["corrections"] as? [[String: Any]])?.first)
        #expect(correction["date"] as? String == "2022-01-20")
        #expect((correction["changes"] as? [[String: Any]])?.map { $0["before"] as? String } == ["3", "3"])
        let superseded = try #require(correction["superseded"] as? [String: Any])
        #expect(Set(superseded.keys) == ["proactive", "applications", "appeals"])
    }

    @Test func aMissingSupersededFileIsAnError() throws {
        let site = try correctedSite()
        try site.remove("\(Self.folder)/superseded-2022-01-10.yaml")
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(root: site.root).build() }
    }
}
