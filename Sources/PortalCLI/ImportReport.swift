import Foundation
import PortalImport
import PortalLoader
import PortalModel

/// Prints what `portal import` did, per file: the format found, tables and
/// cells filled, blanks kept, the import's problems, and each identity the
/// published figures break (the report's problems, not the import's).
struct ImportReport {
    let format: Console.Format

    /// One file's outcome, as soon as it is known (text: a long batch shows its progress); JSON waits for the end.
    func printAsImported(_ outcome: ImportOutcome) {
        if format == .text { text(outcome) }
    }

    /// After the last file: the JSON document, or the text's summary of a batch.
    func printAtTheEnd(_ outcomes: [ImportOutcome]) {
        switch format {
        case .json: ConsoleOutput.current.standardOutput(json(outcomes))
        case .text: if outcomes.count > 1 { Console(format: .text).info(Self.summary(outcomes)) }
        }
    }

    /// A folder's files in one line: what was written, what failed, and
    /// how many reports came with errors of their own.
    static func summary(_ outcomes: [ImportOutcome]) -> String {
        func count(_ status: ImportOutcome.Status) -> Int { outcomes.filter { $0.status == status }.count }
        var parts: [String] = []
        for (status, label) in [(ImportOutcome.Status.written, "imported"), (.dryRun, "read (dry run, nothing written)"),
                                (.unchanged, "unchanged"), (.kept, "already imported from another file, kept"),
                                (.failed, "failed")] where count(status) > 0 {
            parts.append("\(count(status)) \(label)")
        }
        var line = "\(outcomes.count) files: " + parts.joined(separator: ", ")
        // Why files failed, by rule, most common first: what to look at in a large batch.
        let reasons = Dictionary(grouping: outcomes.filter(\.failed).compactMap { $0.problems.first { $0.severity == .error }?.rule }, by: { $0 })
        if !reasons.isEmpty {
            line += " (" + reasons.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
                .map { "\($0.key): \($0.value.count)" }.joined(separator: ", ") + ")"
        }
        let toConfirm = outcomes.filter { !$0.failed && $0.cellsToConfirm > 0 }.count
        if toConfirm > 0 {
            line += "; \(toConfirm) report\(toConfirm == 1 ? "" : "s") with cells OCR was not sure of, marked “?” (portal build stops until each is confirmed)"
        }
        let withErrors = outcomes.filter { !$0.failed && $0.checks.contains(where: Self.isPublishedError) }.count
        if withErrors > 0 {
            line += "; \(withErrors) report\(withErrors == 1 ? "" : "s") with errors in the published figures (portal build stops until each is corrected or acknowledged: --acknowledge, or acknowledged: in report.yaml)"
        }
        return line
    }

    private func text(_ outcome: ImportOutcome) {
        let console = Console(format: .text)
        var head = "\(outcome.file): "
        head += [outcome.format?.rawValue, outcome.formID].compactMap { $0 }.joined(separator: ", ")
        if let folder = outcome.folder { head += " → \(folder)" }
        head += " (\(outcome.status.rawValue))"
        console.info(head)
        // A report that failed before its tables were read has no counts worth printing.
        if outcome.formID != nil, outcome.tables > 0 {
            let toConfirm = outcome.cellsToConfirm > 0 ? ", \(outcome.cellsToConfirm) to confirm" : ""
            console.info("  tables with figures: \(outcome.tablesFilled) of \(outcome.tables); cells: \(outcome.cellsFilled) figures, \(outcome.blanksKept) blank kept\(toConfirm)")
            if outcome.year != nil {
                console.info(outcome.published.map { "  published: \($0) (as the file prints it)" }
                             ?? "  published: the file prints no publication date; add published: YYYY-MM-DD to report.yaml for the on-time check")
            }
        }
        if !outcome.failed, let agency = outcome.newAgency, let slug = outcome.agencySlug {
            let how = agency.slugFromName ? "; the folder is named from the name: --agency or --agencies names.csv choose another" : ""
            // A name OCR read may hold a misread character (常 read 单): a new agency under it would stand apart from its other years.
            let read = outcome.format?.readByOCR == true ? "; the name was read by OCR: compare it with the scan" : ""
            console.info("  agency: new, “\(agency.name)” → content/agencies/\(slug)/agency.yaml (check its kind\(read), add shortName, parent, website\(how))")
            for (other, name) in agency.maybeTheSame.sorted(by: { $0.key < $1.key }) {
                console.info("  agency: maybe “\(name)” (content/agencies/\(other)), the same name with more of its place: if so, remove content/agencies/\(slug) and import again with --agency \(other) (its shortName: “\(agency.name)” sends later reports so named there)")
            }
            for (other, name) in agency.maybeMisread.sorted(by: { $0.key < $1.key }) {
                console.info("  agency: maybe “\(name)” (content/agencies/\(other)), one character otherwise: if OCR misread the name, remove content/agencies/\(slug) and import again with --agency \(other)")
            }
            for (other, name) in agency.maybeRenamedSince.sorted(by: { $0.key < $1.key }) {
                console.info("  agency: maybe “\(name)” (content/agencies/\(other)) under its name since a reorganisation: if so, remove content/agencies/\(slug), add “\(agency.name)” to the formerNames: of content/agencies/\(other)/agency.yaml and import again")
            }
            for (other, name) in agency.maybeEarlierName.sorted(by: { $0.key < $1.key }) {
                console.info("  agency: maybe “\(name)” (content/agencies/\(other)) under its name before a reorganisation: if so, remove content/agencies/\(slug), write name: “\(agency.name)” in content/agencies/\(other)/agency.yaml with “\(name)” under formerNames: (and until: the last year of that name), and import again")
            }
        }
        console.report(outcome.problems, trailer: nil)
        // A report kept from an earlier import was checked then (portal check checks it still).
        if !outcome.failed, outcome.status != .kept {
            let marked = outcome.checks.filter { $0.rule == Rule.cellUnconfirmed.id }
            if !marked.isEmpty {
                console.info("  to confirm: \(marked.count) cell\(marked.count == 1 ? "" : "s") OCR was not sure of, written marked “?”: compare each with the scan and write the figure without “?” (portal build stops until then)")
                console.report(marked, trailer: nil)
            }
            let checks = outcome.checks.filter { $0.rule != Rule.cellUnconfirmed.id }
            let broken = checks.filter(\.isOutstandingError)
            let acknowledged = checks.filter { $0.severity == .error && $0.acknowledgement != nil }
            console.info(Self.checksHeading(broken: broken.count, acknowledged: acknowledged.count, readByOCR: outcome.format?.readByOCR == true))
            // Blank cells are already counted above; one line per row would bury the identities.
            let blanks = checks.filter { $0.rule == "blank-cell" }
            console.report(blanks.count > 3 ? checks.filter { $0.rule != "blank-cell" } : checks, trailer: nil)
            if blanks.count > 3 {
                console.info("  \(blanks.count) rows keep blank cells as published (warning[blank-cell]; portal check lists them)")
            }
        }
    }

    /// An error of the published figures: outstanding, and not a cell still to confirm (the import's marking).
    static func isPublishedError(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.isOutstandingError && diagnostic.rule != Rule.cellUnconfirmed.id
    }

    /// The line over a written report's checks. Figures OCR read break an identity as often by a misread digit (a 5
    /// read as 9, most often) as by the agency's own error: the operator compares the cells named with the scan.
    static func checksHeading(broken: Int, acknowledged: Int, readByOCR: Bool) -> String {
        if broken == 0 && acknowledged == 0 { return "  checks: the published figures pass every check" }
        if broken == 0 {
            return "  checks: \(acknowledged) error\(acknowledged == 1 ? "" : "s") in the published report, acknowledged (--acknowledge): published as published, each shown in a 数据核对说明 box"
        }
        let errors = "\(broken) error\(broken == 1 ? "" : "s")"
        return readByOCR
            ? "  checks: \(errors) in the figures as OCR read them (a digit misread, or the report's own error): compare each cell named with the scan and correct report.yaml where OCR misread"
            : "  checks: \(errors) in the published figures (the report's own problems, not the import's):"
    }

    private func json(_ outcomes: [ImportOutcome]) -> String {
        let items: [[String: Any]] = outcomes.map { outcome in
            var item: [String: Any] = [
                "file": outcome.file, "status": outcome.status.rawValue,
                "tablesFilled": outcome.tablesFilled, "tables": outcome.tables,
                "cellsFilled": outcome.cellsFilled, "blanksKept": outcome.blanksKept, "cellsToConfirm": outcome.cellsToConfirm,
                "problems": outcome.problems.map(Self.object), "checks": outcome.checks.map(Self.object),
            ]
            item["format"] = outcome.format?.rawValue
            item["form"] = outcome.formID
            item["agency"] = outcome.agencySlug
            item["year"] = outcome.year
            item["published"] = outcome.published
            item["folder"] = outcome.folder
            if let agency = outcome.newAgency {
                item["newAgency"] = ["name": agency.name, "slugFromName": agency.slugFromName, "maybeTheSame": agency.maybeTheSame,
                                     "maybeRenamedSince": agency.maybeRenamedSince, "maybeEarlierName": agency.maybeEarlierName,
                                     "maybeMisread": agency.maybeMisread] as [String: Any]
            }
            return item
        }
        let document: [String: Any] = ["imports": items, "failed": outcomes.filter(\.failed).count]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func object(_ d: Diagnostic) -> [String: Any] {
        var item: [String: Any] = ["severity": d.severity.rawValue, "rule": d.rule, "path": d.location.path,
                                   "line": d.location.line, "column": d.location.column, "message": d.message]
        if let hint = d.hint { item["hint"] = hint }
        return item
    }
}
