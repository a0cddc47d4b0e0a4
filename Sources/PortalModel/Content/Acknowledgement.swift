/// A problem the portal's editor has acknowledged in `report.yaml`
/// (`acknowledged:`): the report is published as the agency published it,
/// mistake included, with the editor's note shown beside it. It must match
/// a current problem, so a note never outlives the mistake it explains.
public struct Acknowledgement: Sendable, Hashable {
    /// What the problem concerns.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        /// A table cell: `applications.closedTotal.naturalPersons`.
        case cell(CellRef)
        /// A line of a narrative: `overview.md:3`.
        case line(narrative: String, line: Int)

        public var description: String {
            switch self {
            case .cell(let ref): ref.description
            case .line(let narrative, let line): "\(narrative).md:\(line)"
            }
        }
    }

    /// The rule id of the problem, e.g. balance or narrative-figure.
    public var rule: String
    public var target: Target
    /// The editor's note, e.g. 机关已确认为笔误，更正稿待发布.
    public var note: String
    /// The entry in report.yaml.
    public var location: SourceLocation

    public init(rule: String, target: Target, note: String, location: SourceLocation) {
        self.rule = rule
        self.target = target
        self.note = note
        self.location = location
    }
}
