/// A correction (更正) of a report: the agency republished it corrected.
/// The report folder keeps the superseded version's tables as published,
/// so the history can be shown and exported; checks run on the current one.
public struct Correction: Sendable {
    /// When the corrected version was published (YYYY-MM-DD, as written).
    public var date: String
    /// What changed, in the editor's words.
    public var note: String
    /// The file holding the superseded version (e.g. superseded-2023-01-30.yaml).
    public var supersededFile: String?
    /// The superseded version's cells, per table and row, when kept.
    public var supersededTables: [String: [String: CellRow]]
    /// The entry in report.yaml.
    public var location: SourceLocation

    public init(date: String, note: String, supersededFile: String? = nil,
                supersededTables: [String: [String: CellRow]] = [:], location: SourceLocation) {
        self.date = date
        self.note = note
        self.supersededFile = supersededFile
        self.supersededTables = supersededTables
        self.location = location
    }
}
