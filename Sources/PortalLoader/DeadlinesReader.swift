import Foundation
import PortalModel

/// Reads `deadlines:` in site.yaml: the day each kind of agency's report is
/// due, as `MM-DD` of the following year, over the statutory defaults.
///
///     deadlines:
///       government: "03-31"
///       department: "01-31"
struct DeadlinesReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    func read(_ node: YAMLNode) -> [Agency.Kind: Deadline] {
        var deadlines = Deadline.defaults
        guard let pairs = node.mapping else {
            log.error(.deadlines, at: document.location(of: node),
                      "deadlines must map agency kinds to days, found \(node.kindDescription)",
                      hint: "e.g. deadlines: { government: \"03-31\", department: \"01-31\" }")
            return deadlines
        }
        let kinds = Agency.Kind.allCases.map(\.rawValue)
        for (key, value) in pairs {
            let name = key.string ?? ""
            guard let kind = Agency.Kind(rawValue: name) else {
                log.error(.deadlines, at: document.location(of: key), "“\(name)” in deadlines is not an agency kind",
                          hint: Spelling.closest(to: name, among: kinds).map { "did you mean “\($0)”?" }
                              ?? "use one of: \(kinds.joined(separator: ", "))")
                continue
            }
            guard let text = value.string, let deadline = Deadline(text.trimmingCharacters(in: .whitespaces)) else {
                log.error(.deadlines, at: document.location(of: value),
                          "the deadline of \(name) must be a day written MM-DD, found \(value.string.map { "“\($0)”" } ?? value.kindDescription)",
                          hint: "the month and day of the year after the report's year, e.g. \"03-31\" for 31 March")
                continue
            }
            deadlines[kind] = deadline
        }
        return deadlines
    }
}
