import Foundation
import PortalModel

/// What a narrative states against last year (申请量同比增长103%, 较上年减少
/// 1件, 较上年的8件) checked against last year's report of the same agency,
/// when the portal holds it. A warning: last year's report may have been
/// corrected since, or the narrative may count its base another way.
enum NarrativeChangeCheck {
    static let narrativeChange = Rule("narrative-change", .warning, .check, "a change from last year the narrative states (同比增长X%, 较上年减少X件), or last year's figure (较上年的X件), differs from the two years' tables of the same agency")

    /// The changes one narrative of `current` states (read once, by
    /// `NarrativeChecks`), against last year's report of the same agency.
    static func problems(in text: NarrativeText, changes: [NarrativeChange], at location: SourceLocation,
                         current: Report, form: FormDefinition, previous: Report, previousForm: FormDefinition,
                         blanksAreZeros: (current: Bool, previous: Bool)) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A level reached (增加到12件) is this year's figure, rule narrative-figure's;
        // a region's change in a department's report is not this agency's (a
        // warning for the figure rule, one step down here: nothing).
        for change in changes where change.measure != .level && change.certain {
            guard let claim = claim(change.claim.id, in: previousForm),
                  let before = ClaimValue(claim, report: previous, form: previousForm, blanksAreZeros: blanksAreZeros.previous) else { continue }
            let at = text.location(of: change.range.lowerBound, base: location)
            let quote = text.quote(around: change.range)
            if change.measure == .lastYear {
                guard !NarrativeFigureCheck.agrees(change.value, before.value, precision: change.precision) else { continue }
                problems.append(.warning(narrativeChange, at: at,
                    "“\(quote)” states \(change.value.plainText) for \(change.claim.label) in \(previous.year), but the \(previous.year) report's \(before.cells) is \(before.value.plainText)",
                    hint: "correct the narrative, or the \(previous.year) report's table if it differs from its published report (\(previous.location.path))"))
                continue
            }
            let isPercent = change.measure == .percent
            guard let now = ClaimValue(change.claim, report: current, form: form, blanksAreZeros: blanksAreZeros.current),
                  !isPercent || before.value > 0 else { continue }
            let actual = isPercent ? (now.value - before.value) / before.value * 100 : now.value - before.value
            let fits = isPercent ? NarrativeFigureCheck.agreesAsShare(change.value, actual, precision: change.precision)
                : NarrativeFigureCheck.agrees(change.value, actual, precision: change.precision)
            guard !fits else { continue }
            let unit = isPercent ? "%" : ""
            let stated = "\(change.value < 0 ? "a fall" : "a rise") of \((change.value < 0 ? -change.value : change.value).plainText)\(unit)"
            let shown = isPercent ? rounded(actual) : actual
            problems.append(.warning(narrativeChange, at: at,
                "“\(quote)” states \(stated) in \(change.claim.label) from \(previous.year), but the tables give \(before.value.plainText) (\(previous.year)) → \(now.value.plainText) (\(current.year)): \(actual >= 0 ? "+" : "")\(shown.plainText)\(unit)",
                hint: "correct the narrative, or whichever year's table differs from its published report (\(previous.location.path))"))
        }
        return problems
    }

    /// A claim of a form by id; a part by applicant (received.自然人) is its
    /// kind's column of the total's row, where the form lists that kind.
    private static func claim(_ id: String, in form: FormDefinition) -> NarrativeClaim? {
        if let claim = form.narrativeClaims.claim(id) { return claim }
        let parts = id.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let total = form.narrativeClaims.claim(parts[0]),
              let kind = form.narrativeBreakdowns.columnParts.first(where: { $0.label == parts[1] }) else { return nil }
        return ColumnPartReader.claim(of: kind, in: total)
    }

    private static func rounded(_ value: Decimal) -> Decimal {
        var value = value, result = Decimal()
        NSDecimalRound(&result, &value, 2, .plain)
        return result
    }
}
