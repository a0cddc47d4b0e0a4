import Foundation
import PortalModel

/// Reads one report folder: `report.yaml` (every table cell as published)
/// and one Markdown file per narrative section of its form.
struct ReportReader {
    let forms: [String: FormDefinition]
    /// The forms' data-file shapes, for the plain reader (made once per load).
    let shapes: [String: ReportFileShape]
    let log: DiagnosticLog
    /// Every file read, by name and content (when `digests`).
    let digest: SourceDigest
    /// Whether files of the plain shape skip the general path (tests compare both).
    var readsPlainFiles = true

    init(forms: [String: FormDefinition], shapes: [String: ReportFileShape]? = nil, log: DiagnosticLog, digests: Bool = true) {
        self.forms = forms
        self.shapes = shapes ?? forms.mapValues(ReportFileShape.init)
        self.log = log
        digest = SourceDigest(taken: digests)
    }

    func report(in folder: URL, agency: String, year: Int, displayPath: String) -> Report? {
        let path = path(displayPath)
        let file = folder.standardizedFileURL.path + "/report.yaml"
        let missing = {
            log.error(.io, at: SourceLocation(path: path), "the report folder has no report.yaml",
                      hint: "every report folder holds report.yaml with the table cells")
        }
        guard let text = TextFile.read(path: file, displayPath: path, log: log, missing: missing) else { return nil }
        _ = digest.add("report.yaml", text)
        // The shape portal writes, read straight from its bytes; anything else (and every problem) the general way.
        if readsPlainFiles, let plain = PlainReportFile.read(text, path: path, year: year, forms: forms, shapes: shapes),
           let report = plainReport(plain, in: folder, agency: agency, year: year, displayPath: displayPath) {
            return report
        }
        guard let document = YAMLDocument.parse(text, path: path, log: log),
              var map = MappingReader(document.root, in: document, log: log, what: "report.yaml") else { return nil }
        let formID = map.string("form", required: true)
        let declaredYear = map.int("year", required: true)
        let published = map.string("published")
        let source = map.value("source").flatMap { readSource($0, document: document, folder: folder, displayPath: displayPath) }
        let blankCells = map.string("blankCells").flatMap { BlankCellsReader.read($0, log: log) }
        var form: FormDefinition?
        if let formID {
            form = forms[formID.value]
            if form == nil {
                let known = forms.keys.sorted()
                log.error(.unknownForm, at: formID.location, "unknown form “\(formID.value)”",
                          hint: Spelling.closest(to: formID.value, among: known).map { "did you mean “\($0)”?" }
                              ?? "known forms: \(known.joined(separator: ", "))")
            }
        }
        if let declaredYear, declaredYear.value != year {
            log.error(.yearMismatch, at: declaredYear.location,
                      "the data file says year \(declaredYear.value) but its folder is \(year)",
                      hint: "move the folder to \(displayPath.dropLast(4))\(declaredYear.value) or correct “year”")
        }
        var cells = ReportCells.empty
        if let form {
            cells = CellReader(document: document, log: log).cells(of: form, in: &map)
        }
        let corrections = form.flatMap { form in
            map.value("corrections").map { CorrectionReader(report: self, document: document, form: form, folder: folder, displayPath: displayPath).read($0) }
        } ?? []
        let acknowledged = map.value("acknowledged")
        let acknowledgements = form.flatMap { form in
            acknowledged.map { AcknowledgementReader(document: document, log: log, form: form).read($0) }
        } ?? []
        // Without a form the table keys cannot be told from typos.
        if form != nil { map.reportUnknownKeys(what: "report.yaml") }
        let (narratives, files) = readNarratives(in: folder, displayPath: displayPath, form: form)
        guard let form, formID != nil, declaredYear != nil else { return nil }
        var report = Report(agencySlug: agency, year: year, formID: form.id, published: published?.value,
                            cells: cells, narratives: narratives, location: SourceLocation(path: path),
                            formLocation: formID?.location, sourceDigest: digest.hex)
        report.source = source
        report.blankCells = blankCells
        report.acknowledgements = acknowledgements
        report.corrections = corrections
        report.narrativeFiles = files
        return report
    }

    private func path(_ displayPath: String) -> String { "\(displayPath)/report.yaml" }

    /// The report of a file the plain reader took; `nil` when its published
    /// original cannot be published (the general path says why).
    private func plainReport(_ plain: PlainReportFile.Read, in folder: URL, agency: String, year: Int, displayPath: String) -> Report? {
        guard let form = forms[plain.formID] else { return nil }
        var source = plain.source
        if let declared = source {
            guard case .success(let url) = original(declared.file, in: folder, displayPath: displayPath) else { return nil }
            source?.location = url
        }
        let (narratives, files) = readNarratives(in: folder, displayPath: displayPath, form: form)
        var report = Report(agencySlug: agency, year: year, formID: form.id, published: plain.published, cells: plain.cells,
                            narratives: narratives, location: SourceLocation(path: path(displayPath)), formLocation: plain.formLocation,
                            sourceDigest: digest.hex)
        report.source = source
        report.narrativeFiles = files
        return report
    }

    /// `source:` — written by `portal import`: the published file kept beside the report.
    private func readSource(_ node: YAMLNode, document: YAMLDocument, folder: URL, displayPath: String) -> ReportSource? {
        guard var map = MappingReader(node, in: document, log: log, what: "source") else { return nil }
        let name = map.string("name", required: true)
        let sha256 = map.string("sha256", required: true)
        let format = map.string("format", required: true)
        let imported = map.string("imported", required: true)
        let file = map.string("file", required: true)
        map.reportUnknownKeys(what: "source")
        guard let name, let sha256, let format, let imported, let file else { return nil }
        switch original(file.value, in: folder, displayPath: displayPath) {
        case .success(let url):
            return ReportSource(originalName: name.value, sha256: sha256.value, format: format.value,
                                imported: imported.value, file: file.value, location: url)
        case .failure(.notASourceName):
            log.error(.sourceFile, at: file.location, "“\(file.value)” is not a source file name",
                      hint: "the published original is kept beside report.yaml as source.pdf, source.ofd, source.docx, source.doc, source.rtf, source.odt, source.html, source.mhtml, source.xml or source.txt")
        case .failure(.missing):
            log.error(.sourceFile, at: file.location, "the published original \(file.value) is missing from \(displayPath)",
                      hint: "put the original file back, or remove the source: block")
        case .failure(.outsideSite):
            log.error(.outsideSite, at: SourceLocation(path: "\(displayPath)/\(file.value)"), "\(file.value) leads outside the site folder; it is not published",
                      hint: "keep the published original itself in the report's folder, not a link to it")
        }
        return nil
    }

    enum OriginalProblem: Error {
        case notASourceName, missing, outsideSite
    }

    /// Where the published original `file` of `source:` is, when it can be
    /// published: a file of the report's own folder (`source.` and a
    /// lower-case extension), there, and not a link out of the site.
    private func original(_ file: String, in folder: URL, displayPath: String) -> Result<URL, OriginalProblem> {
        let name = file.utf8
        guard name.starts(with: "source.".utf8), name.count > "source.".utf8.count,
              name.dropFirst("source.".utf8.count).allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) else {
            return .failure(.notASourceName)
        }
        let url = folder.appendingPathComponent(file, isDirectory: false)
        guard FileManager.default.fileExists(atPath: url.path) else { return .failure(.missing) }
        // The build publishes the file as it is: never one a link leads to outside the site.
        guard let root = SiteBoundary.root(of: url, displayPath: "\(displayPath)/\(file)"), let real = SiteBoundary.realPath(url.path),
              SiteBoundary.contains(root, real) else { return .failure(.outsideSite) }
        return .success(url)
    }

    private func readNarratives(in folder: URL, displayPath: String, form: FormDefinition?) -> ([String: Located<String>], NarrativeFiles) {
        var narratives: [String: Located<String>] = [:]
        let required = form?.narrativeIDs ?? []
        let folderPath = folder.standardizedFileURL.path
        var files = NarrativeFiles(folder: folderPath, displayFolder: displayPath)
        for id in ["preamble"] + required {
            let file = "\(folderPath)/\(id).md"
            let path = "\(displayPath)/\(id).md"
            let missing = {
                if id != "preamble", let section = form?.sections.first(where: { $0.content == .narrative(id) }) {
                    log.error(.missingNarrative, at: SourceLocation(path: path),
                              "section \(section.heading) has no text",
                              hint: "create \(id).md; if there is nothing to report, write 无")
                }
            }
            if let text = TextFile.read(path: file, displayPath: path, log: log, missing: missing) {
                _ = digest.add("\(id).md", text)
                files.add(id, fingerprint: NarrativeFileReader.fingerprint(of: text))
                narratives[id] = NarrativeFileReader.narrative(text, path: path)
            }
        }
        return (narratives, files)
    }
}

/// Reads the cells of one table from report.yaml: one list per data row,
/// in the official column order.
struct CellReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    /// Every table of `form` from the data file's mapping, packed in the form's row order.
    func cells(of form: FormDefinition, in map: inout MappingReader) -> ReportCells {
        var cells = ReportCells.Builder(layout: form.cellLayout, path: map.location.path)
        for table in form.tables {
            self.table(table, node: map.value(table.id), in: map.location, into: &cells)
        }
        return cells.cells
    }

    private func table(_ table: FormTable, node: YAMLNode?, in parent: SourceLocation, into cells: inout ReportCells.Builder) {
        guard let node else {
            log.error(.missingTable, at: parent, "table \(table.number) \(table.title) (“\(table.id)”) is missing",
                      hint: "add “\(table.id):” with one line per row; every cell as published")
            return
        }
        guard var map = MappingReader(node, in: document, log: log, what: "table “\(table.id)”") else { return }
        for (block, row) in table.leafRows {
            guard let rowNode = map.value(row.id) else {
                log.error(.missingRow, at: map.location,
                          "row \(row.ref) \(row.label) (“\(row.id)”) is missing from table \(table.number)",
                          hint: "add “\(row.id): [\(block.columns.map { _ in "0" }.joined(separator: ", "))]” with the cells as published (\(block.columns.map(\.label).joined(separator: ", ")))")
                continue
            }
            cells.beginRow()
            let read = self.row(row, block: block, table: table, node: rowNode, into: &cells)
            cells.endRow(table: table.id, row: row.id, keep: read)
        }
        map.reportUnknownKeys(what: "table \(table.number) (“\(table.id)”)")
    }

    /// Appends the row's cells; false when it cannot be read (then nothing of it is kept).
    private func row(_ row: FormRow, block: FormBlock, table: FormTable, node: YAMLNode, into cells: inout ReportCells.Builder) -> Bool {
        let columns = block.columns
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node),
                      "row \(row.ref) must be a list of \(columns.count) cells, found \(node.kindDescription)",
                      hint: "write it as [\(columns.map(\.label).joined(separator: ", "))]")
            return false
        }
        guard items.count == columns.count else {
            log.error(.cellCount, at: document.location(of: node),
                      "row \(row.ref) \(row.label) has \(items.count) cells, the form has \(columns.count) columns (\(columns.map(\.label).joined(separator: ", ")))",
                      hint: items.count < columns.count ? "write a blank cell as \"\" or \"-\" rather than leaving it out" : "remove the extra cells")
            return false
        }
        var ok = true
        for (item, column) in zip(items, columns) {
            let location = document.location(of: item)
            switch CellParser.parse(item, column: column, row: row, location: location, log: log) {
            case .whole(let number): cells.append(whole: number, line: location.line, column: location.column)
            case .value(let value): cells.append(value, line: location.line, column: location.column)
            case nil: ok = false
            }
        }
        return ok
    }
}
