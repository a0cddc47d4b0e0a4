/// What a blank cell of a report stands for, declared per site and per
/// report (`blankCells:`). Pages and downloads always show the blank as
/// published; only the checks read it.
public enum BlankCells: String, Sendable, Hashable {
    /// A blank is unknown: the identities that use it cannot be verified.
    case unknown
    /// The report prints blanks for zeros: every identity is fully checked.
    case zero
}

extension Portal {
    /// True when the checks read a report's blank cells as zeros.
    public func blanksAreZeros(_ report: Report) -> Bool {
        (report.blankCells ?? site.blankCells) == .zero
    }
}
