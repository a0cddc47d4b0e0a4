/// An accounting identity (勾稽关系) of a form: the cells named on the left
/// add up to the cells named on the right, evaluated once per column or once
/// per row of a block. Declared in the form file; one engine evaluates all.
public struct FormRule: Sendable, Hashable {
    public enum Each: String, Sendable, Hashable {
        /// `left` and `right` name rows (group rows stand for their sub-rows);
        /// the identity holds in every column, e.g. 一 + 二 = 三（七） + 四.
        case column
        /// `left` and `right` name columns; the identity holds in every row,
        /// e.g. 总计 = 自然人 + 商业企业 + … + 其他.
        case row
    }

    /// Stable id, printed in diagnostics: error[balance].
    public var id: String
    /// The identity in the form's own words, for documentation.
    public var description: String
    public var table: String
    public var each: Each
    public var left: [String]
    public var right: [String]

    public init(id: String, description: String, table: String, each: Each, left: [String], right: [String]) {
        self.id = id
        self.description = description
        self.table = table
        self.each = each
        self.left = left
        self.right = right
    }
}

/// A rule between consecutive reports of one agency: a row of this year's
/// table equals a row of last year's, column by column (上年结转 = last
/// year's 结转下年度继续办理). Columns are matched by id, so it works across
/// a change of format.
public struct CrossYearRule: Sendable, Hashable {
    public var id: String
    public var description: String
    public var table: String
    /// Row of this year's report.
    public var current: String
    /// Row of the previous year's report.
    public var previous: String

    public init(id: String, description: String, table: String, current: String, previous: String) {
        self.id = id
        self.description = description
        self.table = table
        self.current = current
        self.previous = previous
    }
}
