import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round sixty-six (VARIANTS.md): real reports found by search — 2025's 部门 of counties and cities (教育, 卫健, 自然资源, 住建,
/// 民政, 水利, 生态环境分局), 重庆, 贵州, 吉林, the trial form of 2019 and 2020 — kept as the store gave them
/// (`real-pages/sixtysix/`, long paragraphs shortened) and completed with the invented report's rows; with the two of round
/// sixty-two's leftovers the lead decided (a zone's committee, a name only inside a document's title).
final class RealPagesSixtySixTests: XCTestCase {
    /// 武昌经开区管委会 2025 (round sixty-two's, www.wuchang.gov.cn): **a zone's committee is one kind, whatever its name's
    /// ending**. Before: written as kind `other` (and 重庆巫溪工业园区管理委员会 as `department`). After: `department` (the
    /// lead's call after the round: its report's deadline is a department's, 01-31; not a 人民政府); a 管理委员会 of no zone,
    /// and a committee's office, are departments by their endings, and no zone's name alone is a committee.
    func testAZonesCommitteeIsADepartment() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("sixtytwo", "wuchang-jkq-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let slug = try XCTUnwrap(outcome.agencySlug)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("kind: department"), yaml)
        for name in ["重庆巫溪工业园区管理委员会", "西安临潼旅游商贸开发区管理委员会", "重庆黔江高新技术产业开发区管理委员会", "甘眉工业园区管委会",
                     "长春新区管理委员会", "某市高新区管委会", "某市经开区管委会", "某县农业示范区管理委员会"] {
            XCTAssertEqual(Agency.Kind.from(name: name), .department, name)
            XCTAssertTrue(Agency.Kind.governsAZone(name), name)
        }
        XCTAssertEqual(Agency.Kind.ofPrinted(name: "武昌经开区管委会(滨江商务区管委会)"), .department)
        for name in ["上海市住房和城乡建设管理委员会", "南湖新区管委会办公室", "天津市城市管理委员会", "开发区管委会"] {
            XCTAssertFalse(Agency.Kind.governsAZone(name), name)
        }
    }

    /// 友谊路街道 2025 (round sixty-two's, xxgk.shbsq.gov.cn): no title, `街道` alone in its sentences, **the name only inside
    /// documents' titles** (`完成《友谊路街道主动公开事项目录》编制`, `编制《宝山区友谊路街道国民经济和社会发展第十五个五年规划纲要》`).
    /// Still refused (a document's name is no byline); before, “The report prints no agency name”; after, the name, the
    /// title and its line, and the hint how to import it as that body's.
    func testANameOnlyInsideADocumentsTitleIsSaid() throws {
        let refused = try ImportSite().importFile(try realPageCompleted("sixtysix", "youyilu-jd-2025"), year: 2025)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("it names “宝山区友谊路街道” only inside a document's title (《宝山区友谊路街道国民经济和社会发展第十五…》, line 8)"),
                      problem.message)
        XCTAssertTrue(problem.hint?.contains("“name: 宝山区友谊路街道” and “kind: subdistrict”, then import again with --agency") == true, "\(problem)")
        // The rules a report cites name a government (《上海市政府信息公开规定》): no clue to its publisher.
        XCTAssertNil(SignedAgency.namedInsideATitle(in: TextExtractor.lines(of: "根据《中华人民共和国政府信息公开条例》《上海市政府信息公开规定》编制。")[...]))
    }

    /// 东城街道 2019 (温州, the trial form, a mirror: puroview.com): **the mirror's address run into the title's name**,
    /// `puroview.com东城街道2019年政府信息公开工作年度报告` (and into the contact's address). Before: written as the agency
    /// “puroview.com东城街道” (silent). After: refused, the address named.
    func testAMirrorsAddressInTheTitlesName() throws {
        var opening = try String(contentsOf: ImportFixtures.own("real-pages/sixtysix/dongcheng-2019.txt"), encoding: .utf8)
            .trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        // The store cut table 二 in (五)'s heading: finished in the page's shape, a cell a paragraph.
        opening.removeLast()
        opening += ["处理决定数量", "行政许可", "0", "0", "0", "其他对外管理服务事项", "0", "0", "0", "第二十条第(六)项", "信息内容", "上一年项目数量",
                    "本年增/减", "处理决定数量", "行政处罚", "0", "0", "0", "行政强制", "0", "0", "0", "第二十条第(八)项", "信息内容", "上一年项目数量",
                    "本年增/减", "行政事业性收费", "0", "0", "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "0", "0"]
            .flatMap { ["", $0] }
        let file = try realPageWritten(opening.joined(separator: "\n"), then: "tika/template-2019-filled.docx.txt", from: "三、")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        XCTAssertTrue(refused.problems.first?.message.contains("with a web address in it (puroview.com)") == true, "\(refused.problems)")
    }

    /// 连云区教育局 2025 (江苏, www.lianyun.gov.cn): **the catalogue's particulars as rows of labels and values a space apart,
    /// no colon**, `文 号 无〔〕号 主 题 词`, `时 效 有效`, between the particulars' `标 题 …` row and the title printed again.
    /// Before: written with those two rows and the title as its preamble (silent). After: no preamble, as printed.
    func testParticularsAsRowsWithoutColons() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("sixtysix", "lianyun-jyj-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "连云区教育局")
        XCTAssertEqual(outcome.published, "2026-01-15")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2025))
        XCTAssertEqual(report.narratives["preamble"]?.value ?? "", "")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("本年度报告依据《中华人民共和国政府信息公开条例》") == true,
                      report.narratives["overview"]?.value ?? "")
        XCTAssertTrue(HTMLDocumentReader.isParticularsRow("时 效 有效"))
        XCTAssertFalse(HTMLDocumentReader.isParticularsRow("文号管理进一步规范，全年制发文件12件。"), "a sentence")
    }

    /// 汉中市农业农村局 2025 (陕西, www.hanzhong.gov.cn): no title, no period printed, **the body named only `市农业农村局`**, the
    /// subject of part 一's clauses (`2025年,市农业农村局坚持…`, `市农业农村局紧紧围绕…`, `市农业农村局共受理…`). Refused for its
    /// year, rightly; with the year given, refused for its agency, rightly — before, “The report prints no agency name”; after,
    /// the name it prints and the place it lacks.
    func testADepartmentNamedByItsLevelAlone() throws {
        let refused = try ImportSite().importFile(try realPageCompleted("sixtysix", "hanzhong-nyj-2025"), year: 2025)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let message = try XCTUnwrap(refused.problems.first?.message)
        XCTAssertTrue(message.contains("it names “市农业农村局” in part 一's sentences, as the body whose work they tell, without its place (which 市"),
                      message)
        XCTAssertNil(SignedAgency.placelessSubjectOfPartOne(in: TextExtractor.lines(of: "2025年，市农业农村局坚持依法公开。")[...]),
                     "a name printed once is no clue")
    }
}
