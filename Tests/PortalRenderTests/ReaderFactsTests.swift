import Foundation
import PortalChecks
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// Issue 16: on time or late, missing reports, year over year, copied
/// text, roll-ups and the quality line.
@Suite("What readers come for")
struct ReaderFactsTests {
    static func index(_ root: URL = Repository.exampleSite) throws -> SiteIndex {
        let loaded = SiteLoader(root: root).load()
        let portal = try #require(loaded.portal, "\(loaded.diagnostics)")
        return SiteIndex(portal, diagnostics: Checker().run(portal))
    }

    static func report(_ index: SiteIndex, _ slug: String, _ year: Int) throws -> Report {
        try #require(index.portal.reports.first { $0.agencySlug == slug && $0.year == year })
    }

    // MARK: Deadlines

    @Test func aDepartmentPublishedOnItsDeadlineIsOnTime() {
        let timeliness = Timeliness(published: "2022-01-31", year: 2021, deadline: Deadline.defaults[.department]!)
        #expect(timeliness.status == .onTime && timeliness.daysLate == 0 && timeliness.label == "按时发布")
        #expect(timeliness.deadline.description == "2022-01-31")
    }

    @Test func oneDayLateIsLateByOneDay() {
        let timeliness = Timeliness(published: "2022-02-01", year: 2021, deadline: Deadline.defaults[.department]!)
        #expect(timeliness.status == .late && timeliness.daysLate == 1 && timeliness.label == "逾期 1 天")
    }

    @Test func withoutADateTheTimelinessIsUnknownNotOnTime() {
        let timeliness = Timeliness(published: nil, year: 2021, deadline: Deadline.defaults[.department]!)
        #expect(timeliness.status == .unknown && timeliness.daysLate == nil && timeliness.label == "发布日期未知")
        #expect(Timeliness(published: "2022年1月", year: 2021, deadline: Deadline(month: 1, day: 31)).status == .unknown)
    }

    @Test func aGovernmentHasUntilTheEndOfMarchADepartmentUntilJanuary() {
        let published = "2022-03-28"
        #expect(Timeliness(published: published, year: 2021, deadline: Deadline.defaults[.government]!).status == .onTime)
        let department = Timeliness(published: published, year: 2021, deadline: Deadline.defaults[.department]!)
        #expect(department.status == .late && department.daysLate == 56)
    }

    @Test func lateDaysCrossLeapDaysAndYearEnds() {
        #expect(Timeliness(published: "2024-03-01", year: 2023, deadline: Deadline(month: 1, day: 31)).daysLate == 30)
        #expect(Timeliness(published: "2025-01-01", year: 2023, deadline: Deadline(month: 1, day: 31)).daysLate == 336)
        #expect(Deadline(month: 2, day: 29).due(forReportOf: 2022).description == "2023-02-28")
    }

    @Test func aSiteOverridingADeadlineChangesTheVerdict() throws {
        let site = try TestSite()
        let before = try Self.index(site.root)
        let data = try Self.report(before, "example-data", 2021)
        #expect(before.facts.facts(of: data).timeliness.status == .late)
        #expect(before.facts.facts(of: data).timeliness.daysLate == 10)
        try site.edit("content/site.yaml", replacing: "department: \"01-31\"", with: "department: \"02-28\"")
        let after = try Self.index(site.root)
        #expect(after.facts.facts(of: data).timeliness.status == .onTime)
        #expect(after.facts.facts(of: data).timeliness.deadline.description == "2022-02-28")
    }

    @Test func theExampleShowsOnTimeLateAndUnknown() throws {
        let index = try Self.index()
        #expect(index.facts.facts(of: try Self.report(index, "example-district", 2021)).timeliness.status == .onTime)
        #expect(index.facts.facts(of: try Self.report(index, "example-data", 2021)).timeliness.status == .late)
        #expect(index.facts.facts(of: try Self.report(index, "xiasha", 2021)).timeliness.status == .unknown)
    }

    // MARK: Missing reports

    @Test func missingReportsRespectSinceAndUntil() throws {
        let index = try Self.index()
        #expect(index.missingReports(2020).map(\.slug) == ["example-street", "xiasha"])
        #expect(index.missingReports(2021).map(\.slug) == [])
        #expect(index.missingReports(2022).map(\.slug) == ["example-data", "example-district", "xiasha"])
    }

    @Test func theQualityCSVListsMissingAgencies() throws {
        let csv = DataDocuments.qualityCSV(2022, index: try Self.index()).serialized()
        #expect(csv.contains("example-data,示例市示例区数据资源管理局,2022,missing,,"))
        #expect(!csv.contains("example-info-office"))
        #expect(csv.contains("example-education,示例市示例区教育局,2022,published,2023-01-30,2023-01-31,on-time,0,0,1,0,"))
    }

    // MARK: Year over year

    @Test func keyFiguresCompareAcrossTheFormatChange() throws {
        let index = try Self.index()
        let report = try Self.report(index, "example-district", 2021)
        let facts = index.facts.facts(of: report)
        #expect(facts.previousYear == 2020)
        #expect(index.portal.form(of: try Self.report(index, "example-district", 2020)).id == "gov-info-2019")
        #expect(index.portal.form(of: report).id == "gov-info-2021")
        #expect(facts.changes.map(\.id) == ["received", "carriedOver", "closed", "disclosed", "carriedForward", "reviews", "lawsuits"])
        for change in facts.changes {
            let previous = index.portal.figure(change.id, of: try Self.report(index, "example-district", 2020))
            #expect(change.previous == previous && change.value == index.portal.figure(change.id, of: report))
        }
        #expect(index.facts.facts(of: try Self.report(index, "xiasha", 2021)).changes.isEmpty)
    }

    @Test func largeJumpsAreFlaggedNotSmallOnes() {
        #expect(FigureChange(id: "x", label: "", value: 30, previous: 12).isLargeJump)
        #expect(FigureChange(id: "x", label: "", value: 2, previous: 40).isLargeJump)
        #expect(FigureChange(id: "x", label: "", value: 10, previous: 0).isLargeJump)
        #expect(!FigureChange(id: "x", label: "", value: 6, previous: 2).isLargeJump)  // tripled, but by 4
        #expect(!FigureChange(id: "x", label: "", value: 150, previous: 100).isLargeJump)  // +50, by half
        #expect(!FigureChange(id: "x", label: "", value: nil, previous: 100).isLargeJump)
        #expect(FigureChange(id: "x", label: "", value: 3, previous: 5).changeText == "−2")
    }

    /// The kept quality line (one string a report) gives back every value, empty ones too.
    @Test func aKeptQualityLineGivesBackEveryValue() {
        let timeliness = Timeliness(published: nil, year: 2021, deadline: Deadline.defaults[.department]!)
        let made = ReportFacts(timeliness: timeliness, previousYear: nil,
                               changes: [FigureChange(id: "申请", label: "", value: 30, previous: 12)], copied: [],
                               acknowledgedProblems: 2, openProblems: 0, blankCells: 5, figures: ["申请": 30])
        #expect(made.qualityLine == nil)
        var kept = made
        kept.keepQualityLine()
        #expect(kept.qualityLine?.count == ReportFacts.qualityColumnNames.count)
        #expect(kept.qualityColumns().map(\.1) == made.qualityColumns().map(\.1))
        #expect(made.qualityColumns().map(\.1).contains("") && made.qualityColumns().last?.1 == "申请")
        // One read back from the build cache is kept as it was read.
        let read = (0..<ReportFacts.qualityColumnNames.count).map { $0 % 3 == 0 ? "" : "值 \($0)" }
        #expect(kept.keepQualityLine(read) && kept.qualityLine == read)
        // Not kept (the line is made again from the facts): a value short, or a value holding the separator.
        var refused = made
        #expect(!refused.keepQualityLine(Array(read.dropLast())) && refused.qualityLine == nil)
        #expect(!refused.keepQualityLine(read.map { $0 + "\u{1F}" }) && refused.qualityLine == nil)
        #expect(refused.qualityColumns().map(\.1) == made.qualityColumns().map(\.1))
    }

    // MARK: Copied text

    @Test func identicalTextIsAllCopied() {
        let text = "本年度共收到申请12件，均按时答复。\n\n下一步将完善公开目录，加强解读。"
        #expect(CopiedText(text, previous: text).percent == 100)
    }

    @Test func disjointTextIsNotCopied() {
        let copied = CopiedText("本年度共收到申请12件，均按时答复。", previous: "政务新媒体协同发布，内容及时更新。")
        #expect(copied.percent == 0 && copied.sentences == 1 && copied.repeatedSentences == 0)
    }

    @Test func halfSharedTextIsHalfCopied() {
        // Two sentences of equal length, one of them repeated.
        let copied = CopiedText("落实保密审查制度。定期清理规范文件。", previous: "落实保密审查制度。建立更新提醒机制。")
        #expect(copied.sentences == 2 && copied.repeatedSentences == 1)
        #expect(copied.percent == 50)
    }

    @Test func changedNumbersOnlyStillCountAsCopied() {
        let copied = CopiedText("2022年共收到申请15件，办结14件。", previous: "2021年共收到申请1,200件，办结9件。")
        #expect(copied.percent == 100)
    }

    @Test func headingsAndShortSentencesAreNotCounted() {
        let copied = CopiedText("### （一）主动公开\n\n无。\n\n本年度新制定公开目录一项。", previous: "### （一）主动公开\n\n无。")
        #expect(copied.sentences == 1 && copied.percent == 0)
        #expect(CopiedText("### 标题标题标题标题", previous: "### 标题标题标题标题").percent == nil)
    }

    @Test func sentencesAreNormalisedAndMeasuredInScalars() {
        // Punctuation, spaces and symbols (，、“”（）%) dropped; digits folded, fullwidth too; Latin and
        // Greek kept; an emoji (outside the table of the first plane) dropped as a symbol.
        let text = "  “2022年”共收到（申请）１２件、办结 14.5%，Open data 😀 α。\n# 标题不算标题\n短句；"
        let measured = CopiedText.measuredSentences(text)
        #expect(measured.map(\.text) == ["#年共收到申请#件办结#Opendataα"])
        #expect(measured.allSatisfy { $0.length == $0.text.unicodeScalars.count })
        #expect(CopiedText.role(of: "，") == .dropped && CopiedText.role(of: "；") == .sentenceEnd
            && CopiedText.role(of: "９") == .digit && CopiedText.role(of: "A") == .kept)
    }

    @Test func theExampleReportsCopyLastYearsText() throws {
        let index = try Self.index()
        let facts = index.facts.facts(of: try Self.report(index, "example-education", 2022))
        #expect(facts.copied.map(\.number) == ["一", "五", "六"])
        #expect(facts.copied(ReportFacts.measuredSections[1])?.percent == 100)  // 五: only the year changed
        let overview = try #require(facts.copied("overview")?.percent)
        #expect(overview > 0 && overview < 100)
        #expect(facts.qualityPhrases.last?.hasPrefix("与上年重复：一 ") == true)
    }

    @Test func measuringIsLinearInTheTextsLength() {
        // 20,000 distinct sentences against 20,000: a pairwise comparison
        // would take 400 million steps; this must take well under a second.
        let this = (0..<20_000).map { "第\($0)号文件已经按规定公开发布。" + String(repeating: "甲", count: $0 % 7) }.joined()
        let last = (0..<20_000).map { "第\($0)号事项已经按规定完成办理。" + String(repeating: "乙", count: $0 % 5) }.joined()
        let start = Date()
        let copied = CopiedText(this, previous: last)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(copied.sentences == 20_000 && copied.repeatedSentences == 0)
    }

    @Test func aSentenceInAnotherNormalisationFormIsStillCopied() {
        // é precomposed against e + combining acute; が against か + combining voiced mark;
        // 가 + ᆨ (a syllable and a trailing jamo) against 각: canonically equivalent, other bytes.
        let pairs = [("政府信息公开caf\u{E9}平台。", "政府信息公开cafe\u{301}平台。"),
                     ("申请人が提出的申请。", "申请人か\u{3099}提出的申请。"),
                     ("韩文名称\u{AC00}\u{11A8}已公开。", "韩文名称\u{AC01}已公开。")]
        for (this, last) in pairs {
            #expect(CopiedText(this, previous: last).percent == 100, "\(this)")
            #expect(CopiedText(last, previous: this).percent == 100, "\(last)")
        }
        // The lengths are the scalars as cut, as before: e + ◌́ is two.
        #expect(CopiedText.measuredSentences("政府信息公开cafe\u{301}平台。").map(\.length) == [13])
        #expect(CopiedText("政府信息公开cafe平台。", previous: "政府信息公开caf\u{E9}平台。").percent == 0)
        #expect(CopiedText.role(of: "\u{301}") == .keptComposable && CopiedText.role(of: "é") == .kept)
    }

    @Test func aHashCollisionIsNeverCountedAsCopied() {
        // Every sentence hashed alike: only a byte-for-byte match counts.
        let collide: (UnsafeRawBufferPointer) -> Int = { _ in 42 }
        let disjoint = CopiedText("本年度共收到申请12件，均按时答复。", previous: "政务新媒体协同发布，内容及时更新。", hash: collide)
        #expect(disjoint.sentences == 1 && disjoint.repeatedSentences == 0)
        let half = CopiedText("落实保密审查制度。定期清理规范文件。", previous: "建立更新提醒机制。落实保密审查制度。定期清理规范文。", hash: collide)
        #expect(half.sentences == 2 && half.repeatedSentences == 1 && half.percent == 50)
        // A sentence that is a prefix of another is not it.
        #expect(CopiedText("定期清理规范文件。", previous: "定期清理规范文件夹。", hash: collide).percent == 0)
    }

    // MARK: Roll-ups

    @Test func aRegionRollsUpItsChildrenAndNamesTheMissingOne() throws {
        let index = try Self.index()
        let district = try #require(index.portal.agency("example-district"))
        let rollUp = try #require(PageContext(index: index).rollUp(district, root: "../../"))
        #expect(rollUp.years.map(\.year) == [2022, 2021, 2020])
        let latest = try #require(rollUp.years.first)
        #expect(latest.counted == 2 && latest.owed == 3)
        #expect(latest.missing.map(\.slug) == ["example-data"])
        // The sum is the children's, not the district's own report.
        let children = ["example-education", "example-street"].compactMap { slug in
            index.portal.reports.first { $0.agencySlug == slug && $0.year == 2022 }
        }
        let received = children.compactMap { index.portal.figure("received", of: $0) }.reduce(0, +)
        #expect(latest.figures.first?.value == received.plainText)
        #expect(rollUp.latest.map(\.agency.slug) == ["example-data", "example-education", "example-street"])
        #expect(rollUp.latest.first?.missing == true)
        let earliest = try #require(rollUp.years.last)
        #expect(earliest.counted == 2 && earliest.owed == 3 && earliest.missing.map(\.slug) == ["example-street"])
        #expect(PageContext(index: index).rollUp(try #require(index.portal.agency("xiasha")), root: "") == nil)
    }

    @Test func aYearPageTotalsEachRegion() throws {
        let index = try Self.index()
        let readers = PageContext(index: index).yearReaders(2021, root: "../../")
        let region = try #require(readers.regions.first)
        #expect(readers.regions.count == 1 && region.agency.slug == "example-district")
        #expect(region.reportCount == 4 && region.agencyCount == 5)
        #expect(readers.late.map(\.agency.slug) == ["example-data"] && readers.late.first?.daysLate == 10)
        #expect(readers.unknownDateCount == 1)
    }

    /// Year totals sum whole figures as integers and others exactly: the
    /// same as adding each report's value one by one, a blank figure left
    /// out and counted missing, and taking the reports away gives nothing.
    @Test func yearTotalsAreEachReportsFiguresAddedUp() throws {
        let site = try TestSite()
        // A published fraction and a blank among the whole numbers.
        let street = "content/agencies/example-street/2022/report.yaml"
        try site.edit(street, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1.5, 0, 0, 0, 1.5,")
        let index = try Self.index(site.root)
        for year in index.portal.years {
            let reports = index.reportsByYear[year] ?? []
            let figures = index.portal.keyFigures(for: reports)
            var totals = KeyFigureTotal.totals(reports, figures: figures, facts: index.facts)
            for total in totals {
                let values = reports.map { index.facts.figure(total.figure.id, of: $0) }
                #expect(total.total == values.compactMap { $0 }.reduce(0, +), "\(year) \(total.figure.id)")
                #expect(total.counted == values.count { $0 != nil } && total.missing == values.count { $0 == nil })
            }
            KeyFigureTotal.add(reports, facts: index.facts, sign: -1, to: &totals)
            #expect(totals.allSatisfy { $0.total == 0 && $0.counted == 0 && $0.missing == 0 })
        }
        let fractions = index.portal.years.flatMap { year in
            KeyFigureTotal.totals(index.reportsByYear[year] ?? [], figures: index.portal.keyFigures(for: index.reportsByYear[year] ?? []),
                                  facts: index.facts).map(\.total)
        }
        #expect(fractions.contains { $0.plainText.contains(".") }, "the fraction reached a total")
    }

    // MARK: Quality line

    @Test func theQualityColumnsAreNamedOnceAndInOrder() throws {
        let index = try Self.index()
        for report in index.portal.reports {
            #expect(index.facts.facts(of: report).qualityColumns().map(\.0) == ReportFacts.qualityColumnNames)
        }
        let education = index.facts.facts(of: try Self.report(index, "example-education", 2022))
        #expect(education.acknowledgedProblems == 1 && education.openProblems == 0)
        #expect(education.qualityPhrases.prefix(3) == ["按时发布", "1 处不一致已说明", "无空白单元格"])
    }

    @Test func theReportJSONCarriesTheFacts() throws {
        let index = try Self.index()
        let json = DataDocuments.report(try Self.report(index, "example-data", 2021), index: index).serialized()
        #expect(json.hasPrefix("{\"format\":\"transparency-portal/report@4\""))
        #expect(json.contains("\"facts\":{\"timeliness\":{\"status\":\"late\",\"deadline\":\"2022-01-31\",\"published\":\"2022-02-10\",\"daysLate\":10}"))
        #expect(json.contains("\"quality\":{\"published\":\"2022-02-10\",\"deadline\":\"2022-01-31\",\"timeliness\":\"late\",\"days_late\":\"10\""))
    }
}
