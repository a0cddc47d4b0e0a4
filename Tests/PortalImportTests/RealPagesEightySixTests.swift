import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Round eighty-six (VARIANTS.md): real reports found by search, with the leftovers of round eighty-five (a two-digit year's
/// publication day, a bracketed note inside a name, a page lacking both its year and its publisher, a district in a menu only).
final class RealPagesEightySixTests: XCTestCase {
    private let trialRows = "tika/template-2019-filled.docx.txt"

    /// 兵团民政局 2020 (新疆生产建设兵团, mzj.xjbt.gov.cn; round eighty-five's): `发布时间:21年01月29日`, a year in two digits. Before:
    /// no publication day. After: 2021-01-29 — the two digits read only as the year after the report's (a report for 2020 is
    /// published in 2021); any other two digits, or another century, would be a guess: none.
    func testATwoDigitYearReadAsTheYearAfterTheReports() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eightyfive", "bingtuan-mzj-2020", rest: trialRows))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.published, "2021-01-29")
        let published = { (label: String) in
            PublicationDate.find(in: TextExtractor.lines(of: "兵团民政局2020年政府信息公开工作年度报告\n\(label) 信息来源:民政局\n一、总体情况\n"),
                                 reportStart: 2, year: 2020, today: "2026-12-06")?.date
        }
        XCTAssertEqual(published("发布时间:21年01月29日"), "2021-01-29")
        XCTAssertNil(published("发布时间:22年01月29日"))
        XCTAssertNil(published("发布时间:20年12月29日"))
        XCTAssertNil(published("发布时间:21年13月29日"))
    }

    /// 宁波高新区 2019 (nbhtz.gov.cn; rounds sixteen to eighty-five's): no title, a preamble naming no one, then in 一
    /// `2019年,宁波国家高新区(新材料科技城)管委会办公室政务公开工作…`. Refused rightly before and after (a sentence of the year's work is
    /// no byline); before, “The report prints no agency name” — untrue; after, the clue quoted with its note as printed.
    func testANoteInsideANameQuotedInTheClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("sixteen", "ningbo-gxq-2019", rest: trialRows))
        XCTAssertEqual(rules(refused.problems.filter { $0.severity == .error }), ["import-no-agency"], "\(refused.problems)")
        let message = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }?.message)
        XCTAssertTrue(message.contains("“宁波国家高新区(新材料科技城)管委会办公室” (line 3)"), message)
        let read = { (clause: String) in NamedOnceInPartOne.openingNameWithANote(Substring(clause)) }
        XCTAssertEqual(read("2019年宁波国家高新区(新材料科技城)管委会办公室政务公开工作按照年初下发的"), "宁波国家高新区(新材料科技城)管委会办公室")
        // A note closing a place with nothing of a body after it, or a note of figures, is no name's.
        XCTAssertNil(read("2019年宁波国家高新区(新材料科技城)政务公开工作按照年初下发的"))
        XCTAssertNil(read("2019年宁波国家高新区(2019)管委会办公室政务公开工作"))
    }

    /// 大兴区 a 镇 2025 (北京, bjdx.gov.cn; round eighty-five's) and 岩腊乡 2019 (贵州 西秀区, this round's): no title, no year, no
    /// name — `我镇`, `我乡`. Before: refused for the year only (“the report's title prints no year” — there is no title), and
    /// given --year, refused again for the publisher. After: both said at once, each a flag to give; the year's message true.
    /// With --agency given, the year alone.
    func testNoYearAndNoPublisherSaidTogether() throws {
        for (round, name) in [("eightyfive", "daxing-zhen-2025"), ("eightysix", "yanla-2019")] {
            let file = try realPageCompleted(round, name, rest: name.hasSuffix("2019") ? trialRows : "variants/browser-copy.txt")
            let refused = try ImportSite().importFile(file)
            XCTAssertEqual(rules(refused.problems), ["import-no-year", "import-no-agency"], "\(name): \(refused.problems)")
            XCTAssertTrue(refused.problems[0].message.hasPrefix("the report prints no title"), refused.problems[0].message)
            let given = try ImportSite().importFile(file, agency: "xiasha")
            XCTAssertEqual(rules(given.problems), ["import-no-year"], "\(name): \(given.problems)")
        }
    }

    /// 武汉市地方金融管理局 2025 (round twenty-two's, whose refusal for its year now says its publisher too): the particulars'
    /// `| 发文单位 | 武汉市地方金融管理局 |` (发文单位, the issuing unit, as 发文机关), no title. Before: given --year, refused for a
    /// publisher with the clue “围绕市委” (a clause `围绕市委…`, 围绕 a preposition, read as a name). After: the issuer taken, as a
    /// 发文机关's is; without --year, refused for the year only. 围绕 opens no name.
    func testTheIssuingUnitOfTheParticulars() throws {
        let file = try realPageCompleted("twentytwo", "wuhan-jrj-2025")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-year"], "\(refused.problems)")
        let site = try ImportSite()
        let written = site.importFile(file, year: 2025)
        XCTAssertEqual(written.status, .written, "\(written.problems)")
        XCTAssertEqual(written.newAgency?.name, "武汉市地方金融管理局")
        XCTAssertNil(SignedAgency.openingName("围绕市委市政府中心工作"))
        XCTAssertEqual(SignedAgency.issuer(in: TextExtractor.lines(of: "发文单位:武汉市地方金融管理局\n")[...]), "武汉市地方金融管理局")
    }

    /// 上海市公安局长宁分局 2018 (gaj.sh.gov.cn) and a mirror's 畜牧兽医局 2018 (meeios.com): reports for 2018 in the format before 2019,
    /// `一、概述` — the one by its statistics period (`自2018年1月1日起至12月31日止`), the other by part 一's `2018年,…` — cut by the
    /// store in 一 or 二. Before: refused as the national form's report missing its sections and its table 二 — untrue. After:
    /// `import-earlier-format`, the year said. A national report's 一、概述 for 2019 is not one.
    func testAReportForAnEarlierYearHeadedByItsOverview() throws {
        for name in ["changning-fj-2018", "meeios-xmsy-2018"] {
            let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightysix/\(name).txt"))
            XCTAssertEqual(rules(refused.problems), ["import-earlier-format"], "\(name): \(refused.problems)")
            XCTAssertTrue(refused.problems[0].message.contains("a report for 2018"), refused.problems[0].message)
        }
        let forms = Array(FormLoader.builtInForms().forms.values)
        let refusal = { (text: String) in EarlierFormat.refusal(TextExtractor.lines(of: text), forms: forms, path: "f.txt") }
        XCTAssertNotNil(refusal("一、概述\n2018年,我局认真贯彻落实《条例》。\n"))
        XCTAssertNil(refusal("一、概述\n2019年,我局认真贯彻落实《条例》。\n"))
        XCTAssertNil(refusal("一、总体情况\n2018年,我局认真贯彻落实《条例》。\n"))
        XCTAssertNotNil(EarlierFormat.refusal(TextExtractor.lines(of: "一、概述\n今年以来,我局认真贯彻落实《条例》。\n"), forms: forms, year: 2018, path: "f.txt"))
        XCTAssertNil(EarlierFormat.refusal(TextExtractor.lines(of: "一、概述\n2018年,我局认真贯彻落实《条例》。\n"), forms: forms, year: 2019, path: "f.txt"))
    }

    /// 杭州市公安局 2019 (a mirror, hbphgs.com): `一、主动公开政府信息情况` first — the form's part 二 under the number 一, a layout
    /// of the bureau's own. Refused rightly before and after; before, “none of the six section headings … is this the report
    /// itself, or a page that links to it?” — it is the report; after, the renumbered part named, the hint sending to the
    /// national format or `portal new report`.
    func testAPartOfTheFormUnderAnotherNumber() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightysix/hangzhou-gaj-2019.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-no-report"], "\(refused.problems)")
        XCTAssertTrue(refused.problems[0].message.contains("“一、主动公开政府信息情况” heads the form's part 二 under another number"), refused.problems[0].message)
        XCTAssertEqual(refused.problems[0].location.line, 5)
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        XCTAssertNil(RenumberedParts.line(in: TextExtractor.lines(of: "二、主动公开政府信息情况\n"), form: form))
        XCTAssertNil(RenumberedParts.line(in: TextExtractor.lines(of: "一、主动公开政府信息情况如下:共公开10条。\n"), form: form))
    }

    /// 荣昌区林业局 2019 (重庆, www.rongchang.gov.cn): table 二 one `cell |` a line, a `|` alone before each row, its changes printed
    /// with their word (`增1423 |`). Before: the row cut at the change (`行政许可 | 421`, then `增1423 1844` in no row), refused;
    /// then, joined, refused for the bar before the next row read as a fifth cell. After: the change is the row's cell, as
    /// `未增未减 |` was, and a window of the row's cells may hold it; its figures read as printed.
    /// No title nor contact, `特向社会公布2019年度我局…报告`, and 一 opening `今年以来,荣昌区林业局认真贯彻…`: the body part 一's first
    /// sentence opens with in a report speaking as 我局 (榕城区医疗保障局 2025's rule), past 今年以来 as past 2019年以来. Before: refused
    /// for its publisher; after, written as 荣昌区林业局.
    func testAChangeWithItsWordInATableOneCellALine() throws {
        let report = try realPageReport(realPageCompleted("eightysix", "rongchang-lyj-2019", from: "三、", rest: trialRows),
                                        agency: "荣昌区林业局", year: 2019, published: nil)
        let cells = cellTexts(report, table: "proactive")
        XCTAssertEqual([cells["licensing"], cells["penalties"]], [["421", "1423", "1844"], ["18", "52", "70"]])
    }

    /// 东大街街道 2020 (陕西 汉中 汉台区, www.htq.gov.cn; round eighty-five's): the title `东大街街道办事处2020年…报告`, its district
    /// printed only in the site's menu (`首   页 走进汉台 …`). Kept as the title prints it: a menu is the site's furniture, no
    /// name's, and many cities have a 东大街街道 — a district guessed from it could put the report under another city's body.
    func testADistrictInTheSitesMenuIsNoPartOfTheName() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eightyfive", "dongdajie-jd-2020", rest: trialRows))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "东大街街道办事处")
    }
}
