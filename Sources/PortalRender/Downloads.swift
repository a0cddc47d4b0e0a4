import Foundation
import PortalModel
import PortalSupport

/// Writes every download of report data: each report's JSON and CSV (the
/// only files that hold a report whole), each year's archive of those JSON
/// documents, and the agency, year and portal files that list reports a
/// line each (`JoinedDocuments`).
///
/// Reports are serialized once, a batch at a time on all cores, then
/// appended in portal order to the open agency, year and portal files, so
/// memory holds one batch, never the site's downloads.
package struct Downloads {
    let index: SiteIndex
    /// Reports whose own files the previous build can lend (see `RenderReuse`).
    let reuse: RenderReuse
    /// Reports, agencies and years whose files are written; the joined files
    /// of the others stay as the output holds them.
    var scope: RenderScope = .everything
    /// Counts the reports whose data has been written.
    var progress: ProgressCounter?
    /// Fragments kept between patches (`portal serve`), by report folder.
    var kept: KeptFragments?
    /// Makes a report's page (unless kept) beside its report.json, from the
    /// same reading of its narratives (a clean build: `SiteRenderer.reportPagesWithDownloads`).
    var reportPage: (@Sendable (Report, SiteIndex, OutputSink) throws -> Void)?
    /// Indexes each report for search from that reading too (with `reportPage`: `SearchFeed`).
    var searchFeed: SearchFeed?

    /// Reports serialized at a time: enough to keep both cores busy, small
    /// enough that memory does not grow with the portal.
    static let batchSize = 256

    /// What the joined files take of one report, made on the core that
    /// serialized it.
    package struct Fragments: Sendable {
        /// Its line in agency.json, year.json and portal.json.
        package var entry: Data
        /// Its line in the wide CSVs of its form.
        package var wide: Data
        /// Its line in key-figures.csv, and the columns it was made for
        /// (the key figures of every form the portal's reports use).
        package var keyFigures: Data
        package var keyFigureColumns: [String]
        /// Its report.json as a line of the year's archive, deflated; empty
        /// (`size` 0) when the build kept the year's archive and needed none.
        package var archived: Gzip.Piece

        package init(entry: Data, wide: Data, keyFigures: Data, keyFigureColumns: [String], archived: Gzip.Piece) {
            self.entry = entry
            self.wide = wide
            self.keyFigures = keyFigures
            self.keyFigureColumns = keyFigureColumns
            self.archived = archived
        }
    }

    func write(into sink: OutputSink) throws {
        let portal = index.portal
        let headers = Dictionary(uniqueKeysWithValues: portal.forms.values.map { form in
            (form.id, CSVTable(header: JoinedDocuments.wideHeader(form)).serialized())
        })
        let opener = JoinedFiles.Opener(sink: sink, reuse: reuse, csvHeaders: headers)
        let site = portal.site
        let forms = portal.forms.keys.sorted().compactMap { portal.forms[$0] }
        // Every report's key figures, a line each: a site-wide file, written with the joined ones.
        let keyFigureColumns = portal.keyFigures(for: portal.reports).map(\.id)
        let keyFigures = try sink.stream(SitePaths.keyFiguresCSV)
        try keyFigures.append(CSVTable(header: DataDocuments.keyFigureColumns + keyFigureColumns).serializedData())
        // The portal's document lists every agency: kept from the last patch while the lists stand.
        let head = scope.listsChanged ? nil : kept?.portalHead
        let dataset = try opener.open(reports: portal.reports, folder: SitePaths.downloads, json: SitePaths.portalJSON,
                                      csv: { SitePaths.portalCSV(form: $0) }, archive: nil,
                                      head: head, madeHead: { kept?.portalHead = $0 }) { files in .object([
            ("format", .string(JoinedDocuments.portalFormat)),
            ("site", .object([("title", .string(site.title)), ("baseURL", .optional(site.baseURL)),
                              ("language", .string(site.language))])),
            ("forms", .array(forms.map { form in
                .object([("id", .string(form.id)), ("name", .string(form.name)), ("issuedBy", .string(form.issuedBy)),
                         ("definition", .string(SitePaths.form(form.id)))])
            })),
            ("agencies", .array(portal.agencies.map(DataDocuments.agencySummary))),
            ("years", .array(portal.years.map { year in
                .object([("year", .int(year)), ("url", .string(SitePaths.year(year))), ("json", .string(SitePaths.yearJSON(year))),
                         ("archive", .string(SitePaths.yearArchive(year))),
                         ("csv", JoinedFiles.csvList(index.reportsByYear[year] ?? []) { SitePaths.yearCSV(year, form: $0) })])
            })),
            ("files", .object([("csv", files.csv), ("keyFigures", .string(SitePaths.keyFiguresCSV)),
                               ("dataPackage", .string(SitePaths.dataPackage))])),
            ("qualityColumns", JoinedDocuments.qualityColumns),
            ("reports", JSONArrayFile.slot),
        ]) }

        var years: [Int: JoinedFiles] = [:]
        for year in portal.years where scope.includes(year: year) {
            let reports = index.reportsByYear[year] ?? []
            let totals = index.totals(ofYear: year).map { total -> JSONValue in
                .object([("id", .string(total.figure.id)), ("label", .string(total.figure.label)),
                         ("value", .number(total.total.plainText)), ("reportsCounted", .int(total.counted)),
                         ("reportsMissingFigure", .int(total.missing))])
            }
            years[year] = try opener.open(reports: reports, folder: SitePaths.year(year), json: SitePaths.yearJSON(year),
                                          csv: { SitePaths.yearCSV(year, form: $0) }, archive: SitePaths.yearArchive(year)) { files in .object([
                ("format", .string(JoinedDocuments.yearFormat)),
                ("year", .int(year)),
                ("totals", .array(totals)),
                ("files", .object([("archive", .string(SitePaths.yearArchive(year))), ("csv", files.csv)])),
                ("qualityColumns", JoinedDocuments.qualityColumns),
                ("reports", JSONArrayFile.slot),
            ]) }
        }

        // Reports come sorted by agency slug, as agencies do: each agency's
        // files are open from its first report to the next agency's.
        var agencies = AgencyFiles(agencies: portal.agencies) { agency in
            try opener.open(reports: index.reportsByAgency[agency.slug] ?? [], folder: SitePaths.agency(agency.slug),
                            json: SitePaths.agencyJSON(agency.slug), csv: { SitePaths.agencyCSV(agency.slug, form: $0) },
                            archive: nil, kept: !scope.includes(agency: agency.slug)) { files in .object([
                ("format", .string(JoinedDocuments.agencyFormat)),
                ("agency", DataDocuments.agencySummary(agency)),
                ("files", .object([("csv", files.csv)])),
                ("qualityColumns", JoinedDocuments.qualityColumns),
                ("reports", JSONArrayFile.slot),
            ]) }
        }
        let archivedYears = Set(years.filter { $0.value.writesArchive }.keys)
        index.derived?.archiving(archivedYears)
        for batch in stride(from: 0, to: portal.reports.count, by: Self.batchSize) {
            let slice = Array(portal.reports[batch..<min(batch + Self.batchSize, portal.reports.count)])
            let made = try reportFiles(slice, keyFigureColumns: keyFigureColumns, archivedYears: archivedYears, into: sink)
            for (report, (fragments, reused)) in zip(slice, made) {
                for files in [try agencies.files(for: report.agencySlug), dataset, years[report.year]].compactMap({ $0 }) {
                    try files.append(fragments, form: report.formID)
                }
                try keyFigures.append(fragments.keyFigures)
                if let derived = index.derived {
                    let parts = index.facts.derivationKey(of: report).map {
                        DerivedParts.Parts(key: $0, facts: index.facts.facts(of: report), fragments: fragments)
                    }
                    derived.made(report, parts, reused: reused)
                }
            }
            progress?.advance(by: slice.count)
        }
        index.derived?.finish()
        try agencies.finish()
        try dataset.close()
        try keyFigures.close()
        for year in portal.years { try years[year]?.close() }
    }

    /// Writes (or reuses) each report's own report.json and report.csv, on
    /// all cores, and returns what the joined files take of them, in order,
    /// and whether that is what the last build derived (`DerivedParts`).
    /// `archivedYears`: the years whose archive is written.
    private func reportFiles(_ reports: [Report], keyFigureColumns: [String], archivedYears: Set<Int>,
                             into sink: OutputSink) throws -> [(Fragments, reused: Bool)] {
        let results = ResultSlots<(Fragments, reused: Bool)>(count: reports.count)
        try forEachInParallel(Array(reports.indices)) { position in
            let report = reports[position]
            // The page, report.json and the search index read the narratives' files once between them.
            let index = reportPage == nil ? index : index.readingOnce(report)
            try reportPage?(report, index, sink)
            try searchFeed?.add(report, index: index, sink: sink)
            let folder = SitePaths.report(report.agencySlug, report.year)
            let jsonPath = SitePaths.reportJSON(report.agencySlug, report.year)
            let csvPath = SitePaths.reportCSV(report.agencySlug, report.year)
            // Outside the scope, a report's files stay as they are; its
            // report.json is read back (the bytes rendering would give) only
            // for its year's archive when that is written. A file kept from
            // the previous build is read back likewise.
            let outside = !scope.includes(report)
            if outside, var made = kept?.fragments(of: folder) {
                // Nothing it is made of changed since: no need to make it again,
                // but the key figures' columns follow every report's form.
                if made.keyFigureColumns != keyFigureColumns {
                    made.keyFigures = DataDocuments.keyFigureLine(report, columns: keyFigureColumns, index: index)
                    made.keyFigureColumns = keyFigureColumns
                    kept?.store(folder, made)
                }
                results[position] = (made, false)
                return
            }
            if kept == nil, let derived = index.derived {
                results[position] = try derivedFiles(report, derived: derived, keyFigureColumns: keyFigureColumns,
                                                     archived: archivedYears.contains(report.year), into: sink)
                return
            }
            // The year's archive piece: for serve's kept fragments, or when the archive is written.
            let needsPiece = kept != nil || archivedYears.contains(report.year)
            let json: Data?
            if outside && !scope.includes(year: report.year) && kept == nil {
                json = nil
            } else if outside || reuse.reuse(jsonPath, of: report, sink: sink),
                      let kept = needsPiece ? sink.reusedContents(jsonPath) : Data() {
                json = needsPiece ? kept : nil
            } else {
                let rendered = DataDocuments.report(report, index: index).serializedData()
                try sink.write(jsonPath, contents: rendered)
                json = rendered
            }
            if !outside, !reuse.reuse(csvPath, of: report, sink: sink) {
                var table = CSVTable(header: DataDocuments.cellCSVHeader)
                DataDocuments.appendCells(of: report, index: index, to: &table)
                try sink.write(csvPath, contents: table.serializedData())
            }
            var wide: [UInt8] = []
            CSVTable.appendLine(JoinedDocuments.wideRow(report, index: index), to: &wide)
            let archived = needsPiece ? json.map { Gzip.piece($0) } : nil
            let made = Fragments(entry: Data(JoinedDocuments.entry(report, index: index).fragment().utf8), wide: Data(wide),
                                 keyFigures: DataDocuments.keyFigureLine(report, columns: keyFigureColumns, index: index),
                                 keyFigureColumns: keyFigureColumns,
                                 archived: archived ?? Self.noPiece)
            if archived != nil { kept?.store(folder, made) }
            results[position] = (made, false)
        }
        return results.values.map { $0! }
    }

    /// A report's own files and its fragments in a build that keeps derived
    /// parts: the fragments the last build derived under the report's key
    /// are taken, the rest made.
    private func derivedFiles(_ report: Report, derived: DerivedParts, keyFigureColumns: [String], archived: Bool,
                              into sink: OutputSink) throws -> (Fragments, reused: Bool) {
        let jsonPath = SitePaths.reportJSON(report.agencySlug, report.year)
        let csvPath = SitePaths.reportCSV(report.agencySlug, report.year)
        var json: Data?
        if !reuse.reuse(jsonPath, of: report, sink: sink) {
            let rendered = DataDocuments.report(report, index: index).serializedData()
            try sink.write(jsonPath, contents: rendered)
            json = rendered
        }
        if !reuse.reuse(csvPath, of: report, sink: sink) {
            var table = CSVTable(header: DataDocuments.cellCSVHeader)
            DataDocuments.appendCells(of: report, index: index, to: &table)
            try sink.write(csvPath, contents: table.serializedData())
        }
        var reused = true
        var made: Fragments
        if let kept = derived.kept(report, key: index.facts.derivationKey(of: report)) {
            made = kept.fragments
        } else {
            var wide: [UInt8] = []
            CSVTable.appendLine(JoinedDocuments.wideRow(report, index: index), to: &wide)
            made = Fragments(entry: Data(JoinedDocuments.entry(report, index: index).fragment().utf8), wide: Data(wide),
                             keyFigures: DataDocuments.keyFigureLine(report, columns: keyFigureColumns, index: index),
                             keyFigureColumns: keyFigureColumns, archived: Self.noPiece)
            reused = false
        }
        // The key figures' columns follow every report's form.
        if made.keyFigureColumns != keyFigureColumns {
            made.keyFigures = DataDocuments.keyFigureLine(report, columns: keyFigureColumns, index: index)
            made.keyFigureColumns = keyFigureColumns
            reused = false
        }
        // The archive piece only for a year whose archive is written: kept with the year's pieces, or made.
        made.archived = Self.noPiece
        if archived {
            made.archived = derived.piece(of: report, key: index.facts.derivationKey(of: report)) {
                // The bytes rendering gives: just rendered, or kept from the previous build.
                Gzip.piece(json ?? sink.reusedContents(jsonPath) ?? DataDocuments.report(report, index: index).serializedData())
            }
        }
        return (made, reused)
    }

    /// No archive piece: the year's archive was kept.
    package static let noPiece = Gzip.Piece(deflated: Data(), crc: 0, size: 0)
}

/// The joined files of one agency at a time, opened in slug order; agencies
/// without reports get files with an empty list.
private struct AgencyFiles {
    let agencies: [Agency]
    let open: (Agency) throws -> JoinedFiles
    private var next = 0
    private var current: (slug: String, files: JoinedFiles)?

    init(agencies: [Agency], open: @escaping (Agency) throws -> JoinedFiles) {
        self.agencies = agencies
        self.open = open
    }

    mutating func files(for slug: String) throws -> JoinedFiles {
        while current?.slug != slug {
            try current?.files.close()
            current = nil
            guard next < agencies.count else { throw RenderError.reportWithoutAgency(slug) }
            let agency = agencies[next]
            next += 1
            current = (agency.slug, try open(agency))
        }
        return current!.files
    }

    /// Closes the last agency's files and writes those of agencies after it.
    mutating func finish() throws {
        while next < agencies.count { _ = try files(for: agencies[next].slug) }
        try current?.files.close()
        current = nil
    }
}

enum RenderError: Error, CustomStringConvertible {
    case reportWithoutAgency(String)

    var description: String {
        switch self {
        case .reportWithoutAgency(let slug): "a report of “\(slug)” has no agency, or reports are out of order"
        }
    }
}

/// A JSON document whose one array (`slot`) is filled item by item.
final class JSONArrayFile {
    /// Marks where the items go; a NUL never appears raw in serialized JSON.
    static let slot = JSONValue.raw("\u{0}")

    /// The document's bytes before its list (with the "[") and after it.
    struct Parts: Sendable {
        var prefix: Data
        var suffix: Data
    }

    private let file: any OutputStreamFile
    private let suffix: Data
    private var first = true

    /// `document` is made only when the file is written and `head` is not given.
    init(_ file: any OutputStreamFile, head: Parts? = nil, madeHead: (Parts) -> Void = { _ in },
         _ document: () -> JSONValue) throws {
        self.file = file
        guard !(file is KeptFile) else {
            suffix = Data()
            return
        }
        let parts = head ?? Self.parts(of: document())
        if head == nil { madeHead(parts) }
        try file.append(parts.prefix)
        suffix = parts.suffix
    }

    /// Split as bytes: the portal's document lists every agency (megabytes at 50,000 reports).
    static func parts(of document: JSONValue) -> Parts {
        let text = document.serializedData()
        guard let slot = text.firstIndex(of: 0), text[(slot + 1)...].firstIndex(of: 0) == nil else {
            preconditionFailure("a streamed JSON document has one slot")
        }
        return Parts(prefix: text[..<slot] + Data("[".utf8), suffix: Data("]".utf8) + text[(slot + 1)...])
    }

    func append(_ item: Data) throws {
        if !first { try file.append(Self.comma) }
        try file.append(item)
        first = false
    }

    private static let comma = Data(",".utf8)

    func close() throws {
        try file.append(suffix)
        try file.close()
    }
}

/// A joined file kept from the previous build: nothing to write.
final class KeptFile: OutputStreamFile {
    func append(_ data: Data) throws {}
    func close() throws {}
}
