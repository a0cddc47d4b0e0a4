import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-two (VARIANTS.md): real reports found by search — aimed at 2023 to 2025, 林业 bureaus, 苏木, mirrors —
/// kept as the store gave them (`real-pages/eightytwo/`) and completed with the invented report's rows; with the leftovers
/// of session 46 (广元市市场监督管理局's `市市场监管局`, 丰收乡's `2022年以来`).
final class RealPagesEightyTwoTests: XCTestCase {
    /// 广元市市场监督管理局 2023 (四川, gysj.cngy.gov.cn): no title, `可与广元市市场监督管理局办公室联系`, then part 一 opens
    /// `2023年,市市场监管局按照…`: the bureau naming itself by its level and its short name, as a city's departments do.
    /// Before: refused (`import-no-agency`, the hint offering 广元市市场监督管理局). After: written as that bureau.
    func testALevelAndTheContactsShortNameIsTheContactSpeaking() throws {
        try assertTakenForItsContact("eightytwo", "guangyuan-scjgj-2023", agency: "广元市市场监督管理局", kind: "department")
    }

    /// 昭化区商务和经济合作局 2023 (四川, cnzh.gov.cn): no title, `请与广元市昭化区商务和经济合作局联系`, part 一 opens
    /// `2023年,区商务和经济合作局严格按照…`: the contact's own name after its place, with the place's level. Before: refused.
    func testALevelAndTheContactsOwnNameIsTheContactSpeaking() throws {
        try assertTakenForItsContact("eightytwo", "zhaohua-swj-2023", agency: "广元市昭化区商务和经济合作局", kind: "department")
    }

    /// The other side: part 一 opening with another department of the level (市财政局), with the contact's department of
    /// another level (区市场监管局 under a 市's bureau), or with a merged department's other half (体育局 under 教育体育局)
    /// does not speak as the contact.
    func testALevelAndAnotherDepartmentsNameIsNotTheContact() {
        let contact = "广元市市场监督管理局办公室"
        let opening = { (sentence: String) in TextExtractor.lines(of: "一、总体情况\n\(sentence)")[...] }
        XCTAssertEqual(SignedAgency.contactOpeningPartOne(contact: contact, partOne: opening("2023年,市市场监管局按照…要求,坚持…。")),
                       "广元市市场监督管理局")
        XCTAssertEqual(SignedAgency.contactOpeningPartOne(contact: contact, partOne: opening("2023年,市市场监督管理局按照…要求。")),
                       "广元市市场监督管理局")
        XCTAssertNil(SignedAgency.contactOpeningPartOne(contact: contact, partOne: opening("2023年,市财政局按照…要求,坚持…。")))
        XCTAssertNil(SignedAgency.contactOpeningPartOne(contact: contact, partOne: opening("2023年,区市场监管局按照…要求。")))
        XCTAssertNil(SignedAgency.contactOpeningPartOne(contact: contact, partOne: opening("2023年,市市场监管局办公室按照…要求。")))
        XCTAssertNil(SignedAgency.contactOpeningPartOne(contact: "某市教育体育局", partOne: opening("2023年,市体育局按照…要求。")))
        XCTAssertEqual(SignedAgency.contactOpeningPartOne(contact: "某县人力资源和社会保障局", partOne: opening("2023年,县人社局按照…要求。")),
                       "某县人力资源和社会保障局")
        // A government's office is never taken (its report may be the government's).
        XCTAssertNil(SignedAgency.contactOpeningPartOne(contact: "广元市人民政府办公室", partOne: opening("2023年,市政府办公室按照…要求。")))
    }

    /// 丰收乡 2022 (bjspsj.com, a mirror; round eleven's, kept now): no title, the passage opens at 一 with `2022年以来,丰收乡…`.
    /// Before: refused (`import-no-year`) with the bare hint `pass --year <year>`. After: refused still — `2022年以来` says
    /// since when the account runs, and a later report may look back so (round twenty-seven's `2019年以来`) — the words and their
    /// line quoted as the clue.
    func testSinceAYearIsQuotedNotTaken() throws {
        let file = try realPageCompleted("eightytwo", "fengshou-2022", from: "三、", rest: "tika/template-2019-filled.docx.txt")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(refused.status, .failed)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-year" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("part 一 opens with “2022年以来”"), problem.message)
        XCTAssertEqual(problem.location.line, 2)
        XCTAssertTrue(problem.hint?.contains("--year 2022") == true, "\(problem)")
        XCTAssertNil(ReportYear.openingPartOne(TextExtractor.lines(of: "一、总体情况\n2022年以来,丰收乡…")[...]))
    }

    /// 袁州区林业局 2023 (江西, yzq.gov.cn): no title, `结合袁州区林业局工作实际情况撰写`, `请与袁州区林业局行政办公室联系`, part 一
    /// opens `2023年,袁州区林业局以…`. Before: refused, the hint offering the office itself as a department (`袁州区林业局行政办公室`,
    /// misleading). After: a department's 行政办公室 is its office, as its 综合办公室 is, and part 一 opening with exactly the body
    /// behind the office names the publisher, as it did the contact itself (冠县 2023): written as 袁州区林业局.
    func testPartOneOpeningWithTheBodyBehindItsOfficeToContact() throws {
        try assertTakenForItsContact("eightytwo", "yuanzhou-lyj-2023", agency: "袁州区林业局", kind: "department")
        XCTAssertEqual(SignedAgency.bodyBehindContact("袁州区林业局行政办公室"), "袁州区林业局")
    }

    /// 建始县林业局 2023 (湖北, hbjs.gov.cn): the passage opens at 一, a sub-heading `(一)主动公开情况` over `2023年度,建始县林业局…`.
    /// Before: refused (`import-no-year`) with the bare hint. After: still refused (a sentence's year is no title's), the year of
    /// part 一's first sentence past its sub-heading said, with its line, as 霍城 2025's.
    func testTheYearPartOneOpensWithPastASubHeading() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightytwo", "jianshi-lyj-2023", from: "三、"))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-year" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("part 一 opens with “2023年”"), problem.message)
        XCTAssertEqual(problem.location.line, 3)
        XCTAssertEqual(ReportYear.openingPartOne(TextExtractor.lines(of: "一、总体情况\n（一）主动公开\n2024年,我局…")[...])?.year, 2024)
        XCTAssertNil(ReportYear.openingPartOne(TextExtractor.lines(of: "一、总体情况\n（一）2024年主动公开了…信息，我局…")[...]))
    }

    /// 榕城区医疗保障局 2025 (广东 揭阳, jyrongcheng.gov.cn; taken by the lead in session 47): no title, no office to contact,
    /// the preamble `现将2025年度我局…报告如下`, part 一 opens `2025年,榕城区医疗保障局坚持…` once. Before: refused, “part 一
    /// opens one sentence only with 榕城区医疗保障局”. After: the body part 一's first sentence opens with, in a report that
    /// speaks as that kind of body (我局 for a 局), is the publisher. Without 我局, or with an office to contact, it is not.
    func testPartOneOpeningWithTheBodyTheTextSpeaksAs() throws {
        try assertTakenForItsContact("eightytwo", "rongcheng-ybj-2025", agency: "榕城区医疗保障局", kind: "department")
        let partOne = TextExtractor.lines(of: "一、总体情况\n2025年,榕城区医疗保障局坚持以…为指导,做好…工作。")[...]
        XCTAssertEqual(SignedAgency.partOneSubjectTheTextSpeaksAs(partOne: partOne, opening: TextExtractor.lines(of: "现将2025年度我局…报告如下:")[...]),
                       "榕城区医疗保障局")
        XCTAssertNil(SignedAgency.partOneSubjectTheTextSpeaksAs(partOne: partOne, opening: TextExtractor.lines(of: "现将2025年度工作情况报告如下:")[...]))
        XCTAssertNil(SignedAgency.partOneSubjectTheTextSpeaksAs(partOne: partOne, opening: TextExtractor.lines(of: "现将2025年度我镇…报告如下:")[...]))
        let withContact = try String(contentsOf: realPageCompleted("eightytwo", "rongcheng-ybj-2025"), encoding: .utf8)
            .replacingOccurrences(of: "12月31日。\n", with: "12月31日。如有疑问,请与揭阳市榕城区人民政府办公室联系。\n")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rongcheng-contact-\(UUID().uuidString).txt")
        try Data(withContact.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        XCTAssertEqual(try ImportSite().importFile(file).status, .failed)
    }
}
