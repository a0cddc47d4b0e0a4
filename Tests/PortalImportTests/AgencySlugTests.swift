import Foundation
@testable import PortalImport
import PortalTestSupport
import Testing
import XCTest

/// A new agency's folder is named from the name its report prints, so a
/// folder of reports imports without a names file.
@Suite struct AgencySlugTests {
    @Test(arguments: [
        ("杭州市钱塘区人民政府下沙街道办事处", "hangzhoushi-qiantangqu-renminzhengfu-xiashajiedaobanshichu"),
        ("淮安市人民政府", "huaianshi-renminzhengfu"),
        // 市 of 市场 starts a word: the agency is 杭州市's 市场监督管理局.
        ("杭州市市场监督管理局", "hangzhoushi-shichangjianduguanliju"),
        ("广州市", "guangzhoushi"),
        ("重庆市九龙坡区二郎街道办事处", "chongqingshi-jiulongpoqu-erlangjiedaobanshichu"),
        ("内蒙古自治区包头市九原区政务服务局", "neimengguzizhiqu-baotoushi-jiuyuanqu-zhengwufuwuju"),
        // Traditional characters (a page saved in its site's 繁體 mode) spell the same.
        ("天津市人民政府辦公廳", "tianjinshi-renminzhengfu-bangongting"),
        ("广昌县头陂镇人民政府", "guangchangxian-toupizhen-renminzhengfu"),
        ("杭州市市政工程管理处", "hangzhoushi-shizhenggongchengguanlichu"),
        ("12345热线管理中心", "12345rexianguanlizhongxin"),
        // Places called otherwise than their characters' common readings: 厦门 is xiàmén, not shàmén (ICU's).
        ("厦门市司法局", "xiamenshi-sifaju"),
        ("六安市人民政府", "luanshi-renminzhengfu"),
        ("蚌埠市财政局", "bengbushi-caizhengju"),
        ("广州市番禺区人民政府", "guangzhoushi-panyuqu-renminzhengfu"),
        ("长子县人民政府", "zhangzixian-renminzhengfu"),
        ("长沙市人民政府", "changshashi-renminzhengfu"),
        // 西藏 is xīzàng (ICU reads 藏 as cáng, to hide): round thirty-seven's 西藏自治区政府国资委.
        ("西藏自治区政府国资委", "xizangzizhiqu-zhengfuguoziwei"),
        // Traditional characters' units end parts as the simplified do (a 繁體 mirror's name: the folder its simplified
        // page would give); only the units are folded: 乾安县 stays qián'ān, not ICU's Traditional-Simplified 干安县.
        ("徐聞縣公安局", "xuwenxian-gonganju"),
        ("西藏自治區人民政府辦公廳", "xizangzizhiqu-renminzhengfu-bangongting"),
        ("蘭州新區經濟合作局", "lanzhou-xinqu-jingjihezuoju"),
        ("乾安县人民政府", "qiananxian-renminzhengfu"),
    ])
    func aNameIsSpelledInPinyinCutAfterItsUnits(name: String, slug: String) {
        #expect(AgencySlug.derived(from: name, taken: []) == slug)
    }

    @Test func aSlugTakenByAnotherAgencyGetsANumber() {
        #expect(AgencySlug.derived(from: "淮安市人民政府", taken: ["huaianshi-renminzhengfu"]) == "huaianshi-renminzhengfu-2")
        #expect(AgencySlug.derived(from: "淮安市人民政府", taken: ["huaianshi-renminzhengfu", "huaianshi-renminzhengfu-2"]) == "huaianshi-renminzhengfu-3")
    }

    @Test func aNameWithNothingToSpellGivesNoSlug() {
        #expect(AgencySlug.derived(from: "（）——", taken: []) == nil)
        #expect(AgencySlug.derived(from: "", taken: []) == nil)
    }
}

final class AgencyFromNameTests: XCTestCase {
    func testANewAgencyIsCreatedUnderItsNameAndFoundByItAfterwards() throws {
        let site = try ImportSite()
        let file = try huaianText { _ in }
        let first = site.importFile(file, year: 2024)
        XCTAssertEqual(first.status, .written, "\(first.problems)")
        XCTAssertEqual(first.agencySlug, "huaianshi-renminzhengfu")
        XCTAssertEqual(first.newAgency, .init(name: "淮安市人民政府", slugFromName: true))
        let agency = try site.site.read("content/agencies/huaianshi-renminzhengfu/agency.yaml")
        XCTAssertTrue(agency.contains("name: \"淮安市人民政府\"\nkind: government"), agency)
        // The next report of the same agency goes to the folder its name now has.
        let again = site.importFile(file, year: 2024)
        XCTAssertEqual(again.status, .unchanged)
        XCTAssertEqual(again.agencySlug, "huaianshi-renminzhengfu")
        XCTAssertNil(again.newAgency)
        XCTAssertEqual(site.load().diagnostics.filter { $0.severity == .error }.map(\.rule), [])
    }

    func testAReservedFolderNameIsRefusedBeforeAnythingIsWritten() throws {
        // Before: written into content/agencies/page/, which the loader then refused (/agencies/page/2/ is the list's).
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = site.importFile(try huaianText { _ in }, agency: "page", year: 2024)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(rules(outcome.problems), ["import-usage"])
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testTheOperatorIsToldWhereTheNewAgencyWentAndHowToNameItOtherwise() throws {
        let site = try ImportSite()
        let file = try huaianText { _ in }
        let run = try runPortal(["import", file.path, "--site", site.root.path, "--year", "2024", "--dry-run"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("→ content/agencies/huaianshi-renminzhengfu/2024 (dry-run)"), run.output)
        XCTAssertTrue(run.output.contains("agency: new, “淮安市人民政府” → content/agencies/huaianshi-renminzhengfu/agency.yaml"), run.output)
        XCTAssertTrue(run.output.contains("--agency or --agencies names.csv choose another"), run.output)
        let json = try runPortal(["import", file.path, "--site", site.root.path, "--year", "2024", "--dry-run", "--format", "json"])
        XCTAssertTrue(json.output.contains(#""newAgency":{"maybeEarlierName":{},"maybeMisread":{},"maybeRenamedSince":{},"maybeTheSame":{},"name":"淮安市人民政府","slugFromName":true}"#), json.output)
    }

    /// A new agency's parent is the agency of the site its name begins with
    /// (示例市示例区人民政府 for 示例市示例区卫生健康局), and the site loads with it.
    func testANewAgencyGetsTheParentItsNameBeginsWith() throws {
        let site = try ImportSite()
        let file = try huaianText { lines in
            for index in lines.indices { lines[index] = lines[index].replacingOccurrences(of: "淮安市人民政府", with: "示例市示例区卫生健康局") }
        }
        let outcome = site.importFile(file, year: 2024)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示例区卫生健康局")
        let agency = try site.site.read("content/agencies/\(try XCTUnwrap(outcome.agencySlug))/agency.yaml")
        XCTAssertTrue(agency.contains("kind: department\nparent: example-district  # 示例市示例区人民政府, whose name this one's begins with"), agency)
        XCTAssertEqual(site.load().diagnostics.filter { $0.severity == .error }.map(\.rule), [])
        XCTAssertEqual(site.report(try XCTUnwrap(outcome.agencySlug), 2024).map { _ in true }, true)
    }

    func testTheLongestNameThatBeginsTheNewOneIsItsParent() {
        let existing = ["city": "示例市人民政府", "district": "示例市示例区人民政府", "street": "示例市示例区示例街道办事处", "blank": ""]
        XCTAssertEqual(AgencyResolver.parent(of: "示例市示例区示例街道办事处社区服务中心", among: existing)?.slug, "street")
        XCTAssertEqual(AgencyResolver.parent(of: "示例市示例区卫生健康局", among: existing)?.slug, "district")
        XCTAssertEqual(AgencyResolver.parent(of: "示例市卫生健康委员会", among: existing)?.slug, "city")
        XCTAssertNil(AgencyResolver.parent(of: "另一市人民政府", among: existing))
        // An agency is not its own parent.
        XCTAssertEqual(AgencyResolver.parent(of: "示例市示例区人民政府", among: existing)?.slug, "city")
    }

    /// In a batch, departments read before their district's own report get
    /// their parent once the batch is in.
    func testABatchLinksDepartmentsToTheirDistrictWhateverTheOrder() throws {
        let site = try ImportSite()
        let inbox = site.root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for (file, name) in [("a-health.txt", "示例市新区卫生健康局"), ("b-district.txt", "示例市新区人民政府")] {
            let text = try String(contentsOf: try huaianText { _ in }, encoding: .utf8).replacingOccurrences(of: "淮安市人民政府", with: name)
            try Data(text.utf8).write(to: inbox.appendingPathComponent(file))
        }
        let outcomes = Importer(options: site.options(year: 2024)).importFiles([inbox.path])
        XCTAssertEqual(outcomes.map(\.status), [.written, .written], "\(outcomes.map(\.problems))")
        let health = try site.site.read("content/agencies/shilishi-xinqu-weishengjiankangju/agency.yaml")
        XCTAssertTrue(health.hasPrefix("# Created by portal import from the agency's report: check the kind, the parent, and add shortName, website.\n"), health)
        XCTAssertTrue(health.contains("kind: department\nparent: shilishi-xinqu-renminzhengfu  # 示例市新区人民政府, whose name this one's begins with\n"), health)
        XCTAssertFalse(try site.site.read("content/agencies/shilishi-xinqu-renminzhengfu/agency.yaml").contains("parent:"))
        XCTAssertEqual(site.load().diagnostics.filter { $0.severity == .error }.map(\.rule), [])
    }
}
