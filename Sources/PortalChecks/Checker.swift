import Foundation
import PortalModel
import PortalSupport

/// Runs every check over the whole portal and returns every problem found,
/// sorted by location. Checks never stop at the first problem.
public struct Checker: Sendable {
    /// A named check: one kind of problem, looked for everywhere.
    public struct Check: Sendable {
        public let name: String
        /// The rules it reports (the form rules' ids come from the forms).
        public var rules: [Rule] = []
        /// True when the check looks at the agencies as a whole; other
        /// checks look at one agency's reports at a time and may run over
        /// slices of the portal.
        public var portalWide = false
        /// True when the check reads the narratives' text: a clean build
        /// runs it on each agency folder as it loads (`NarrativeReadingChecks`)
        /// and lets go of the text at once.
        public var readsNarratives = false
        public let run: @Sendable (Portal) -> [Diagnostic]
    }

    /// Every check, in the order they are documented.
    public static let checks: [Check] = [
        Check(name: "values", rules: [ValueCheck.value]) { ValueCheck.run($0) },
        Check(name: "blank cells", rules: [BlankCellCheck.blankCell]) { BlankCellCheck.run($0) },
        Check(name: "form rules", rules: [BlankIdentity.blankTotal]) { FormRuleCheck.run($0) },
        Check(name: "cross-year rules") { CrossYearCheck.run($0) },
        Check(name: "roll-forward rules") { RollForwardCheck.run($0) },
        Check(name: "agency-kind rules") { AgencyKindCheck.run($0) },
        Check(name: "report shape", rules: [ReportShapeCheck.formYear, ReportShapeCheck.emptyNarrative], readsNarratives: true) { ReportShapeCheck.run($0) },
        // Figures, changes and consistency: one reading of each narrative for the three.
        Check(name: "narratives", rules: NarrativeChecks.rules, readsNarratives: true) { NarrativeChecks.run($0) },
        Check(name: "report period", rules: [ReportPeriodCheck.reportPeriod], readsNarratives: true) { ReportPeriodCheck.run($0) },
        Check(name: "report publisher", rules: [ReportPublisherCheck.reportPublisher], readsNarratives: true) { ReportPublisherCheck.run($0) },
        Check(name: "agencies", rules: [AgencyCheck.duplicateAgency, AgencyCheck.parentCycle, AgencyCheck.reportOutsideYears, AgencyCheck.formerNameAgency], portalWide: true) { AgencyCheck.run($0) },
    ]

    public init() {}

    /// Every rule the built-in checks report, besides the forms' own.
    public static var rules: [Rule] { checks.flatMap(\.rules) + [AcknowledgementCheck.staleAcknowledgement] }

    /// A form's identities as rules: their ids and descriptions are data.
    public static func rules(of form: FormDefinition) -> [Rule] {
        form.rules.map { Rule($0.id, .error, .check, $0.description) }
            + form.crossYearRules.map { Rule($0.id, .error, .check, $0.description) }
            + form.rollForwardRules.map { Rule($0.id, $0.severity, .check, $0.description) }
            + form.agencyKindRules.map { Rule($0.id, $0.severity, .check, $0.description) }
    }

    /// The checks run side by side (they only read the model), each over
    /// slices of the portal that hold whole agencies, so that all cores
    /// share the work however uneven the checks are. The result is sorted,
    /// so it does not depend on which finishes first.
    ///
    /// `narrativesChecked`: what `NarrativeReadingChecks` found in every
    /// agency folder as it loaded (a clean build, which then let go of the
    /// text): those checks are not run again, and their problems join the rest.
    public func run(_ portal: Portal, narrativesChecked: [Diagnostic]? = nil) -> [Diagnostic] {
        let slices = Self.slices(of: portal, count: 4 * ProcessInfo.processInfo.activeProcessorCount)
        var jobs: [(check: Check, portal: Portal)] = []
        for check in Self.checks where narrativesChecked == nil || !check.readsNarratives {
            if check.portalWide {
                jobs.append((check, portal))
            } else {
                jobs += slices.map { (check, $0) }
            }
        }
        let found = ResultSlots<[Diagnostic]>(count: jobs.count)
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            found[index] = work[index].check.run(work[index].portal)
        }
        // What the reports acknowledge is marked (and what they acknowledge
        // in vain reported) once every check has spoken.
        return AcknowledgementCheck.apply(DiagnosticsError(found.values.flatMap { $0 ?? [] } + (narrativesChecked ?? [])).diagnostics, to: portal)
    }

    /// The checks that look at one agency's reports at a time, over the
    /// agencies of `slugs` only (nil: all), with their reports'
    /// acknowledgements applied: what `portal serve` runs again after an
    /// agency's files changed. With `runPortalWide`, the problems `run` finds.
    public func runPerAgency(_ portal: Portal, agencies slugs: Set<String>? = nil) -> [Diagnostic] {
        var part = portal
        if let slugs { part.reports = portal.reports.filter { slugs.contains($0.agencySlug) } }
        guard !part.reports.isEmpty else { return [] }
        let slices = slugs == nil ? Self.slices(of: part, count: 4 * ProcessInfo.processInfo.activeProcessorCount) : [part]
        let checks = Self.checks.filter { !$0.portalWide }
        let jobs = slices.flatMap { slice in checks.map { (check: $0, portal: slice) } }
        let found = ResultSlots<[Diagnostic]>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { found[$0] = jobs[$0].check.run(jobs[$0].portal) }
        return AcknowledgementCheck.apply(DiagnosticsError(found.values.flatMap { $0 ?? [] }).diagnostics, to: part)
    }

    /// The checks that look at the agencies as a whole.
    public func runPortalWide(_ portal: Portal) -> [Diagnostic] {
        DiagnosticsError(Self.checks.filter(\.portalWide).flatMap { $0.run(portal) }).diagnostics
    }

    /// The portal cut into about `count` parts of its reports, never
    /// splitting an agency (cross-year rules compare its years).
    static func slices(of portal: Portal, count: Int) -> [Portal] {
        let target = max(1, portal.reports.count / max(1, count))
        var slices: [Portal] = []
        var start = 0
        while start < portal.reports.count {
            var end = min(start + target, portal.reports.count)
            while end < portal.reports.count, portal.reports[end].agencySlug == portal.reports[end - 1].agencySlug { end += 1 }
            var slice = portal
            slice.reports = Array(portal.reports[start..<end])
            slices.append(slice)
            start = end
        }
        return slices.isEmpty ? [portal] : slices
    }
}
