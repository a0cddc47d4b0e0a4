import Foundation
@testable import PortalImport
import PortalTestSupport
import Testing

/// The real openings agencies published (`real-pages/`: hundreds of layouts and wordings, completed with the invented
/// rows as `RealPagesCorpusTests` completes them), cut and mutated, imported whole — read, recognised, checked, the
/// narratives read against the tables: the rules learnt from them meet what they were not learnt on, and give a report
/// or a refusal that says why, never a crash or a hang. `scripts/fuzz` runs it far longer.
@Suite("Fuzzing the importer with real openings")
struct FuzzRealOpeningsTests {
    @Test func mutatedRealOpeningsImportOrAreRefusedWithAReason() throws {
        let entries = RealPagesCorpus.entries.filter { $0.completion != "-" && $0.path.hasSuffix(".txt") }
        #expect(entries.count > 300)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-real-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = try ImportSite()
        var fuzz = Fuzz()
        for round in 0..<Fuzz.rounds(12) {
            guard let entry = entries.randomElement(using: &fuzz.random), let text = try RealPagesCorpus.completedText(entry) else { continue }
            let file = scratch.appendingPathComponent("\(round)-\((entry.path as NSString).lastPathComponent)")
            try fuzz.mutate(text, alphabet: FuzzImportTests.alphabet, edits: 1...8).write(to: file)
            let outcome = site.importFile(file, dryRun: true)
            if outcome.status == .failed && outcome.problems.isEmpty {
                Issue.record("\(entry.path): refused without a reason (seed \(fuzz.random.seed))")
                return
            }
        }
    }
}
