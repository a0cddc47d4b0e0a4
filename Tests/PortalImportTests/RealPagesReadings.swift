import Foundation
@testable import PortalChecks
import PortalImport
import PortalModel

/// `real-pages/READINGS.tsv`: per opening, what the narrative checks read in the report it wrote, narrative by
/// narrative (`overview: received=12! reviews=0~`), in the narrative corpus's notation. OUTCOMES.tsv counts only the
/// findings, and on a completed page they are against the template's tables: a reading turning from probable to
/// certain, or a new false one, changed no line there. Here it does, whatever the tables hold.
extension RealPagesCorpus {
    static let readingsFile = folder.appendingPathComponent("READINGS.tsv")
    static let readingsHeader = "# path\tnarrative: readings (claim=figure, ! certain, ~ probable), a tab between narratives; - none"

    /// The readings recorded, by path.
    static let recordedReadings: [String: String] = {
        guard let text = try? String(contentsOf: readingsFile, encoding: .utf8) else { return [:] }
        let pairs = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let columns = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(columns[0]), columns.count > 1 ? String(columns[1]) : "")
        }
        return Dictionary(pairs) { first, _ in first }
    }()

    /// The written report's narratives as the checks read them: the site is loaded again (not imported again),
    /// so the agency's kind and names are those the import wrote.
    static func readings(in site: ImportSite, of outcome: ImportOutcome) -> String {
        guard let portal = site.load().portal,
              let report = portal.reports.first(where: { $0.agencySlug == outcome.agencySlug && $0.year == outcome.year })
        else { return "(report not loaded)" }
        let read = NarrativeChecks.readings(of: report, in: portal)
        return read.isEmpty ? "-" : read.map { "\($0.id): \($0.statements)" }.joined(separator: "\t")
    }

    /// Per narrative, the readings gone and the new ones: `overview: received=3! → received=3~`.
    static func readingChanges(from recorded: String, to read: String) -> String {
        func byNarrative(_ line: String) -> [String: [String]] {
            Dictionary(line.split(separator: "\t").compactMap { part -> (String, [String])? in
                guard let colon = part.range(of: ": ") else { return nil }
                return (String(part[..<colon.lowerBound]), part[colon.upperBound...].split(separator: " ").map(String.init))
            }) { first, _ in first }
        }
        let old = byNarrative(recorded), new = byNarrative(read)
        let changed = Set(old.keys).union(new.keys).sorted().compactMap { id -> String? in
            let was = old[id] ?? [], now = new[id] ?? []
            guard was != now else { return nil }
            let gone = was.filter { !now.contains($0) }, added = now.filter { !was.contains($0) }
            let shown = gone.isEmpty && added.isEmpty ? "\(was.joined(separator: " ")) (reordered: \(now.joined(separator: " ")))"
                : "\(gone.isEmpty ? "-" : gone.joined(separator: " ")) → \(added.isEmpty ? "-" : added.joined(separator: " "))"
            return "\(id): \(shown)"
        }
        return changed.isEmpty ? "“\(recorded)” → “\(read)”" : changed.joined(separator: "; ")
    }
}
