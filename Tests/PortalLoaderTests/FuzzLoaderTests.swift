import Foundation
@testable import PortalLoader
import PortalModel
import PortalTestSupport
import Testing
import Yams

/// Bounded fuzzing of everything that reads content: never a crash or a
/// hang, every input gives a result or diagnostics, and the fast YAML
/// reader agrees with Yams whenever it answers. `scripts/fuzz` runs these
/// far longer; a crash found there becomes a case in `regressions`.
@Suite("Fuzzing the loader")
struct FuzzLoaderTests {
    static let report = (try? String(contentsOf: Repository.exampleSite.appendingPathComponent("content/agencies/xiasha/2021/report.yaml"), encoding: .utf8)) ?? ""
    static let agency = (try? String(contentsOf: Repository.exampleSite.appendingPathComponent("content/agencies/xiasha/agency.yaml"), encoding: .utf8)) ?? ""

    /// The fast reader and Yams agree, and a document is read or refused with a diagnostic.
    static func holds(_ text: String) -> String? {
        if let fast = FlatYAML.parse(text) {
            guard let composed = try? Yams.compose(yaml: text, .basic), let slow = try? YAMLNode.converting(composed) else {
                return "the fast reader took what Yams refuses"
            }
            if fast != slow { return "the fast reader and Yams disagree" }
        }
        let log = DiagnosticLog()
        let document = YAMLDocument.parse(text, path: "fuzz.yaml", log: log)
        if document == nil, log.diagnostics.isEmpty { return "refused without a diagnostic" }
        return nil
    }

    @Test func generatedYAML() {
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(3000) {
            let text = fuzz.text(from: Fuzz.yamlAlphabet, length: 0...40)
            if let problem = Self.holds(text) {
                Issue.record("\(problem) (seed \(fuzz.random.seed)): \(text.debugDescription)")
                return
            }
        }
    }

    @Test func mutatedContentFiles() {
        var fuzz = Fuzz()
        for round in 0..<Fuzz.rounds(1500) {
            let data = fuzz.mutate(round % 2 == 0 ? Self.report : Self.agency, alphabet: Fuzz.yamlAlphabet)
            guard let text = String(data: data, encoding: .utf8) else { continue }
            if let problem = Self.holds(text) {
                Issue.record("\(problem) (seed \(fuzz.random.seed)): \(text.debugDescription)")
                return
            }
        }
    }

    /// Whole reports through the reader: a report or diagnostics, never both missing.
    @Test func mutatedReportsThroughTheReader() throws {
        let forms = FormLoader.builtInForms().forms
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-report-\(UUID().uuidString)/2021")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for name in ["overview.md", "problems.md", "other.md"] { try Data("无。\n".utf8).write(to: folder.appendingPathComponent(name)) }
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(400) {
            try fuzz.mutate(Self.report, alphabet: Fuzz.yamlAlphabet + ["\"\"", "\"-\"", "两", "1,000", "９"]).write(to: folder.appendingPathComponent("report.yaml"))
            let log = DiagnosticLog()
            let report = ReportReader(forms: forms, log: log).report(in: folder, agency: "fuzz", year: 2021, displayPath: "fuzz/2021")
            if report == nil, log.diagnostics.isEmpty {
                Issue.record("a report refused without a diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    @Test func mutatedFormFiles() throws {
        let form = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(300) {
            guard let text = String(data: fuzz.mutate(form, alphabet: Fuzz.yamlAlphabet), encoding: .utf8) else { continue }
            let (parsed, diagnostics) = FormLoader.parse(text, path: "fuzz.yaml")
            if parsed == nil, diagnostics.isEmpty {
                Issue.record("a form refused without a diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    /// Inputs that once broke something, kept so they never do again.
    @Test(arguments: [
        "name: &a0 \"lol\"\nx: [*a0, *a0]\n",
        "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
        "\u{FEFF}name: 下沙\n",
        "key: \"unterminated\n",
        ":\n",
        // Found by mutatedContentFiles: a byte-order mark inside a flow list, where the fast reader and Yams disagreed.
        "a: [\u{FEFF}0, 1]\n",
        "a: [0\u{2028}, 1]\n",
        "a: x\u{85}b\n",
        // A control character in a comment: libyaml refuses it, the fast reader skipped comments.
        "# a\u{06}b\nname: x\n",
        "name: x\u{7F}\n",
    ])
    func regressions(text: String) {
        #expect(Self.holds(text) == nil)
    }
}
