import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-four (VARIANTS.md): real reports found by search, with the leftovers of round eighty-three (青山乡's county in
/// its address, a school's office compiling, 天津市国资委's bare hint, a 繁體 page's clue quoted in simplified characters).
final class RealPagesEightyFourTests: XCTestCase {
    /// 青山乡 2024 (安徽 东至, dongzhi.gov.cn; round eighty-three's): no title, `结合青山乡人民政府2024年…编制而成`, `请与青山乡党政办
    /// 联系(地址:东至县青山乡人民政府二楼`, `我乡`. Before: written as 青山乡 (the contact's body), its 2021 report as 东至县青山乡 —
    /// two agencies for one body. After: the name in full, the county the page prints before it in its address.
    func testATownsCountyPrintedInItsAddress() throws {
        try assertTakenForItsContact("eightythree", "qingshan-2024", agency: "东至县青山乡", kind: "town")
        let opening = { (text: String) in TextExtractor.lines(of: text)[...] }
        let county = { (name: String, text: String) in SignedAgency.withCountyPrinted(name, in: opening(text)) }
        XCTAssertEqual(county("青山乡", "请与青山乡党政办联系(地址:东至县青山乡人民政府二楼,邮编:247280)。"), "东至县青山乡")
        XCTAssertEqual(county("青山乡人民政府", "如有疑问,请与东至县青山乡党政办联系。"), "东至县青山乡人民政府")
        XCTAssertEqual(county("新春街道", "受理机构为长春市南关区新春街道办事处。"), "长春市南关区新春街道")
        // A 繁體 page's county as printed.
        XCTAssertEqual(county("青山鄉", "地址:東至縣青山鄉人民政府二樓"), "東至縣青山鄉")
        // No county printed, a sentence's words before the name, two counties, a name that prints its own: none taken.
        XCTAssertNil(county("青山乡", "请与青山乡党政办联系(地址:青山乡人民政府二楼)。"))
        XCTAssertNil(county("青山乡", "2024年,推动全县青山乡等乡镇政务公开工作。"))
        XCTAssertNil(county("青山乡", "一是学习东至县青山乡经验。"))
        XCTAssertNil(county("青山乡", "地址:东至县青山乡人民政府。来源:石台县青山乡人民政府"))
        XCTAssertNil(county("东至县青山乡", "地址:池州市东至县青山乡人民政府"))
        // Two leads together are both left out of the place (before: “位于东至县青山乡”); a pronoun's place (本县) is none.
        XCTAssertEqual(county("青山乡", "地址位于东至县青山乡人民政府二楼。"), "东至县青山乡")
        XCTAssertNil(county("青山乡", "如有疑问,请联系本县青山乡党政办。"))
    }

    /// A school's or a hospital's report compiled by its office (呼伦贝尔学院 2021, a school's own report: `由呼伦贝尔学院党政办公室
    /// 牵头编制`): the office inside the body is not the body. Before: a report of the national form so compiled was written under
    /// `…学院党政办公室` (`SignedAgency.compiler`); after, under the school whose office it is. A 街道's 党政办公室 compiles its
    /// 街道's report, as before; an office named alone (校长办公室) is no one's.
    func testASchoolsOfficeCompilingIsNotTheSchool() throws {
        XCTAssertEqual(SignedAgency.government("呼伦贝尔学院党政办公室"), "呼伦贝尔学院")
        XCTAssertEqual(SignedAgency.government("延安大学西安创新学院校长办公室"), "延安大学西安创新学院")
        XCTAssertEqual(SignedAgency.government("某县人民医院院长办公室"), "某县人民医院")
        XCTAssertEqual(SignedAgency.government("上海市闵行区新虹街道办事处党政办公室"), "上海市闵行区新虹街道办事处")
        XCTAssertFalse(SignedAgency.namesItsPlace("校长办公室"))
        let opening = "本报告根据《中华人民共和国政府信息公开条例》要求,由呼伦贝尔学院党政办公室编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年,学校坚持以公开为常态、不公开为例外,推进信息公开工作。\n"
        try assertRealPageWritten(realPageWritten(opening), agency: "呼伦贝尔学院", year: 2023)
        let alone = try ImportSite().importFile(realPageWritten(opening.replacingOccurrences(of: "由呼伦贝尔学院党政办公室编制", with: "由校长办公室编制")))
        XCTAssertEqual(alone.status, .failed, "\(alone.problems)")
        XCTAssertEqual(rules(alone.problems), ["import-no-agency"], "\(alone.problems)")
    }

    /// 天津市国资委 2024 (sasac.tj.gov.cn; round eighty-three's): no title, no contact, `2024年,市国资委坚持…` twice. Refused
    /// rightly (which 市, the text does not say), before with the bare hint (`pass --agency <slug>`); after, the hint says what to
    /// write: the name in full, the 市's name before 国资委, and its kind.
    func testAPlacelessDepartmentsHintSaysWhatToWrite() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightythree", "tj-gzw-2024"))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("“市国资委”"), problem.message)
        XCTAssertTrue(problem.hint?.contains("the 市's name before “国资委”") == true, "\(problem)")
        XCTAssertTrue(problem.hint?.contains("kind: department") == true, "\(problem)")
    }

    /// 杨村街道 2023 (round twenty-four's) as a 繁體 mirror prints it (OpenCC's s2t, as mirrors convert): part 一 opens
    /// `2023年,楊村街道堅持…`. Refused, as the simplified page is; before, the clue quoted `杨村街道`, characters the page does
    /// not print; after, `楊村街道` as printed.
    func testATraditionalPagesClueIsQuotedAsPrinted() throws {
        let opening = """
            本年度報告根據《中華人民共和國政府信息公開條例》(以下簡稱《條例》)編制。全文包括總體情況、主動公開政府信息情況、收到和處理政府信息公開申請情況、因政府信息公開工作被申請行政複議和提起行政訴訟情況、政府信息公開工作存在的主要問題及改進情況、其他需要報告的事項等六部分。本年度報告中所列數據統計期限從2023年1月1日起至2023年12月31日止。
            一、總體情況
            2023年,楊村街道堅持以習近平新時代中國特色社會主義思想爲指導,全面學習貫徹黨的二十大精神,深入貫徹落實習近平總書記對天津工作“三個着力”重要要求和一系列重要指示批示精神,按照市委、市政府和區委、區政府部署要求,嚴格執行《條例》規定,緊緊圍繞街道中心工作及羣衆關注關切,持續規範和深化政府信息公開工作,不斷提升政務公開標準化規範化法治化水平。
            """
        let refused = try ImportSite().importFile(realPageWritten(opening))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("“楊村街道” (line 3)"), problem.message)
        XCTAssertTrue(problem.hint?.contains("before “楊村街道”") == true, "\(problem)")
    }
}

extension RealPagesEightyFourTests {
    /// 乌鲁木齐 2022 (round fifteen's): no title, a preamble naming no one, part 一 opens `2022年,乌鲁木齐市坚持…`. Refused, as
    /// before (a sentence of the year's work is no byline: the city's government, or the whole city with its departments); before,
    /// “The report prints no agency name” and the bare hint; after, the place quoted with its line, the hint offering its 人民政府.
    func testAPlacesNameOpeningPartOneIsQuoted() throws {
        let refused = try ImportSite().importFile(realPageCompleted("fifteen", "urumqi-2022"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("“乌鲁木齐市” (line 3)"), problem.message)
        XCTAssertTrue(problem.hint?.contains("“name: 乌鲁木齐市人民政府” and “kind: government”") == true, "\(problem)")
        let partOne = { (text: String) in TextExtractor.lines(of: "一、总体情况\n\(text)")[...] }
        let quoted = { (text: String) in NamedOnceInPartOne.openingTheYearsWork(in: partOne(text)).flatMap { $0.aPlace ? $0.name : nil } }
        // A zone (no 人民政府), the place's committee or government, a pronoun, a preposition: none.
        let openings: [(text: String, place: String?)] = [
            ("2022年,乌鲁木齐市坚持以…为指导。", "乌鲁木齐市"), ("2024年,天山区深入贯彻…。", "天山区"), ("2022年,经开区坚持以…为指导。", nil),
            ("2022年,乌鲁木齐市委高度重视…。", nil), ("2022年,乌鲁木齐市政府坚持…。", nil), ("2022年,全市坚持…。", nil), ("2022年,在市委的领导下…。", nil),
        ]
        for opening in openings { XCTAssertEqual(quoted(opening.text), opening.place, opening.text) }
    }
}
