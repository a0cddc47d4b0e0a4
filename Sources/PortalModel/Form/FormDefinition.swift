/// One national format of the annual report (e.g. the 2021 format), read
/// from a form file. Pages, downloads and checks all walk this structure;
/// nothing about a form's rows or columns is written in Swift.
public struct FormDefinition: Sendable {
    /// The fields live in one shared box: a form is looked up for every
    /// report by every check and page, and copying ~60 arrays and strings
    /// (its narrative words above all) each time was ≈ 4 % of a cold check.
    /// A change makes a new box, so it is still a value.
    private var storage: Storage

    public var id: String { get { storage.fields.id } set { mutate { $0.id = newValue } } }
    /// Official title of the format, e.g. 中华人民共和国政府信息公开工作年度报告格式.
    public var name: String { get { storage.fields.name } set { mutate { $0.name = newValue } } }
    /// The notice that issued it, e.g. 国办公开办函〔2021〕30号.
    public var issuedBy: String { get { storage.fields.issuedBy } set { mutate { $0.issuedBy = newValue } } }
    /// Report years the format is meant for (inclusive); `nil` means open-ended.
    public var firstYear: Int? { get { storage.fields.firstYear } set { mutate { $0.firstYear = newValue } } }
    public var lastYear: Int? { get { storage.fields.lastYear } set { mutate { $0.lastYear = newValue } } }
    public var sections: [FormSection] { get { storage.fields.sections } set { mutate { $0.sections = newValue } } }
    public var tables: [FormTable] {
        get { storage.fields.tables }
        set {
            mutate {
                $0.tables = newValue
                $0.columnIndexes = Self.columnIndexes(of: newValue)
                $0.cellLayout = Self.cellLayout(of: newValue)
            }
        }
    }
    public var keyFigures: [KeyFigure] { get { storage.fields.keyFigures } set { mutate { $0.keyFigures = newValue } } }
    /// How the year's closed applications split by outcome (三（一）…（六）),
    /// for the archives' breakdown charts.
    public var outcomeBreakdown: [KeyFigure] { get { storage.fields.outcomeBreakdown } set { mutate { $0.outcomeBreakdown = newValue } } }
    public var rules: [FormRule] { get { storage.fields.rules } set { mutate { $0.rules = newValue } } }
    public var crossYearRules: [CrossYearRule] { get { storage.fields.crossYearRules } set { mutate { $0.crossYearRules = newValue } } }
    /// Stocks that roll forward from last year's report (现行有效件数).
    public var rollForwardRules: [RollForwardRule] { get { storage.fields.rollForwardRules } set { mutate { $0.rollForwardRules = newValue } } }
    /// Cells a kind of agency has no power to fill (规章 for a 乡镇).
    public var agencyKindRules: [AgencyKindRule] { get { storage.fields.agencyKindRules } set { mutate { $0.agencyKindRules = newValue } } }
    /// How narratives state the tables' figures, for the narrative check.
    public var narrativeClaims: NarrativeClaims { get { storage.fields.narrativeClaims } set { mutate { $0.narrativeClaims = newValue } } }
    /// How narratives list a total's parts, for the consistency check.
    public var narrativeBreakdowns: NarrativeBreakdowns { get { storage.fields.narrativeBreakdowns } set { mutate { $0.narrativeBreakdowns = newValue } } }
    /// The form file, so diagnostics about the form itself can point at it.
    public var location: SourceLocation { get { storage.fields.location } set { mutate { $0.location = newValue } } }
    /// Where each data row sits in a report's cells, shared by every report in this form.
    public var cellLayout: CellLayout { storage.fields.cellLayout }

    public init(id: String, name: String, issuedBy: String, firstYear: Int?, lastYear: Int?,
                sections: [FormSection], tables: [FormTable], keyFigures: [KeyFigure],
                rules: [FormRule] = [], crossYearRules: [CrossYearRule] = [], location: SourceLocation) {
        storage = Storage(Fields(id: id, name: name, issuedBy: issuedBy, firstYear: firstYear, lastYear: lastYear,
                                 sections: sections, tables: tables, keyFigures: keyFigures, rules: rules,
                                 crossYearRules: crossYearRules, location: location,
                                 columnIndexes: Self.columnIndexes(of: tables), cellLayout: Self.cellLayout(of: tables)))
    }

    /// Changes a field in a new box: forms change only while the loader
    /// builds them, and an immutable box needs no exclusivity checks.
    private mutating func mutate(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    private struct Fields: Sendable {
        var id: String
        var name: String
        var issuedBy: String
        var firstYear: Int?
        var lastYear: Int?
        var sections: [FormSection]
        var tables: [FormTable]
        var keyFigures: [KeyFigure]
        var outcomeBreakdown: [KeyFigure] = []
        var rules: [FormRule]
        var crossYearRules: [CrossYearRule]
        var rollForwardRules: [RollForwardRule] = []
        var agencyKindRules: [AgencyKindRule] = []
        var narrativeClaims = NarrativeClaims()
        var narrativeBreakdowns = NarrativeBreakdowns()
        var location: SourceLocation
        /// Column position of every `table.row.column` the form has: key
        /// figures are summed for every report on many pages.
        var columnIndexes: [CellRef: Int]
        var cellLayout: CellLayout
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private static func cellLayout(of tables: [FormTable]) -> CellLayout {
        CellLayout(tables.map { table in (table.id, table.leafRows.map { block, row in (row.id, block.columns.map(\.kind)) }) },
                   cellCount: tables.reduce(0) { sum, table in table.leafRows.reduce(sum) { $0 + $1.block.columns.count } })
    }

    private static func columnIndexes(of tables: [FormTable]) -> [CellRef: Int] {
        var indexes: [CellRef: Int] = [:]
        for table in tables {
            for block in table.blocks {
                for row in block.leafRows {
                    for (index, column) in block.columns.enumerated() {
                        let ref = CellRef(table: table.id, row: row.id, column: column.id)
                        if indexes[ref] == nil { indexes[ref] = index }
                    }
                }
            }
        }
        return indexes
    }

    /// The position of a cell's column within its row, when the form has the cell.
    public func columnIndex(of ref: CellRef) -> Int? {
        storage.fields.columnIndexes[ref]
    }

    public func table(_ id: String) -> FormTable? {
        tables.first { $0.id == id }
    }

    /// This form's own definition of a figure with the given id (forms
    /// define the same figure over their own rows).
    public func figure(_ id: String) -> KeyFigure? {
        keyFigures.first { $0.id == id } ?? outcomeBreakdown.first { $0.id == id }
    }

    /// Whether the format is meant for reports of `year`.
    public func covers(year: Int) -> Bool {
        (firstYear.map { year >= $0 } ?? true) && (lastYear.map { year <= $0 } ?? true)
    }

    /// Narrative section ids in official order, e.g. overview, problems, other.
    public var narrativeIDs: [String] {
        sections.compactMap { if case .narrative(let id) = $0.content { id } else { nil } }
    }

    /// Resolves `table.row.column` to the row's block and the column index.
    public func resolve(_ ref: CellRef) -> (table: FormTable, block: FormBlock, row: FormRow, columnIndex: Int)? {
        guard let table = table(ref.table) else { return nil }
        for block in table.blocks {
            guard let row = block.leafRows.first(where: { $0.id == ref.row }),
                  let index = block.columns.firstIndex(where: { $0.id == ref.column }) else { continue }
            return (table, block, row, index)
        }
        return nil
    }
}

/// One of the six numbered parts of a report, in official order.
public struct FormSection: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// Free text from `<id>.md`.
        case narrative(String)
        /// A table of the form, by id.
        case table(String)
    }

    /// Official numbering, e.g. 一.
    public var number: String
    public var title: String
    public var content: Content
    /// Other wordings reports print for the heading (存在的主要问题和改进情况…),
    /// from the form file: `portal import` recognises them too.
    public var aliases: [String]
    /// What a narrative section should say, in the notice's words: written
    /// as a note into the files of a new report (`portal new report`).
    public var guidance: String?

    public init(number: String, title: String, content: Content, aliases: [String] = [], guidance: String? = nil) {
        self.number = number
        self.title = title
        self.content = content
        self.aliases = aliases
        self.guidance = guidance
    }

    /// The heading as printed: 一、总体情况.
    public var heading: String { "\(number)、\(title)" }
}

/// A figure worth comparing across agencies and years (applications received,
/// lawsuits…), defined as a sum of cells so that forms with different rows
/// can still be totalled side by side.
public struct KeyFigure: Sendable, Hashable {
    public var id: String
    public var label: String
    public var cells: [CellRef]

    public init(id: String, label: String, cells: [CellRef]) {
        self.id = id
        self.label = label
        self.cells = cells
    }
}

/// Names one cell: `applications.received.total`.
public struct CellRef: Sendable, Hashable, CustomStringConvertible {
    public var table: String
    public var row: String
    public var column: String

    public init(table: String, row: String, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(table: parts[0], row: parts[1], column: parts[2])
    }

    public var description: String { "\(table).\(row).\(column)" }
}
