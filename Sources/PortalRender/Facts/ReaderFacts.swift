import Foundation
import PortalModel
import PortalSupport

/// Every report's `ReportFacts`, computed once per build from the model and
/// the checks' diagnostics, on all cores (each report reads only itself and
/// its previous year's report).
public struct ReaderFacts: Sendable {
    /// By agency slug, then year: looked up for thousands of reports per
    /// page of a year, without making a `slug/year` string each time. An
    /// agency's few years in a list: a dictionary of 4 years holds 8 slots
    /// of facts (≈ 1.5 KB an agency, 3.9 MB at 10,000 reports, held to the end).
    private let byReport: [String: [YearFacts]]
    /// Each report's `DerivationKey`, when the build keeps derived parts.
    private let keys: [String: [Int: String]]

    /// `reusing`: facts of an earlier index of the same site, taken as they
    /// were for every agency not in `changed` (a report's facts read only its
    /// agency's reports and its own problems): `portal serve` after an edit.
    public init(_ portal: Portal, reportsByAgency: [String: [Report]], diagnostics: [Diagnostic],
                reusing earlier: (facts: ReaderFacts, changed: Set<String>)? = nil) {
        self.init(portal, reportsByAgency: reportsByAgency, diagnostics: diagnostics, reusing: earlier, derived: nil)
    }

    /// `derived`: what the last build derived, taken for each report whose
    /// `DerivationKey` it was derived under (`portal build` with its cache).
    /// `copied`: each report's repeated text as measured while its folder loaded
    /// (`copiedSections`), for a build that let go of the narratives since.
    package init(_ portal: Portal, reportsByAgency: [String: [Report]], diagnostics: [Diagnostic],
                 reusing earlier: (facts: ReaderFacts, changed: Set<String>)?, derived: DerivedParts?,
                 copied measured: CopiedSections? = nil) {
        let problems = Self.problemsByReport(diagnostics)
        let agencies = Dictionary(portal.agencies.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byReport: [String: [Int: ReportFacts]] = [:]
        var fresh: [Report] = []
        for report in portal.reports {
            if let earlier, !earlier.changed.contains(report.agencySlug),
               let kept = earlier.facts.byReport[report.agencySlug]?.of(report.year) {
                byReport[report.agencySlug, default: [:]][report.year] = kept
            } else {
                fresh.append(report)
            }
        }
        let reports = fresh
        let orders = portal.forms.mapValues(FigureOrder.init)
        let slots = ResultSlots<(facts: ReportFacts, key: String?)>(count: reports.count)
        try? forEachInParallel(Array(reports.indices)) { index in
            let report = reports[index]
            let previous = reportsByAgency[report.agencySlug]?.first { $0.year == report.year - 1 }
            let own = problems[Self.key(report.agencySlug, report.year)] ?? []
            var key: String?
            if let derived {
                key = DerivationKey.of(report, agency: agencies[report.agencySlug], previous: previous,
                                       acknowledged: Self.acknowledged(own), open: Self.open(own))
                if let kept = derived.kept(report, key: key) {
                    slots[index] = (kept.facts.inOrder(orders[report.formID]!), key)
                    return
                }
            }
            let kind = agencies[report.agencySlug]?.kind ?? .department
            slots[index] = (Self.facts(report, previous: previous, portal: portal,
                                       deadline: portal.site.deadlines[kind] ?? Deadline.defaults[kind]!, problems: own,
                                       order: orders[report.formID]!, copied: measured?.sections(of: report)), key)
        }
        var keys: [String: [Int: String]] = [:]
        for (report, made) in zip(reports, slots.values) {
            byReport[report.agencySlug, default: [:]][report.year] = made!.facts
            if let key = made!.key { keys[report.agencySlug, default: [:]][report.year] = key }
        }
        self.byReport = byReport.mapValues { years in years.sorted { $0.key < $1.key }.map { YearFacts(year: $0.key, facts: $0.value) } }
        self.keys = keys
    }

    /// A report's `DerivationKey`; nil unless the build keeps derived parts.
    func derivationKey(of report: Report) -> String? {
        keys[report.agencySlug]?[report.year]
    }

    private static let blankRules: Set<String> = ["blank-cell", "blank-total"]

    /// The problems the quality line counts: acknowledged ones, and open ones (blank cells aside).
    static func acknowledged(_ problems: [Diagnostic]) -> Int {
        problems.count { $0.acknowledgement != nil }
    }

    static func open(_ problems: [Diagnostic]) -> Int {
        problems.count { $0.acknowledgement == nil && !blankRules.contains($0.rule) }
    }

    /// The facts of a report of this portal.
    public func facts(of report: Report) -> ReportFacts {
        byReport[report.agencySlug]!.of(report.year)!
    }

    /// A report's value of a figure, by id, as its own form defines it;
    /// nil when the form has no such figure or a cell it adds up is blank.
    public func figure(_ id: String, of report: Report) -> Decimal? {
        byReport[report.agencySlug]?.of(report.year)?.figure(id)
    }

    static func key(_ slug: String, _ year: Int) -> String { "\(slug)/\(year)" }

    static func facts(_ report: Report, previous: Report?, portal: Portal, deadline: Deadline, problems: [Diagnostic],
                      order: FigureOrder, copied measured: [ReportFacts.SectionCopy]? = nil) -> ReportFacts {
        let form = portal.form(of: report)
        let copied = measured ?? copiedSections(report, previous: previous, form: form)
        var values = FigureValues(count: order.ids.count)
        // The first definition of an id wins, as in `FormDefinition.figure(_:)`.
        var seen = Set<String>()
        for figure in form.keyFigures + form.outcomeBreakdown where seen.insert(figure.id).inserted {
            if let position = order.position(of: figure.id) { values[position] = report.keyFigure(figure, in: form) }
        }
        var made = ReportFacts(
            timeliness: Timeliness(published: report.published, year: report.year, deadline: deadline),
            previousYear: previous?.year,
            copied: copied,
            acknowledgedProblems: acknowledged(problems),
            openProblems: open(problems),
            blankCells: report.cells.blankCount,
            order: order,
            values: values,
            previousValues: previous.map { previous in FigureValues(form.keyFigures.map { portal.figure($0.id, of: previous) }) })
        made.keepQualityLine()
        return made
    }

    /// How much of each measured narrative of `report` repeats `previous`'s
    /// (none without a previous year): read from the narratives' text.
    package static func copiedSections(_ report: Report, previous: Report?, form: FormDefinition) -> [ReportFacts.SectionCopy] {
        guard let previous else { return [] }
        var copied: [ReportFacts.SectionCopy] = []
        for section in form.sections {
            guard case .narrative(let id) = section.content, ReportFacts.measuredSections.contains(id) else { continue }
            let text = CopiedText(report.narratives[id]?.value ?? "", previous: previous.narratives[id]?.value ?? "")
            copied.append(.init(id: id, number: section.number, copied: text))
        }
        return copied
    }

    /// Diagnostics by the report folder they point into (`…/agencies/<slug>/<year>/<file>`).
    static func problemsByReport(_ diagnostics: [Diagnostic]) -> [String: [Diagnostic]] {
        var found: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let parts = diagnostic.location.path.split(separator: "/")
            guard let at = parts.lastIndex(of: "agencies"), parts.count == at + 4, let year = Int(parts[at + 2]) else { continue }
            found[key(String(parts[at + 1]), year), default: []].append(diagnostic)
        }
        return found
    }
}

/// A report's facts beside its year (`ReaderFacts.byReport`).
private struct YearFacts: Sendable {
    let year: Int
    let facts: ReportFacts
}

extension [YearFacts] {
    fileprivate func of(_ year: Int) -> ReportFacts? {
        first { $0.year == year }?.facts
    }
}

/// Each report's repeated text (`ReaderFacts.copiedSections`), measured
/// while its agency folder loaded, by agency slug and year.
package struct CopiedSections: Sendable {
    private var byReport: [String: [Int: [ReportFacts.SectionCopy]]] = [:]

    package init() {}

    package mutating func add(_ sections: [ReportFacts.SectionCopy], of report: Report) {
        byReport[report.agencySlug, default: [:]][report.year] = sections
    }

    package mutating func merge(_ other: CopiedSections) {
        byReport.merge(other.byReport) { $1 }
    }

    /// Nil for a report not measured (then the facts measure it themselves).
    package func sections(of report: Report) -> [ReportFacts.SectionCopy]? {
        byReport[report.agencySlug]?[report.year]
    }
}
