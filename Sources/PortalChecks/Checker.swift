import Foundation
import PortalModel

/// Runs every check over the whole portal and returns every problem found,
/// sorted by location. Checks never stop at the first problem.
public struct Checker: Sendable {
    /// A named check: one kind of problem, looked for everywhere.
    public struct Check: Sendable {
        public let name: String
        public let run: @Sendable (Portal) -> [Diagnostic]
    }

    /// Every check, in the order they are documented.
    public static let checks: [Check] = [
        Check(name: "values") { ValueCheck.run($0) },
        Check(name: "blank cells") { BlankCellCheck.run($0) },
        Check(name: "form rules") { FormRuleCheck.run($0) },
        Check(name: "cross-year rules") { CrossYearCheck.run($0) },
        Check(name: "report shape") { ReportShapeCheck.run($0) },
        Check(name: "agencies") { AgencyCheck.run($0) },
    ]

    public init() {}

    /// The checks run side by side (they only read the model); the result
    /// is sorted, so it does not depend on which finishes first.
    public func run(_ portal: Portal) -> [Diagnostic] {
        let found = ResultSlots<[Diagnostic]>(count: Self.checks.count)
        DispatchQueue.concurrentPerform(iterations: Self.checks.count) { index in
            found[index] = Self.checks[index].run(portal)
        }
        return DiagnosticsError(found.values.flatMap { $0 ?? [] }).diagnostics
    }
}
