import PortalModel

/// The checks that read the narratives' text (`Checker.Check.readsNarratives`:
/// report shape, narratives, report period), run on one agency folder's
/// reports as the load reads them. They read one report and its previous
/// year, which is in the same folder, so a clean build can let go of the
/// text once a folder is checked instead of holding every report's until
/// the check step. One per thread: it keeps the forms' words compiled for
/// the folders it checked before.
public final class NarrativeReadingChecks {
    private let forms = CompiledForms()
    private let periodWords = CompiledPeriodWords()

    public init() {}

    /// The problems these checks find in `portal`'s reports (one agency's),
    /// in the checks' documented order; `Checker.run(_:narrativesChecked:)`
    /// sorts them with the rest and applies the acknowledgements.
    public func run(_ portal: Portal) -> [Diagnostic] {
        Checker.checks.filter(\.readsNarratives).flatMap { check in
            switch check.name {
            case "narratives": NarrativeChecks.run(portal, forms: forms)
            case "report period": ReportPeriodCheck.run(portal, words: periodWords)
            case "report publisher": ReportPublisherCheck.run(portal, words: periodWords)
            default: check.run(portal)
            }
        }
    }
}
