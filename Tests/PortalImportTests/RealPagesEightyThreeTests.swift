import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-three (VARIANTS.md): real reports found by search, with the leftovers of round eighty-two (杨村街道's name
/// without its district as part 一's subject, 大营镇's office compiling 《2023年度…报告》).
final class RealPagesEightyThreeTests: XCTestCase {
    /// 杨村街道 2023 (天津 武清, tjwq.gov.cn; round twenty-four's): no title, a preamble naming no one, part 一 opens
    /// `2023年,杨村街道坚持…` — its name once, without its district. Before: refused, “The report prints no agency name”, the
    /// bare hint. After: refused still (a sentence of the year's work is no byline, and 杨村街道 alone is no name in full), the
    /// name and its line quoted, the hint saying how to import as it with its district's name before it.
    func testATownsNameWithoutItsCountyOpeningPartOneIsQuoted() throws {
        let refused = try ImportSite().importFile(realPageCompleted("twentyfour", "yangcun-jd-2023"))
        XCTAssertEqual(refused.status, .failed)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("“杨村街道” (line 3)"), problem.message)
        XCTAssertTrue(problem.message.contains("without the county or district"), problem.message)
        XCTAssertTrue(problem.hint?.contains("kind: subdistrict") == true, "\(problem)")
        XCTAssertTrue(problem.hint?.contains("its county's or district's name before “杨村街道”") == true, "\(problem)")
    }

    /// Where the clue is quoted: part 一's first sentence, past its year, opening with a 街道's, 镇's, 乡's or 苏木's own name —
    /// not a pronoun's (全镇, 本乡), a preposition's (在杨村街道), a word's (统筹城乡), a town's body (镇党委), a later sentence.
    func testWhereATownsNameWithoutItsCountyIsQuoted() {
        let partOne = { (text: String) in TextExtractor.lines(of: "一、总体情况\n\(text)")[...] }
        let quoted = { (text: String) in NamedOnceInPartOne.openingTheYearsWork(in: partOne(text))?.name }
        XCTAssertEqual(quoted("2023年,杨村街道坚持以…为指导。"), "杨村街道")
        XCTAssertEqual(quoted("（一）主动公开\n2024年,大营镇认真贯彻…。"), "大营镇")
        XCTAssertEqual(quoted("2024年度，哈日诺尔苏木按照…。"), "哈日诺尔苏木")
        XCTAssertNil(quoted("2023年,全镇坚持…。"))
        XCTAssertNil(quoted("2023年,在杨村街道党工委的领导下…。"))
        XCTAssertNil(quoted("2023年,统筹城乡发展…。"))
        XCTAssertNil(quoted("2023年,杨村镇党委高度重视…。"))
        XCTAssertNil(quoted("我街道坚持…。2023年,杨村街道坚持…。"))
        XCTAssertNil(quoted("2023年,街道党工委扎实推进乡村振兴…。"))
    }

    /// 大营镇 2023 (贵州 遵义, gzzy.gov.cn; round twenty-four's): no title; `…的要求。大营镇党政办公室编制了《2023年度政府信息公开工作报告》
    /// (以下简称《报告》),面向社会公众公布2023年度本级政府信息公开年度报告` — the compiler before the verb, the report named by
    /// its year alone. Before: refused, “The report prints no agency name” (round twenty-four's and sixty-nine's choice). After:
    /// the report's own compiling sentence, as 本报告由某局编制 is: written as 大营镇, whose 党政办公室 is its office.
    func testACompilerOfAReportNamedByItsYearAlone() throws {
        try assertRealPageWritten(realPageCompleted("twentyfour", "daying-2023"), agency: "大营镇", year: 2023)
        XCTAssertEqual(SignedAgency.compilerOfItsOwnReport("根据有关规定,大营镇党政办公室编制了《2023年度政府信息公开工作报告》"), "大营镇党政办公室")
        // Another body's report, named with its body, stays no one's; a pronoun's compiler too.
        XCTAssertNil(SignedAgency.compilerOfItsOwnReport("根据有关规定,某县人民政府办公室编制了某县2020年政府信息公开工作年度报告。"))
        XCTAssertNil(SignedAgency.compilerOfItsOwnReport("根据有关规定,县政府办公室编制了《2023年度政府信息公开工作报告》"))
    }

    /// 山前街道 2023 (吉林 龙潭区, a page kept on the district's server by address): no title, a preamble naming no one,
    /// `请及时联系吉林市龙潭区山前街道办事处信息公开办公室(地址:…`, part 一 `山前街道紧紧围绕…`, `结合我街道实际情况`. Before: refused,
    /// “The report prints no agency name”, the bare hint (`请及时联系` was read as no contact sentence). After: the office to
    /// contact read, a 街道办事处's 信息公开办公室 its office, and the text speaking as a 街道 (我街道): written as
    /// 吉林市龙潭区山前街道办事处, as 东街街道 2025 is.
    func testAStreetsInformationOfficeToContactPromptly() throws {
        try assertTakenForItsContact("eightythree", "shanqian-jd-2023", agency: "吉林市龙潭区山前街道办事处", kind: "subdistrict")
        XCTAssertEqual(SignedAgency.bodyBehindContact("吉林市龙潭区山前街道办事处信息公开办公室"), "吉林市龙潭区山前街道办事处")
        XCTAssertEqual(SignedAgency.bodyBehindContact("某县教育局政务公开办公室"), "某县教育局")
    }

    /// 精河工业园区 2021 (新疆, xjjh.gov.cn): no title, `…规定,根据精河工业园区管理委员会的政府信息公开年度工作情况进行编制`,
    /// `请与工业园区办公室联系`, part 一's items numbered ㈠ ㈡ ㈢. Before: refused, the hint offering `工业园区办公室` (no place: no
    /// body's name) as a department to write — misleading. After: the body whose year's work the report is compiled from is named,
    /// as `结合某局…工作实际` names it: written as 精河工业园区管理委员会, a zone's committee (department).
    func testTheBodyWhoseWorkTheReportIsCompiledFrom() throws {
        try assertTakenForItsContact("eightythree", "jinghe-gyyq-2021", agency: "精河工业园区管理委员会", kind: "department")
    }

    /// 长春净月高新区教育局 2025 (吉林, zwgk.changchun.gov.cn): the title naming no one, `现公布长春净月高新技术产业开发区教育局2025年度
    /// 政府信息公开工作情况。`, `请与净月高新区教育局联系`, `我局`. Before: written as the contact's short name, 净月高新区教育局 (the text
    /// speaking as a 局). After: the publishing sentence's name in full, as a report's `现公布某局2025年…报告` is read.
    func testTheYearsWorkPublishedNamesThePublisher() throws {
        try assertTakenForItsContact("eightythree", "jingyue-jyj-2025", agency: "长春净月高新技术产业开发区教育局", kind: "department")
    }
}
