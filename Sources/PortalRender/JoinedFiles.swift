import Foundation
import PortalModel
import PortalSupport

/// The files that join one set of reports (an agency's, a year's, the
/// portal's): a JSON list, a wide CSV per form, and for a year its archive.
final class JoinedFiles {
    private let json: JSONArrayFile?
    private let csvs: [String: any OutputStreamFile]
    private let archive: GzipFile?
    /// Whether the archive is written (not kept from the previous build).
    var writesArchive: Bool { archive?.writes ?? false }

    private init(json: JSONArrayFile?, csvs: [String: any OutputStreamFile], archive: GzipFile?) {
        self.json = json
        self.csvs = csvs
        self.archive = archive
    }

    /// The wide CSVs of a set of reports, by form id: `{"gov-info-2021": path}`.
    static func csvList(_ reports: [Report], path: (String) -> String) -> JSONValue {
        .object(Set(reports.map(\.formID)).sorted().map { ($0, .string(path($0))) })
    }

    /// What a joined JSON document may say of its own files.
    struct Listing {
        var csv: JSONValue
    }

    /// Opens joined files, each kept from the previous build when none of
    /// its reports changed (what is appended then goes nowhere).
    struct Opener {
        let sink: OutputSink
        let reuse: RenderReuse
        /// The BOM and header line of each form's wide CSV.
        let csvHeaders: [String: String]

        /// `kept`: outside the render's scope, the files in the output stand.
        /// `head`: the JSON document's bytes before its list, kept from the
        /// last patch; `madeHead` is told the bytes when they are made.
        func open(reports: [Report], folder: String, json: String, csv: (String) -> String, archive: String?, kept: Bool = false,
                  head: JSONArrayFile.Parts? = nil, madeHead: (JSONArrayFile.Parts) -> Void = { _ in },
                  document: (Listing) -> JSONValue) throws -> JoinedFiles {
            // A patch keeps 12,500 agencies' files at 50,000 reports: nothing to make for them.
            if kept { return JoinedFiles(json: nil, csvs: [:], archive: nil) }
            func file(_ path: String) throws -> any OutputStreamFile {
                kept || reuse.reuse(path, of: reports, folder: folder, sink: sink) ? KeptFile() : try sink.stream(path)
            }
            let forms = Set(reports.map(\.formID)).sorted()
            var csvs: [String: any OutputStreamFile] = [:]
            for form in forms {
                let stream = try file(csv(form))
                try stream.append(csvHeaders[form] ?? "")
                csvs[form] = stream
            }
            return JoinedFiles(
                json: try JSONArrayFile(file(json), head: head, madeHead: madeHead) {
                    document(Listing(csv: JoinedFiles.csvList(reports, path: csv)))
                },
                csvs: csvs,
                archive: try archive.map { try GzipFile(file($0)) }
            )
        }
    }

    func append(_ fragments: Downloads.Fragments, form: String) throws {
        try json?.append(fragments.entry)
        try csvs[form]?.append(fragments.wide)
        try archive?.append(fragments.archived)
    }

    func close() throws {
        try json?.close()
        for form in csvs.keys.sorted() { try csvs[form]!.close() }
        try archive?.close()
    }
}
