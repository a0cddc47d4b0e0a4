import Foundation
import PortalModel
import PortalSupport

/// Writes every download of report data: each report's JSON and CSV, and
/// the agency, year and whole-portal files that join them.
///
/// Reports are serialized once, a batch at a time on all cores, then
/// appended in portal order to the open agency, year and portal files, so
/// memory holds one batch, never the site's downloads.
struct Downloads {
    let index: SiteIndex
    /// Reports whose own files the previous build can lend (see `RenderReuse`).
    let reuse: RenderReuse
    /// Reports, agencies and years whose files are written; the joined files
    /// of the others stay as the output holds them.
    var scope: RenderScope = .everything
    /// Counts the reports whose data has been written.
    var progress: ProgressCounter?

    /// Reports serialized at a time: enough to keep both cores busy, small
    /// enough that memory does not grow with the portal.
    static let batchSize = 256

    /// One report's data, serialized once for every file that holds it.
    struct Fragments: Sendable {
        /// The report's JSON document, without the trailing newline.
        var json: String
        /// The report's CSV lines, without byte-order mark and header.
        var csv: String
    }

    func write(into sink: OutputSink) throws {
        let portal = index.portal
        let csvHeader = "\u{FEFF}" + DataDocuments.cellCSVHeader.joined(separator: ",") + "\r\n"
        let site = portal.site
        let dataset = try JSONArrayFile(joined(SitePaths.portalJSON, of: portal.reports, folder: SitePaths.downloads, sink), .object([
            ("format", .string("transparency-portal/portal@1")),
            ("site", .object([("title", .string(site.title)), ("baseURL", .optional(site.baseURL)),
                              ("language", .string(site.language))])),
            ("forms", .array(portal.forms.keys.sorted().compactMap { portal.forms[$0] }.map(DataDocuments.formSummary))),
            ("agencies", .array(portal.agencies.map(DataDocuments.agencySummary))),
            ("reports", JSONArrayFile.slot),
        ]))
        let datasetCSV = try joined(SitePaths.portalCSV, of: portal.reports, folder: SitePaths.downloads, sink)
        try datasetCSV.append(csvHeader)

        var years: [Int: (json: JSONArrayFile, csv: any OutputStreamFile)] = [:]
        for year in portal.years where scope.includes(year: year) {
            let reports = index.reportsByYear[year] ?? []
            let totals = KeyFigureTotal.totals(reports, portal: portal).map { total -> JSONValue in
                .object([("id", .string(total.figure.id)), ("label", .string(total.figure.label)),
                         ("value", .number(total.total.plainText)), ("reportsCounted", .int(total.counted)),
                         ("reportsMissingFigure", .int(total.missing))])
            }
            let json = try JSONArrayFile(joined(SitePaths.yearJSON(year), of: reports, folder: SitePaths.year(year), sink), .object([
                ("format", .string("transparency-portal/year@1")),
                ("year", .int(year)),
                ("totals", .array(totals)),
                ("reports", JSONArrayFile.slot),
            ]))
            let csv = try joined(SitePaths.yearCSV(year), of: reports, folder: SitePaths.year(year), sink)
            try csv.append(csvHeader)
            years[year] = (json, csv)
        }

        // Reports come sorted by agency slug, as agencies do: each agency's
        // files are open from its first report to the next agency's.
        var agencies = AgencyFiles(agencies: portal.agencies, csvHeader: csvHeader) { path, agency in
            guard scope.includes(agency: agency.slug) else { return KeptFile() }
            return try joined(path, of: index.reportsByAgency[agency.slug] ?? [], folder: SitePaths.agency(agency.slug), sink)
        }
        for batch in stride(from: 0, to: portal.reports.count, by: Self.batchSize) {
            let slice = Array(portal.reports[batch..<min(batch + Self.batchSize, portal.reports.count)])
            for (report, fragments) in zip(slice, try reportFiles(slice, into: sink, csvHeader: csvHeader)) {
                let agency = try agencies.files(for: report.agencySlug)
                let year = years[report.year]
                for file in [agency.json, dataset, year?.json].compactMap({ $0 }) { try file.append(fragments.json) }
                for file in [agency.csv, datasetCSV, year?.csv].compactMap({ $0 }) { try file.append(fragments.csv) }
            }
            progress?.advance(by: slice.count)
        }
        try agencies.finish()
        try dataset.close()
        try datasetCSV.close()
        for year in portal.years where scope.includes(year: year) {
            try years[year]!.json.close()
            try years[year]!.csv.close()
        }
    }

    /// A file that joins reports: kept from the previous build when none of
    /// them changed (what is appended then goes nowhere), else written anew.
    private func joined(_ path: String, of reports: [Report], folder: String, _ sink: OutputSink) throws -> any OutputStreamFile {
        reuse.reuse(path, of: reports, folder: folder, sink: sink) ? KeptFile() : try sink.stream(path)
    }

    /// Writes (or reuses) each report's own report.json and report.csv, on
    /// all cores, and returns their fragments in order.
    private func reportFiles(_ reports: [Report], into sink: OutputSink, csvHeader: String) throws -> [Fragments] {
        let results = ResultSlots<Fragments>(count: reports.count)
        try forEachInParallel(Array(reports.indices)) { position in
            let report = reports[position]
            let folder = SitePaths.report(report.agencySlug, report.year)
            let jsonPath = SitePaths.reportJSON(report.agencySlug, report.year)
            let csvPath = SitePaths.reportCSV(report.agencySlug, report.year)
            // A file kept from the previous build, or outside the scope, is
            // read back (it is the same bytes rendering would give) for the
            // joined downloads.
            let outside = !scope.includes(report)
            let json: String
            if outside || reuse.reuse(jsonPath, of: report, folder: folder, sink: sink), let kept = sink.reusedContents(jsonPath) {
                json = String(decoding: kept.dropLast(), as: UTF8.self)
            } else {
                json = DataDocuments.report(report, index: index).fragment()
                try sink.write(jsonPath, text: json + "\n")
            }
            let csv: String
            if outside || reuse.reuse(csvPath, of: report, folder: folder, sink: sink), let kept = sink.reusedContents(csvPath) {
                csv = String(decoding: kept.dropFirst(csvHeader.utf8.count), as: UTF8.self)
            } else {
                var table = CSVTable(header: DataDocuments.cellCSVHeader)
                DataDocuments.appendCells(of: report, index: index, to: &table)
                csv = table.body
                try sink.write(csvPath, text: csvHeader + csv)
            }
            results[position] = Fragments(json: json, csv: csv)
        }
        return results.values.map { $0! }
    }
}

/// The agency.json and agency.csv of one agency at a time, opened in slug
/// order; agencies without reports get files with an empty list.
private struct AgencyFiles {
    let agencies: [Agency]
    let csvHeader: String
    /// Opens one of an agency's files (or keeps the previous build's).
    let file: (String, Agency) throws -> any OutputStreamFile
    private var next = 0
    private var open: (slug: String, json: JSONArrayFile, csv: any OutputStreamFile)?

    init(agencies: [Agency], csvHeader: String, file: @escaping (String, Agency) throws -> any OutputStreamFile) {
        self.agencies = agencies
        self.csvHeader = csvHeader
        self.file = file
    }

    mutating func files(for slug: String) throws -> (json: JSONArrayFile, csv: any OutputStreamFile) {
        while open?.slug != slug {
            try closeOpen()
            guard next < agencies.count else { throw RenderError.reportWithoutAgency(slug) }
            let agency = agencies[next]
            next += 1
            let json = try JSONArrayFile(file(SitePaths.agencyJSON(agency.slug), agency), .object([
                ("format", .string("transparency-portal/agency@1")),
                ("agency", DataDocuments.agencySummary(agency)),
                ("reports", JSONArrayFile.slot),
            ]))
            let csv = try file(SitePaths.agencyCSV(agency.slug), agency)
            try csv.append(csvHeader)
            open = (agency.slug, json, csv)
        }
        return (open!.json, open!.csv)
    }

    /// Closes the last agency's files and writes those of agencies after it.
    mutating func finish() throws {
        while next < agencies.count { _ = try files(for: agencies[next].slug) }
        try closeOpen()
    }

    private mutating func closeOpen() throws {
        guard let files = open else { return }
        try files.json.close()
        try files.csv.close()
        open = nil
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

    private let file: any OutputStreamFile
    private let suffix: String
    private var first = true

    init(_ file: any OutputStreamFile, _ document: JSONValue) throws {
        let text = document.serialized()
        let parts = text.split(separator: "\u{0}", omittingEmptySubsequences: false)
        precondition(parts.count == 2, "a streamed JSON document has one slot")
        self.file = file
        try file.append(parts[0] + "[")
        suffix = "]" + parts[1]
    }

    func append(_ item: String) throws {
        try file.append(first ? item : "," + item)
        first = false
    }

    func close() throws {
        try file.append(suffix)
        try file.close()
    }
}

/// A joined file kept from the previous build: nothing to write.
private final class KeptFile: OutputStreamFile {
    func append(_ data: Data) throws {}
    func close() throws {}
}
