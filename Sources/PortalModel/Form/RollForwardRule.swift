/// A stock that rolls forward between an agency's consecutive reports:
/// last year's stock + this year's additions − this year's removals = this
/// year's stock, row by row (现行有效件数 of 规章 and 行政规范性文件). Columns
/// are named by id, so last year's report must have them too.
public struct RollForwardRule: Sendable, Hashable {
    public var id: String
    public var description: String
    public var table: String
    /// The rows it holds for.
    public var rows: [String]
    /// Column of the stock (现行有效件数).
    public var stock: String
    /// Column added during the year (本年制发件数).
    public var added: String
    /// Column removed during the year (本年废止件数).
    public var removed: String
    /// A warning when honest exceptions exist (revisions, expiries).
    public var severity: Diagnostic.Severity

    public init(id: String, description: String, table: String, rows: [String], stock: String, added: String,
                removed: String, severity: Diagnostic.Severity) {
        self.id = id
        self.description = description
        self.table = table
        self.rows = rows
        self.stock = stock
        self.added = added
        self.removed = removed
        self.severity = severity
    }
}
