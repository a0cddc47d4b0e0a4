import PortalModel

/// Whole-report checks: the format fits the year, every narrative section
/// says something.
enum ReportShapeCheck {
    static let formYear = Rule("form-year", .warning, .check, "the format fits the year: the 2019 trial format for 2019–2020, the 2021 format from 2021 on")
    static let emptyNarrative = Rule("empty-narrative", .error, .check, "a narrative section (一, 五, 六) has no text; 六 may say 无")

    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for report in portal.reports {
            let form = portal.form(of: report)
            if !form.covers(year: report.year) {
                let fitting = portal.forms.values.filter { $0.covers(year: report.year) }.map(\.id).sorted()
                problems.append(.warning(Self.formYear, at: report.formLocation,
                                         "a \(report.year) report in the format “\(form.id)” (\(form.issuedBy)), which is meant for \(range(form))",
                                         hint: fitting.isEmpty ? "check the report's year and format"
                                             : "reports for \(report.year) use “\(fitting.joined(separator: "” or “"))”; keep this one if the report was published in the older format"))
            }
            for section in form.sections {
                guard case .narrative(let id) = section.content, let text = report.narratives[id] else { continue }
                if text.value.allSatisfy({ $0.isWhitespace || $0.isNewline }) {
                    problems.append(.error(Self.emptyNarrative, at: SourceLocation(path: text.location.path),
                                           "section \(section.heading) is empty",
                                           hint: "every section must be reported; if there is nothing to report, write 无"))
                }
            }
        }
        return problems
    }

    private static func range(_ form: FormDefinition) -> String {
        switch (form.firstYear, form.lastYear) {
        case let (first?, last?): "\(first)–\(last)"
        case let (first?, nil): "\(first) onwards"
        case let (nil, last?): "up to \(last)"
        case (nil, nil): "any year"
        }
    }
}
