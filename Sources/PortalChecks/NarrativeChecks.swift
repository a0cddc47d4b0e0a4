import Foundation
import PortalModel

/// The narrative rules — figures against the tables (`NarrativeFigureCheck`),
/// changes from last year (`NarrativeChangeCheck`), a narrative against
/// itself (`NarrativeConsistencyCheck`) — in one pass over the reports: each
/// narrative (preamble, 一, 五, 六) of a report whose form declares narrative
/// claims is read once, and that reading serves the three rules, which each
/// read every narrative again before.
enum NarrativeChecks {
    static let rules = [NarrativeFigureCheck.narrativeFigure, NarrativeChangeCheck.narrativeChange, NarrativeConsistencyCheck.narrativeConsistency]

    static func run(_ portal: Portal) -> [Diagnostic] {
        let forms = CompiledForms()
        return run(portal, forms: forms)
    }

    /// `forms`: the forms' words as compiled for earlier slices on this thread.
    static func run(_ portal: Portal, forms compiledForms: CompiledForms) -> [Diagnostic] {
        let previous = previousReports(in: portal)
        var forms = compiledForms.byID
        defer { compiledForms.byID = forms }
        var problems: [Diagnostic] = []
        for (index, report) in portal.reports.enumerated() {
            guard let read = read(report, in: portal, forms: &forms) else { continue }
            let (form, held) = (read.form, read.held)
            let blanksAreZeros = portal.blanksAreZeros(report)
            let lastYear = previous[index].map { portal.reports[$0] }
            for (_, narrative, reading) in read.narratives {
                // The changes serve the levels of the figure rule (增加到12件) and the change rule.
                let statesLevel = held.matcher.mayStateLevel(reading.text)
                let changes = lastYear != nil || statesLevel ? held.matcher.changes(in: reading, reader: held.parts) : []
                problems += NarrativeFigureCheck.problems(in: reading, at: narrative.location, report: report, form: form, matcher: held.matcher,
                                                          parts: held.parts, blanksAreZeros: blanksAreZeros, changes: statesLevel ? changes : [])
                problems += NarrativeConsistencyCheck.problems(in: reading, at: narrative.location, report: report, form: form, matcher: held.matcher,
                                                               words: read.breakdowns, blanksAreZeros: blanksAreZeros)
                guard let lastYear else { continue }
                // A region's change (全区…同比增长) in a department's report is
                // read as the figure rule reads its figures (`NarrativeChange.certain`).
                problems += NarrativeChangeCheck.problems(in: reading.text, changes: changes, at: narrative.location,
                                                          current: report, form: form, previous: lastYear, previousForm: portal.form(of: lastYear),
                                                          blanksAreZeros: (blanksAreZeros, portal.blanksAreZeros(lastYear)))
            }
        }
        return problems
    }

    /// A report's narratives (preamble, 一, 五, 六), each read once, by the
    /// matcher its agency's kind and its own words choose; nil when its form
    /// names no narrative claims.
    private static func read(_ report: Report, in portal: Portal, forms: inout [String: CompiledForm]) -> ReadReport? {
        let form = portal.form(of: report)
        let compiled = forms[form.id] ?? CompiledForm(form)
        forms[form.id] = compiled
        guard !compiled.matcher.isEmpty else { return nil }
        // 全区共收到… is a department's or a 街道's region's figure, a government's own.
        let agency = portal.agency(report.agencySlug)
        let regionIsOwn = agency.map { $0.kind == .government } ?? true
        // 全省共收到… in a 市's or a 县's report: a region above the government's own, by its name.
        let higher = regionIsOwn ? agency.flatMap { compiled.matcher.higherRegionRule(forGovernmentNamed: $0.name(in: report.year)) } : nil
        let narratives = (["preamble"] + form.narrativeIDs).compactMap { id in
            report.narratives[id].map { (id: id, narrative: $0, text: NarrativeText($0.value, folding: compiled.matcher.folding)) }
        }
        // Whose figures the tables hold, in the report's own words (its preamble's 汇总…编制);
        // 全年办理市政府本级依申请公开答复263件 in a department's (苏州市政府办公室 2023).
        let reading: CompiledForm.Reading = regionIsOwn
            ? .government(compiled.matcher.reportScope(preamble: narratives.first { $0.id == "preamble" }?.text,
                                                       narratives: narratives.filter { $0.id != "preamble" }.map(\.text)),
                          higherRegions: higher)
            : .department(namesLevel: compiled.matcher.namesOwnLevel(narratives.map(\.text)),
                          zone: agency.map { Agency.Kind.namesAZone($0.name(in: report.year)) } ?? false)
        // Used in place (`held.matcher`), never copied out of its box.
        let held = compiled.matcher(for: reading)
        return ReadReport(form: form, held: held, breakdowns: compiled.breakdowns, narratives: narratives.map {
            ($0.id, $0.narrative, NarrativeReading($0.text, year: report.year, matcher: held.matcher))
        })
    }

    /// What the figure rule reads in each narrative of `report`, as the
    /// narrative corpus writes it (`received=12! reviews=0~`, a part's share `received.自然人=80`),
    /// by narrative id, the narratives that state nothing left out: what
    /// the real pages' record (`real-pages/READINGS.tsv`) keeps, so that a
    /// reading turning certain, or a new one, shows whatever the tables.
    static func readings(of report: Report, in portal: Portal) -> [(id: String, statements: String)] {
        var forms: [String: CompiledForm] = [:]
        guard let read = read(report, in: portal, forms: &forms) else { return [] }
        let held = read.held
        return read.narratives.compactMap { id, _, reading in
            let changes = held.matcher.mayStateLevel(reading.text) ? held.matcher.changes(in: reading, reader: held.parts) : []
            let found = NarrativeFigureCheck.read(reading, matcher: held.matcher, parts: held.parts, changes: changes)
            let words = found.statements.map(\.notation) + found.shares.map { "\($0.claim.id)=\($0.share.value.plainText)" }
            return words.isEmpty ? nil : (id, words.joined(separator: " "))
        }
    }

    /// The position of each report's report of the year before by the same
    /// agency, paired as `CrossYearCheck.consecutiveReports` pairs them.
    static func previousReports(in portal: Portal) -> [Int?] {
        var previous = [Int?](repeating: nil, count: portal.reports.count)
        let byAgency = Dictionary(grouping: portal.reports.indices) { portal.reports[$0].agencySlug }
        for positions in byAgency.values {
            let byYear = positions.sorted { portal.reports[$0].year < portal.reports[$1].year }
            for (before, position) in zip(byYear, byYear.dropFirst()) where portal.reports[position].year == portal.reports[before].year + 1 {
                previous[position] = before
            }
        }
        return previous
    }
}

/// A report's narratives read once (`NarrativeChecks.read`), with what read them.
private struct ReadReport {
    let form: FormDefinition
    let held: CompiledForm.Matcher
    let breakdowns: BreakdownWords
    let narratives: [(id: String, narrative: Located<String>, reading: NarrativeReading)]
}

extension NarrativeStatement {
    /// The narrative corpus's notation: `received=12!` (certain), `reviews=0~`
    /// (probable), with `share=45.3` after a figure's share.
    var notation: String {
        "\(claim.id)=\(value.plainText)\(certain ? "!" : "~")" + (share.map { " share=\($0.value.plainText)" } ?? "")
    }
}

/// Each form's narrative words as compiled, by form id: kept by a thread
/// that checks one agency folder after another (`NarrativeReadingChecks`).
final class CompiledForms {
    fileprivate var byID: [String: CompiledForm] = [:]
}

/// A form's narrative words, compiled once per run (a class: looked up for
/// every report; one slice of the portal's reports uses it, on one thread).
private final class CompiledForm {
    /// The matcher of a government's report, and of any other agency's
    /// (a figure of the whole region is not its own).
    let matcher: NarrativeMatcher
    let departmentMatcher: NarrativeMatcher
    let columns: ColumnPartWords
    let breakdowns: BreakdownWords

    init(_ form: FormDefinition) {
        matcher = NarrativeMatcher(form.narrativeClaims)
        var department = matcher
        department.regionIsOwn = false
        departmentMatcher = department
        columns = ColumnPartWords(form.narrativeBreakdowns)
        breakdowns = BreakdownWords(form.narrativeBreakdowns)
    }

    /// How a report is read: a government's by its scope, any other
    /// agency's by whether it names its government's level and whether it
    /// is a zone's own body (我区 its own word, not the region's).
    enum Reading: Hashable {
        case government(ReportScope, higherRegions: Int?)
        case department(namesLevel: Bool, zone: Bool)
    }

    /// A matcher held in a box, so that reading a report borrows it, with
    /// the reader of the parts by applicant that uses it (which holds a copy).
    final class Matcher {
        let matcher: NarrativeMatcher
        let parts: ColumnPartReader
        init(_ matcher: NarrativeMatcher, columns: ColumnPartWords) {
            self.matcher = matcher
            parts = ColumnPartReader(words: columns, matcher: matcher)
        }
    }

    /// Made once per form and reading, not copied for every report: a
    /// matcher holds ~100 arrays (≈ 2 % of a cold check went to copying them).
    private var readings: [Reading: Matcher] = [:]

    func matcher(for reading: Reading) -> Matcher {
        if let made = readings[reading] { return made }
        var matcher: NarrativeMatcher
        switch reading {
        case .government(let scope, let higherRegions):
            matcher = self.matcher.withHigherRegions(of: higherRegions)
            matcher.reportScope = scope
        case .department(let namesLevel, let zone):
            matcher = zone ? departmentMatcher.speakingAsAZone() : departmentMatcher
            matcher.departmentNamesLevel = namesLevel
        }
        let made = Matcher(matcher, columns: columns)
        readings[reading] = made
        return made
    }
}
