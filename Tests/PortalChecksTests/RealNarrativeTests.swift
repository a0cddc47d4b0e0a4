import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Twelve real published narratives (Fixtures/narrative-figure/real: eleven
/// from ../shared/fixtures/real-narratives, one of round seventeen): every figure the matcher reads from
/// them is the one transcribed by hand from the report, so against tables
/// consistent with what they state they raise nothing.
@Suite("Real narratives")
struct RealNarrativeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/narrative-figure/real")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The hand-transcribed figure each claim names, by the corpus's keys.
    static let transcribedKey = [
        "received": "new_total", "carriedOver": "carried_over_total", "closed": "results_total",
        "carriedForward": "carried_forward_total", "disclosedOrPartly": "disclosed_or_partial", "withheld": "withheld",
        "unavailable": "unable", "notProcessed": "not_processed", "otherHandling": "other",
        "reviews": "review_total", "lawsuits": "litigation_total",
    ]

    /// Every real report names its own year in its statistics period and title.
    @Test(arguments: names)
    func namesItsOwnYear(name: String) throws {
        let (text, year) = try Self.body(of: name)
        let form = try #require(FormLoader.builtInForms().forms.values.first { $0.covers(year: year) })
        let words = ReportPeriodCheck.Words(form.narrativeClaims)
        #expect(ReportPeriodCheck.wrongYears(in: NarrativeText(text, folding: words.folding), words: words, year: year).isEmpty)
        // … and a year off is found in the period sentence (where the report has one).
        let wrong = ReportPeriodCheck.wrongYears(in: NarrativeText(text, folding: words.folding), words: words, year: year + 1)
        #expect(!wrong.isEmpty || !text.contains("统计期限") && !text.contains("統計期限"), "\(name)")
    }

    /// The text after the source address and the note on provenance, and the report's year.
    static func body(of name: String) throws -> (String, Int) {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let year = try #require(json["year"] as? Int)
        return (text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n"), year)
    }

    static func statements(of name: String) throws -> (found: [NarrativeStatement], transcribed: [String: Decimal], year: Int) {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let year = try #require(json["year"] as? Int)
        let derived = (json["narrative_derived"] as? [String: Any]) ?? [:]
        let transcribed = derived.compactMapValues { ($0 as? NSNumber).map { Decimal($0.intValue) } }
        let forms = FormLoader.builtInForms().forms
        let form = try #require(forms.values.first { $0.covers(year: year) })
        let matcher = NarrativeMatcher(form.narrativeClaims)
        // Lines 1 and 2 are the source address and a note on provenance.
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        let found = NarrativeFigureCheck.statements(in: NarrativeText(body, folding: matcher.folding), year: year, matcher: matcher,
                                                    columns: ColumnPartWords(form.narrativeBreakdowns))
        return (found, transcribed, year)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.names.count == 12)
    }

    /// 长春市退役军人事务局 2023 (round seventeen): the narrative's 共受理政府信息
    /// 公开申请2件 is read for certain, and its table's 本年新收 总计 is 3 — a
    /// real contradiction, an error of the narrative figure rule.
    @Test func aRealNarrativeContradictsItsOwnTable() throws {
        let name = "21-changchun-tyjrswj-2023"
        let (found, _, _) = try Self.statements(of: name)
        let received = try #require(found.first { $0.claim.id == "received" })
        #expect(received.value == 2 && received.certain)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require((json["applications"] as? [String: Any])?["rows"] as? [String: Any])
        let newTotal = try #require((rows["new"] as? [Int])?.last)
        #expect(Decimal(newTotal) != received.value)
    }

    @Test(arguments: names)
    func everyFigureReadIsTheTranscribedOne(name: String) throws {
        let (found, transcribed, _) = try Self.statements(of: name)
        for statement in found {
            let key = try #require(Self.transcribedKey[statement.claim.id], "\(name): \(statement.claim.id) has no transcribed figure")
            #expect(transcribed[key] == statement.value, "\(name): \(statement.claim.id) read as \(statement.value)")
            if let share = statement.share, let base = transcribed["new_total"] {
                #expect(NarrativeFigureCheck.agreesAsShare(share.value, statement.value / base * 100, precision: share.precision),
                        "\(name): share \(share.value)% of \(statement.claim.id)")
            }
        }
    }

    /// What the check reads, where the reports say it: the traps of 天津市
    /// (答复…含上年结转…顺延) and 高淳区 (其中予以公开或部分公开: an outcome
    /// among parts, read as probable; shares), and zeros in words.
    @Test func readsTheFiguresTheReportsState() throws {
        let ids = { (name: String) in try Self.statements(of: name).found.map { "\($0.claim.id)=\($0.value.plainText)" } }
        #expect(try ids("02-tianjin-shi-2021") == ["received=14283", "closed=13870", "carriedOver=397", "carriedForward=810"])
        #expect(try ids("08-nanjing-gaochun-2022") == ["received=130", "disclosedOrPartly=59", "withheld=32", "unavailable=26", "notProcessed=1", "otherHandling=12"])
        #expect(try ids("15-chongqing-jiulongpo-erlang-2022") == ["received=0", "carriedOver=0"])
        #expect(try ids("20-shenyang-hunnan-gzj-2022") == ["received=0", "reviews=0", "lawsuits=0"])
        #expect(try ids("14-tianjin-beichen-jiarongli-2021") == ["received=1"])
    }
}
