import Foundation
@testable import PortalChecks
@testable import PortalImport
import PortalModel
import PortalTestSupport
import Testing

/// Every real opening kept in `real-pages/` (rounds eleven on), completed as the rounds' tests complete it, imported
/// into a copy of the example site; what came of it — status, the import's problems, the checks' findings, agency,
/// year, form, publication day and a digest of each file written — is compared with `real-pages/OUTCOMES.tsv`, and what
/// the narrative checks read in its narratives with `real-pages/READINGS.tsv`.
/// Each outcome there was read by eye in its round (VARIANTS.md) and has been the same in every round since, so a
/// change that alters any real report's import fails here, naming the file and what changed. When the change is
/// right (a fix a round made), record again and read the diff of `OUTCOMES.tsv`:
/// `PORTAL_RECORD_REAL_PAGES=1 swift test --filter RealPagesCorpusTests` (both files).
@Suite struct RealPagesCorpusTests {
    @Test(.disabled(if: RealPagesCorpus.recording), arguments: RealPagesCorpus.entries)
    func eachRealOpeningImportsAsRecorded(_ entry: RealPagesCorpus.Entry) throws {
        let (outcome, readings) = try RealPagesCorpus.outcome(of: entry)
        #expect(outcome == entry.recorded, "\(entry.path): \(RealPagesCorpus.changes(from: entry.recorded, to: outcome))")
        let recorded = RealPagesCorpus.recordedReadings[entry.path] ?? "(not in READINGS.tsv)"
        #expect(readings == recorded, "\(entry.path): readings \(RealPagesCorpus.readingChanges(from: recorded, to: readings))")
    }

    /// An opening a round keeps but this list forgets is guarded by nothing: every file is listed (and the other way round).
    @Test func everyKeptOpeningIsListed() throws {
        #expect(try RealPagesCorpus.keptOpenings() == RealPagesCorpus.entries.map(\.path).sorted())
        if !RealPagesCorpus.recording {
            #expect(RealPagesCorpus.recordedReadings.keys.sorted() == RealPagesCorpus.entries.map(\.path).sorted())
        }
    }

    @Test(.enabled(if: RealPagesCorpus.recording)) func record() throws {
        try RealPagesCorpus.record()
    }
}

/// `real-pages/OUTCOMES.tsv`: per opening, how it is completed and what its import gives.
enum RealPagesCorpus {
    struct Entry: Sendable, CustomTestStringConvertible {
        /// Relative to `real-pages/`.
        var path: String
        /// `2021`: the 2021 form's invented rows (`variants/browser-copy.txt`) follow the opening; `2019`: the trial
        /// template's (`tika/template-2019-filled.docx.txt`); `-`: the file is imported as it is.
        var completion: String
        /// The heading the invented rows are taken from (二、 after an opening cut in part 一, 三、 after its own table 二).
        var from: String
        var recorded: String

        var testDescription: String { path }
    }

    static let recording = ProcessInfo.processInfo.environment["PORTAL_RECORD_REAL_PAGES"] == "1"
    static let folder = ImportFixtures.own("real-pages")
    static let file = folder.appendingPathComponent("OUTCOMES.tsv")
    static let header = "# path\tcompletion\tfrom\tstatus\tproblems\tchecks\tagency\tyear\tform\tpublished\tfiles"

    static let entries: [Entry] = {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { return nil }
            return Entry(path: columns[0], completion: columns[1], from: columns[2], recorded: columns.count > 3 ? columns[3] : "")
        }
    }()

    /// The openings in `real-pages/`: its pages and texts, not the rounds' READMEs or scripts.
    static func keptOpenings() throws -> [String] {
        let root = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["txt", "html"].contains(url.pathExtension) else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.count)))
        }
        return paths.sorted()
    }

    /// The columns after `from`: what importing `entry` gives; and the narratives' readings of the report written.
    static func outcome(of entry: Entry) throws -> (outcome: String, readings: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("real-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = try completed(entry, in: scratch)
        let site = try ImportSite()
        let outcome = site.importFile(input)
        var agency = outcome.agencySlug ?? "-"
        var agencyFile = "-"
        if let new = outcome.newAgency, let slug = outcome.agencySlug {
            let yaml = try Data(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/agency.yaml"))
            let kind = String(decoding: yaml, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("kind:") } ?? "kind: -"
            agency += " \(new.name) \(kind.dropFirst(5).trimmingCharacters(in: .whitespaces))"
            agencyFile = "agency.yaml:\(fnv1a(yaml))"
        }
        let columns = [
            outcome.status.rawValue, counted(outcome.problems), counted(outcome.checks), agency,
            outcome.year.map(String.init) ?? "-", outcome.formID ?? "-", outcome.published ?? "-",
            agencyFile + " " + (try digests(in: outcome.folder.map(site.root.appendingPathComponent))),
        ].joined(separator: "\t")
        return (columns, outcome.status == .written ? readings(in: site, of: outcome) : "-")
    }

    /// The opening followed by the invented rows from `entry.from` on, in a file named as the opening.
    private static func completed(_ entry: Entry, in scratch: URL) throws -> URL {
        let opening = folder.appendingPathComponent(entry.path)
        guard let text = try completedText(entry) else { return opening }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent(opening.lastPathComponent)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The opening's text followed by the invented rows from `entry.from` on; nil for an opening imported as it is.
    static func completedText(_ entry: Entry) throws -> String? {
        let rest: String
        switch entry.completion {
        case "-": return nil
        case "2021": rest = "variants/browser-copy.txt"
        case "2019": rest = "tika/template-2019-filled.docx.txt"
        default: throw CorpusError("\(entry.path): completion “\(entry.completion)” is none of 2021, 2019, -")
        }
        let invented = try String(contentsOf: ImportFixtures.own(rest), encoding: .utf8).components(separatedBy: "\n")
        let rows = invented.drop { !$0.hasPrefix(entry.from) }
        guard !rows.isEmpty else { throw CorpusError("\(entry.path): \(rest) has no line opening with “\(entry.from)”") }
        let opening = try String(contentsOf: folder.appendingPathComponent(entry.path), encoding: .utf8)
        return opening.trimmingCharacters(in: .newlines) + "\n" + rows.joined(separator: "\n")
    }

    /// Rules by name, each with its count when more than one: `blank-cell×4,narrative-figure`.
    private static func counted(_ diagnostics: [Diagnostic]) -> String {
        let counts = Dictionary(grouping: diagnostics, by: \.rule).mapValues(\.count)
        guard !counts.isEmpty else { return "-" }
        return counts.keys.sorted().map { counts[$0]! > 1 ? "\($0)×\(counts[$0]!)" : $0 }.joined(separator: ",")
    }

    /// Each file the import wrote into the report's folder (the kept original aside) with a digest of its bytes.
    private static func digests(in folder: URL?) throws -> String {
        guard let folder else { return "-" }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("source.") }.sorted()
        return try names.map { "\($0):\(fnv1a(try Data(contentsOf: folder.appendingPathComponent($0))))" }.joined(separator: " ")
    }

    /// FNV-1a, 32 bits: a short, stable digest for spotting a changed file, not a security measure.
    private static func fnv1a(_ data: Data) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in data { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return String(format: "%08x", hash)
    }

    /// The columns that differ, by name: `year: 2023 → 2024; files: …`.
    static func changes(from recorded: String, to outcome: String) -> String {
        let names = header.split(separator: "\t").dropFirst(3)
        let old = recorded.split(separator: "\t", omittingEmptySubsequences: false)
        let new = outcome.split(separator: "\t", omittingEmptySubsequences: false)
        return zip(names, zip(old + Array(repeating: "", count: max(0, new.count - old.count)), new))
            .filter { $0.1.0 != $0.1.1 }
            .map { "\($0.0): \($0.1.0) → \($0.1.1)" }
            .joined(separator: "; ")
    }

    /// Imports every entry again and writes the file anew, keeping each entry's completion.
    static func record() throws {
        var lines = [header], readingLines = [readingsHeader]
        for entry in entries {
            let (columns, readings) = try outcome(of: entry)
            lines.append([entry.path, entry.completion, entry.from, columns].joined(separator: "\t"))
            readingLines.append(entry.path + "\t" + readings)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        try Data(([readingLines[0]] + readingLines.dropFirst().sorted()).joined(separator: "\n").appending("\n").utf8).write(to: readingsFile)
    }

    struct CorpusError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
