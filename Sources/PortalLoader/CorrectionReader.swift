import Foundation
import PortalModel

/// Reads `corrections:` from report.yaml: each republication of the report
/// corrected, with its date, what changed and, optionally, the superseded
/// version's tables kept beside it as published:
///
/// ```yaml
/// corrections:
///   - date: 2023-03-10
///     note: 更正表三“一、本年新收”总计（原为13件）
///     superseded: superseded-2023-01-30.yaml   # the earlier report.yaml, as published
/// ```
///
/// The superseded file lies in the report folder itself, so a change to it
/// is seen like a change to report.yaml.
struct CorrectionReader {
    let report: ReportReader
    let document: YAMLDocument
    let form: FormDefinition
    let folder: URL
    let displayPath: String

    func read(_ node: YAMLNode) -> [Correction] {
        guard let items = node.sequence else {
            report.log.error(.yamlType, at: document.location(of: node), "“corrections” must be a list of entries (date, note, superseded)")
            return []
        }
        return items.compactMap(entry)
    }

    private func entry(_ node: YAMLNode) -> Correction? {
        guard var map = MappingReader(node, in: document, log: report.log, what: "a correction") else { return nil }
        let date = map.string("date", required: true)
        let note = map.string("note", required: true)
        let superseded = map.string("superseded")
        map.reportUnknownKeys(what: "a correction")
        guard let date, let note else { return nil }
        var correction = Correction(date: date.value, note: note.value, location: map.location)
        if let superseded {
            guard let tables = tables(in: superseded) else { return nil }
            correction.supersededFile = superseded.value
            correction.supersededTables = tables
        }
        return correction
    }

    /// The cells of the superseded version, read like report.yaml's.
    private func tables(in file: Located<String>) -> [String: [String: CellRow]]? {
        let name = file.value
        guard !name.contains("/"), name.hasSuffix(".yaml"), name != "report.yaml" else {
            report.log.error(.corrections, at: file.location, "“superseded” names a .yaml file beside report.yaml, found “\(name)”",
                             hint: "keep the superseded version as e.g. superseded-2023-01-30.yaml in the report folder")
            return nil
        }
        let path = "\(displayPath)/\(name)"
        let url = folder.appendingPathComponent(name, isDirectory: false)
        guard FileManager.default.fileExists(atPath: url.path) else {
            report.log.error(.io, at: file.location, "the superseded version \(path) is missing")
            return nil
        }
        guard let text = TextFile.read(url, displayPath: path, log: report.log),
              let document = report.digest.add(name, text).flatMap({ YAMLDocument.parse($0, path: path, log: report.log) }),
              var map = MappingReader(document.root, in: document, log: report.log, what: name) else { return nil }
        return CellReader(document: document, log: report.log).cells(of: form, in: &map).tables
    }
}
