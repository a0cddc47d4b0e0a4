import Foundation

/// One agency's annual report for one year: the table cells exactly as
/// published plus the narrative sections.
public struct Report: Sendable {
    /// The fields, in one box shared by copies until one is changed: a
    /// report is copied wherever it is listed, sorted or passed (tens of
    /// thousands of times a build), and copying a box is one reference
    /// count instead of one per field.
    private final class Fields: @unchecked Sendable {
        var agencySlug: String
        var year: Int
        var formID: String
        var published: String?
        var cells: ReportCells
        var narratives: [String: Located<String>]
        var location: SourceLocation
        var formLocation: SourceLocation
        var sourceDigest: String
        var source: ReportSource? = nil
        var blankCells: BlankCells? = nil
        var acknowledgements: [Acknowledgement] = []
        var corrections: [Correction] = []
        var narrativeFiles: NarrativeFiles? = nil
        /// Whether `narratives` was emptied by `letGoOfNarratives()`.
        var narrativesLetGo = false
        /// Whether `cells` was emptied by `letGoOfCells()`.
        var cellsLetGo = false

        init(agencySlug: String, year: Int, formID: String, published: String?, cells: ReportCells,
             narratives: [String: Located<String>], location: SourceLocation, formLocation: SourceLocation, sourceDigest: String) {
            self.agencySlug = agencySlug
            self.year = year
            self.formID = formID
            self.published = published
            self.cells = cells
            self.narratives = narratives
            self.location = location
            self.formLocation = formLocation
            self.sourceDigest = sourceDigest
        }

        func copy() -> Fields {
            let copy = Fields(agencySlug: agencySlug, year: year, formID: formID, published: published, cells: cells,
                              narratives: narratives, location: location, formLocation: formLocation, sourceDigest: sourceDigest)
            copy.source = source
            copy.blankCells = blankCells
            copy.acknowledgements = acknowledgements
            copy.corrections = corrections
            copy.narrativeFiles = narrativeFiles
            copy.narrativesLetGo = narrativesLetGo
            copy.cellsLetGo = cellsLetGo
            return copy
        }
    }

    private var fields: Fields

    /// The box, made this report's own before a change (copy on write).
    private mutating func owned() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    public var agencySlug: String {
        get { fields.agencySlug }
        set { owned().agencySlug = newValue }
    }
    public var year: Int {
        get { fields.year }
        set { owned().year = newValue }
    }
    public var formID: String {
        get { fields.formID }
        set { owned().formID = newValue }
    }
    /// Date the report was published, as written (YYYY-MM-DD), when known.
    public var published: String? {
        get { fields.published }
        set { owned().published = newValue }
    }
    /// Every cell of the report's tables, packed in the form's row order.
    public var cells: ReportCells {
        get { heldCells }
        set {
            let fields = owned()
            fields.cells = newValue
            fields.cellsLetGo = false
        }
    }

    /// The cells, which must not have been let go of.
    private var heldCells: ReportCells {
        assert(!fields.cellsLetGo, "the cells of \(agencySlug)/\(year) were let go after every file made of them was written")
        return fields.cells
    }

    /// Whether the cells are held (they are, unless `letGoOfCells()` dropped them).
    public var holdsCells: Bool { !fields.cellsLetGo }

    /// Drops the cells from this report and from every copy of it that
    /// shares its fields, once a build has written every file made of them
    /// (a clean build, after its downloads step: the later steps read the
    /// reader facts, not the cells). Not while another thread reads the report.
    public func letGoOfCells() {
        fields.cells = .empty
        fields.cellsLetGo = true
    }
    /// Cells per table id, then per data-row id, in the block's column order:
    /// made on each call (hot paths read `table(_:)` or `cells(table:row:)`).
    public var tables: [String: [String: CellRow]] {
        get { heldCells.tables }
        set { owned().cells = ReportCells(tables: newValue) }
    }
    /// Markdown source per narrative id (`overview`, `problems`, `other`, `preamble`),
    /// while held: once the build let go of them, `narratives(from:)` reads them.
    public var narratives: [String: Located<String>] {
        get {
            assert(!fields.narrativesLetGo, "the narratives of \(agencySlug)/\(year) were let go: read them with narratives(from:)")
            return fields.narratives
        }
        set {
            let fields = owned()
            fields.narratives = newValue
            fields.narrativesLetGo = false
        }
    }
    /// Where the narratives were read from (the loader sets it), so that a
    /// build can let go of their text and read it again.
    public var narrativeFiles: NarrativeFiles? {
        get { fields.narrativeFiles }
        set { owned().narrativeFiles = newValue }
    }
    /// Whether the text is held (it is, unless `letGoOfNarratives()` dropped it).
    public var holdsNarratives: Bool { !fields.narrativesLetGo }

    /// Drops the narratives' text from this report and from every copy of
    /// it that shares its fields (the portal's list, the site index's
    /// groupings), keeping where they were read from; a report not read
    /// from files keeps its text. Not while another thread reads the report.
    public func letGoOfNarratives() {
        guard fields.narrativeFiles != nil, !fields.narrativesLetGo else { return }
        fields.narratives = [:]
        fields.narrativesLetGo = true
    }

    /// The narrative whose file is `path` (as diagnostics name it), held or let go:
    /// what an acknowledgement of a narrative line names.
    public func narrativeID(atPath path: String) -> String? {
        if fields.narrativesLetGo, let files = fields.narrativeFiles {
            return files.texts.first { files.displayPath(of: $0.id) == path }?.id
        }
        return fields.narratives.first { $0.value.location.path == path }?.key
    }

    /// The narratives: those held, or read again by `source` once let go.
    public func narratives(from source: (any NarrativeSource)?) -> [String: Located<String>] {
        guard fields.narrativesLetGo, let files = fields.narrativeFiles else { return fields.narratives }
        guard let source else { preconditionFailure("the narratives of \(agencySlug)/\(year) were let go without a source to read them") }
        return source.narratives(of: files)
    }
    /// The data file (`report.yaml`).
    public var location: SourceLocation {
        get { fields.location }
        set { owned().location = newValue }
    }
    /// Where the data file names its form, for diagnostics about the choice.
    public var formLocation: SourceLocation {
        get { fields.formLocation }
        set { owned().formLocation = newValue }
    }
    /// SHA-256 of the folder's files as read: a rebuild reuses this
    /// report's pages and downloads when it is unchanged.
    public var sourceDigest: String {
        get { fields.sourceDigest }
        set { owned().sourceDigest = newValue }
    }
    /// The published file an import read the report from, when imported.
    public var source: ReportSource? {
        get { fields.source }
        set { owned().source = newValue }
    }
    /// `blankCells:` in report.yaml, when it says; otherwise the site's.
    public var blankCells: BlankCells? {
        get { fields.blankCells }
        set { owned().blankCells = newValue }
    }
    /// Problems the editor acknowledged (`acknowledged:`), in file order.
    public var acknowledgements: [Acknowledgement] {
        get { fields.acknowledgements }
        set { owned().acknowledgements = newValue }
    }
    /// Earlier versions this one corrects (`corrections:`), oldest first.
    public var corrections: [Correction] {
        get { fields.corrections }
        set { owned().corrections = newValue }
    }

    public init(agencySlug: String, year: Int, formID: String, published: String? = nil,
                tables: [String: [String: CellRow]], narratives: [String: Located<String>],
                location: SourceLocation, formLocation: SourceLocation? = nil, sourceDigest: String = "") {
        self.init(agencySlug: agencySlug, year: year, formID: formID, published: published, cells: ReportCells(tables: tables),
                  narratives: narratives, location: location, formLocation: formLocation, sourceDigest: sourceDigest)
    }

    public init(agencySlug: String, year: Int, formID: String, published: String? = nil,
                cells: ReportCells, narratives: [String: Located<String>],
                location: SourceLocation, formLocation: SourceLocation? = nil, sourceDigest: String = "") {
        fields = Fields(agencySlug: agencySlug, year: year, formID: formID, published: published, cells: cells,
                        narratives: narratives, location: location, formLocation: formLocation ?? location, sourceDigest: sourceDigest)
    }

    public func cells(table: String, row: String) -> CellRow? {
        heldCells.row(table: table, row: row)
    }

    /// One table's rows by id, when the report's cells have the table.
    public func table(_ id: String) -> TableCells? {
        heldCells.table(id)
    }

    /// The value of one cell, located through the form's column order.
    public func value(_ ref: CellRef, in form: FormDefinition) -> Located<CellValue>? {
        guard let index = form.columnIndex(of: ref), let cells = cells(table: ref.table, row: ref.row),
              cells.indices.contains(index) else { return nil }
        return cells[index]
    }

    /// A key figure's value, or `nil` when any of its cells is blank.
    public func keyFigure(_ figure: KeyFigure, in form: FormDefinition) -> Decimal? {
        // Nearly every cell is a whole number: added as Ints, read from the
        // cells' bits, with no `Decimal` arithmetic and no location made.
        var total = 0
        for ref in figure.cells {
            guard let index = form.columnIndex(of: ref), let row = cells(table: ref.table, row: ref.row),
                  row.indices.contains(index) else { return nil }
            guard let whole = row.whole(at: index) else { return publishedKeyFigure(figure, in: form) }
            let (sum, overflow) = total.addingReportingOverflow(whole)
            guard !overflow else { return publishedKeyFigure(figure, in: form) }
            total = sum
        }
        return Decimal(total)
    }

    /// A key figure added as published: blanks, marks and fractions as they are.
    private func publishedKeyFigure(_ figure: KeyFigure, in form: FormDefinition) -> Decimal? {
        figure.cells.lazy.map { value($0, in: form)?.value.number }.completeSum
    }
}

/// One table cell as published. A blank or "-" is a finding in itself (the
/// identities cannot be verified), so it is kept apart from 0.
public enum CellValue: Sendable, Hashable {
    case number(Decimal)
    /// What was printed instead of a number: "" for an empty cell, "-", "/"…
    case blank(String)

    public var number: Decimal? {
        if case .number(let n) = self { n } else { nil }
    }

    /// The value as a reader should see it: 12, 0.5, or the published mark.
    public var display: String {
        switch self {
        case .number(let n): n.plainText
        case .blank(let mark): mark
        }
    }
}

extension Decimal {
    /// Plain decimal notation, no exponent, no grouping: stable across
    /// platforms and locales, so it is safe for HTML, JSON and CSV.
    public var plainText: String {
        // Nearly every cell is a small count: those come from a table made
        // once (Foundation's formatting allocates an object per call, and
        // each report prints its cells on its page, in JSON and in CSV).
        if let text = Self.smallWholeNumbers[self] { return text }
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 6, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    private static let smallWholeNumbers: [Decimal: String] =
        Dictionary(uniqueKeysWithValues: (0..<10_000).map { (Decimal($0), String($0)) })
}
