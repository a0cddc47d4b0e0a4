import Foundation
import PortalLoader
import PortalModel

/// One agency folder as the loader gave it (agency.yaml, every report whole:
/// cells, narratives, acknowledgements, corrections, and the folder's
/// problems), in the bytes of `SnapshotWriter`. Decoding gives back what
/// the loader would give: a build of an unchanged folder's snapshot renders
/// byte for byte what a build that reads the folder renders.
enum FolderSnapshot {
    /// The load's bytes, or nil when a part cannot be kept exactly (a report
    /// whose cells are not laid out as its form's): the folder is then read
    /// each time, as without a cache.
    static func encode(_ load: AgencyLoad, forms: [String: FormDefinition]) -> [UInt8]? {
        var out = SnapshotWriter()
        out.bool(load.agency != nil)
        if let agency = load.agency { encode(agency, into: &out) }
        out.int(load.reports.count)
        for report in load.reports {
            guard let form = forms[report.formID], encode(report, form: form, into: &out) else { return nil }
        }
        encode(load.diagnostics, into: &out)
        return out.bytes
    }

    static func decode(_ reader: inout SnapshotReader, slug: String, forms: [String: FormDefinition]) throws -> AgencyLoad {
        let agency = try reader.bool() ? try decodeAgency(&reader) : nil
        var reports: [Report] = []
        for _ in 0..<(try reader.count()) { reports.append(try decodeReport(&reader, forms: forms)) }
        let diagnostics = try decodeDiagnostics(&reader)
        guard reader.atEnd else { throw SnapshotReader.Damaged() }
        return AgencyLoad(slug: slug, agency: agency, reports: reports, diagnostics: diagnostics)
    }

    // MARK: agency

    /// An agency's fields (also the check cache's, `CheckCache`).
    static func encode(_ agency: Agency, into out: inout SnapshotWriter) {
        out.string(agency.slug)
        out.string(agency.name)
        out.string(agency.shortName)
        out.int(agency.formerNames.count)
        for former in agency.formerNames {
            out.string(former.name)
            out.optional(former.until)
        }
        out.string(agency.kind.rawValue)
        out.bool(agency.parent != nil)
        if let parent = agency.parent {
            out.string(parent.value)
            out.location(parent.location)
        }
        out.optional(agency.contact.phone)
        out.optional(agency.contact.address)
        out.optional(agency.contact.postcode)
        out.optional(agency.contact.email)
        out.optional(agency.website)
        out.optional(agency.since)
        out.optional(agency.until)
        out.location(agency.location)
        out.string(agency.sourceDigest)
    }

    static func decodeAgency(_ reader: inout SnapshotReader) throws -> Agency {
        let slug = try reader.string(), name = try reader.string(), shortName = try reader.string()
        var formerNames: [Agency.FormerName] = []
        for _ in 0..<(try reader.count()) { formerNames.append(Agency.FormerName(try reader.string(), until: try reader.optionalInt())) }
        guard let kind = Agency.Kind(rawValue: try reader.string()) else { throw SnapshotReader.Damaged() }
        let parent = try reader.bool() ? Located(try reader.string(), at: try reader.location()) : nil
        let contact = Agency.Contact(phone: try reader.optionalString(), address: try reader.optionalString(),
                                     postcode: try reader.optionalString(), email: try reader.optionalString())
        let website = try reader.optionalString()
        let since = try reader.optionalInt(), until = try reader.optionalInt()
        var agency = Agency(slug: slug, name: name, shortName: shortName, kind: kind, parent: parent, contact: contact,
                            website: website, location: try reader.location(), sourceDigest: try reader.string())
        agency.since = since
        agency.until = until
        agency.formerNames = formerNames
        return agency
    }

    // MARK: report

    /// False when the report's cells are not exactly its form's rows.
    private static func encode(_ report: Report, form: FormDefinition, into out: inout SnapshotWriter) -> Bool {
        out.string(report.agencySlug)
        out.int(report.year)
        out.string(report.formID)
        out.optional(report.published)
        out.location(report.location)
        out.location(report.formLocation)
        out.string(report.sourceDigest)
        // Cells as the report holds them (`PackedCells`): read back as whole arrays, not cell by cell.
        // A report laid out otherwise than its form (no report the loader reads) is not kept.
        guard report.cells.laidOut(as: form.cellLayout) else { return false }
        let cells = report.cells.packed
        out.string(cells.path)
        out.raw(cells.bits)
        out.raw(cells.columns)
        out.raw(cells.lineRuns)
        out.int(cells.wholes.count)
        for whole in cells.wholes { out.int(whole) }
        out.int(cells.others.count)
        for value in cells.others { encode(value, into: &out) }
        out.int(cells.wideColumns.count)
        for number in cells.wideColumns { out.int(number) }
        out.raw(cells.spans)
        out.int(report.narratives.count)
        for id in report.narratives.keys.sorted() {
            let narrative = report.narratives[id]!
            out.string(id)
            out.string(narrative.value)
            out.location(narrative.location)
        }
        out.bool(report.source != nil)
        if let source = report.source {
            out.string(source.originalName)
            out.string(source.sha256)
            out.string(source.format)
            out.string(source.imported)
            out.string(source.file)
            out.optional(source.location?.path)
        }
        out.optional(report.blankCells?.rawValue)
        out.int(report.acknowledgements.count)
        for acknowledgement in report.acknowledgements {
            out.string(acknowledgement.rule)
            switch acknowledgement.target {
            case .cell(let ref):
                out.int(0)
                out.string(ref.table)
                out.string(ref.row)
                out.string(ref.column)
            case .line(let narrative, let line):
                out.int(1)
                out.string(narrative)
                out.int(line)
            }
            out.string(acknowledgement.note)
            out.location(acknowledgement.location)
        }
        out.int(report.corrections.count)
        for correction in report.corrections {
            out.string(correction.date)
            out.string(correction.note)
            out.optional(correction.supersededFile)
            out.int(correction.supersededTables.count)
            for table in correction.supersededTables.keys.sorted() {
                let rows = correction.supersededTables[table]!
                out.string(table)
                out.int(rows.count)
                for id in rows.keys.sorted() {
                    out.string(id)
                    encode(rows[id]!, into: &out)
                }
            }
            out.location(correction.location)
        }
        return true
    }

    private static func decodeReport(_ reader: inout SnapshotReader, forms: [String: FormDefinition]) throws -> Report {
        let slug = try reader.string(), year = try reader.int()
        guard let form = forms[try reader.string()] else { throw SnapshotReader.Damaged() }
        let published = try reader.optionalString()
        let location = try reader.location(), formLocation = try reader.location()
        let digest = try reader.string()
        let path = try reader.string(), bits = try reader.raw(UInt32.self), columns = try reader.raw(UInt16.self)
        let lineRuns = try reader.raw(UInt32.self)
        var wholes: [Int] = []
        for _ in 0..<(try reader.count()) { wholes.append(try reader.int()) }
        var others: [CellValue] = []
        for _ in 0..<(try reader.count()) { others.append(try decodeValue(&reader)) }
        var wideColumns: [Int] = []
        for _ in 0..<(try reader.count()) { wideColumns.append(try reader.int()) }
        let packed = PackedCells(path: path, bits: bits, columns: columns, lineRuns: lineRuns, wholes: wholes, others: others,
                                 wideColumns: wideColumns, spans: try reader.raw(Int32.self))
        guard let cells = ReportCells(packed: packed, layout: form.cellLayout) else { throw SnapshotReader.Damaged() }
        var narratives: [String: Located<String>] = [:]
        for _ in 0..<(try reader.count()) {
            let id = try reader.string()
            narratives[id] = Located(try reader.string(), at: try reader.location())
        }
        var report = Report(agencySlug: slug, year: year, formID: form.id, published: published, cells: cells,
                            narratives: narratives, location: location, formLocation: formLocation, sourceDigest: digest)
        if try reader.bool() {
            report.source = ReportSource(originalName: try reader.string(), sha256: try reader.string(), format: try reader.string(),
                                         imported: try reader.string(), file: try reader.string(),
                                         location: try reader.optionalString().map { URL(fileURLWithPath: $0) })
        }
        if let blank = try reader.optionalString() {
            guard let blankCells = BlankCells(rawValue: blank) else { throw SnapshotReader.Damaged() }
            report.blankCells = blankCells
        }
        var acknowledgements: [Acknowledgement] = []
        for _ in 0..<(try reader.count()) {
            let rule = try reader.string()
            let target: Acknowledgement.Target
            switch try reader.int() {
            case 0: target = .cell(CellRef(table: try reader.string(), row: try reader.string(), column: try reader.string()))
            case 1: target = .line(narrative: try reader.string(), line: try reader.int())
            default: throw SnapshotReader.Damaged()
            }
            acknowledgements.append(Acknowledgement(rule: rule, target: target, note: try reader.string(), location: try reader.location()))
        }
        report.acknowledgements = acknowledgements
        var corrections: [Correction] = []
        for _ in 0..<(try reader.count()) {
            let date = try reader.string(), note = try reader.string(), file = try reader.optionalString()
            var tables: [String: [String: CellRow]] = [:]
            for _ in 0..<(try reader.count()) {
                let table = try reader.string()
                var rows: [String: CellRow] = [:]
                for _ in 0..<(try reader.count()) {
                    let id = try reader.string()
                    rows[id] = try decodeRow(&reader)
                }
                tables[table] = rows
            }
            corrections.append(Correction(date: date, note: note, supersededFile: file, supersededTables: tables, location: try reader.location()))
        }
        report.corrections = corrections
        return report
    }

    // MARK: cells

    /// Counts, by their bits: a value that is one of them (a superseded
    /// row's cell, nearly always) is kept as its whole number (two bytes,
    /// not twenty) and read back as the loader makes whole numbers.
    private static let wholeNumbers: [[UInt8]: Int] = Dictionary(uniqueKeysWithValues: (0..<10_000).map { number in
        (withUnsafeBytes(of: Decimal(Int64(number))) { [UInt8]($0) }, number)
    })

    private static func encode(_ value: CellValue, into out: inout SnapshotWriter) {
        switch value {
        case .number(let number):
            if let whole = withUnsafeBytes(of: number, { wholeNumbers[[UInt8]($0)] }) {
                out.int(2)
                out.int(whole)
                return
            }
            out.int(0)
            out.decimal(number)
        case .blank(let text):
            out.int(1)
            out.string(text)
        }
    }

    private static func decodeValue(_ reader: inout SnapshotReader) throws -> CellValue {
        switch try reader.int() {
        case 0: .number(try reader.decimal())
        case 1: .blank(try reader.string())
        case 2: .number(Decimal(Int64(try reader.int())))
        default: throw SnapshotReader.Damaged()
        }
    }

    /// A row made alone (a superseded version's): its cells with their locations.
    private static func encode(_ row: CellRow, into out: inout SnapshotWriter) {
        out.int(row.count)
        for cell in row {
            encode(cell.value, into: &out)
            out.location(cell.location)
        }
    }

    private static func decodeRow(_ reader: inout SnapshotReader) throws -> CellRow {
        var cells: [Located<CellValue>] = []
        for _ in 0..<(try reader.count()) {
            cells.append(Located(try decodeValue(&reader), at: try reader.location()))
        }
        return CellRow(cells)
    }

    // MARK: problems

    private static func encode(_ diagnostics: [Diagnostic], into out: inout SnapshotWriter) {
        out.int(diagnostics.count)
        for diagnostic in diagnostics {
            out.bool(diagnostic.severity == .error)
            out.string(diagnostic.rule)
            out.location(diagnostic.location)
            out.string(diagnostic.message)
            out.optional(diagnostic.hint)
            out.optional(diagnostic.acknowledgement)
        }
    }

    private static func decodeDiagnostics(_ reader: inout SnapshotReader) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try reader.count()) {
            let error = try reader.bool()
            var diagnostic = Diagnostic(error ? .error : .warning, try reader.string(), at: try reader.location(), try reader.string(),
                                        hint: try reader.optionalString())
            diagnostic.acknowledgement = try reader.optionalString()
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }
}
