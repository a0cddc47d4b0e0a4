import PortalModel

/// An identity with blank cells. Counts are never negative, so when one
/// side is known and the other's known cells already exceed it, no value of
/// the blanks makes it hold: an error, whatever the report meant by them.
/// A total printed blank while its parts are not all zero or blank is a
/// warning (`blank-total`): the report left out a figure it had.
enum BlankIdentity {
    static let blankTotal = Rule("blank-total", .warning, .check, "a total printed blank while its parts are not all zero or blank")

    static func diagnose(_ rule: FormRule, _ left: [Term], _ right: [Term], where: String, report: Report) -> Diagnostic? {
        // A missing cell (not blank: absent) is the loader's finding.
        guard !(left + right).contains(where: { $0.value == nil && $0.blanks == 0 }) else { return nil }
        let hint = "\(rule.description); counts are never negative, so no number in the blank cells makes this hold: the report itself needs correcting (until it is, acknowledge the problem in report.yaml, acknowledged:, to publish it as published)"
        if let l = left.sum, right.hasBlanks, right.knownSum > l {
            return Diagnostic(.error, rule.id, at: left.first?.location ?? report.location,
                          "\(`where`): \(left.text), but \(right.partialText) already add up to \(right.knownSum.plainText): the identity holds for no value of the blank cells",
                          hint: hint)
        }
        if let r = right.sum, left.hasBlanks, left.knownSum > r {
            return Diagnostic(.error, rule.id, at: left.first?.location ?? report.location,
                          "\(`where`): \(left.partialText) already add up to \(left.knownSum.plainText), but \(right.text): the identity holds for no value of the blank cells",
                          hint: hint)
        }
        // A total: one cell on one side, the parts on the other.
        if left.count == 1, right.count > 1, let total = left.first, total.allBlank, right.knownSum > 0 {
            return .warning(blankTotal, at: total.location ?? report.location,
                            "\(`where`): \(total.name) is printed blank, but its parts are not all zero or blank: \(right.partialText)",
                            hint: "\(rule.description); write the total the report printed, or check whether the report left it out")
        }
        return nil
    }
}
