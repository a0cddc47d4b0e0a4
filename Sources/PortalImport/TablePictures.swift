import PortalModel

/// Tables pasted into the report as pictures (a screenshot in the Word
/// file, an image on the page, a scanned page in the PDF): the narrative is
/// text, the tables are not, so their sections hold headings and no table
/// text. That is said, section by section, never written as blank tables.
enum TablePictures {
    static let hint = "the tables appear to be images: type them into report.yaml (`portal new report` writes one with every cell blank), or ask the agency for the Word file"

    /// No picture where the tables should be: nothing says they are images.
    static let unseenHint = "the file holds no picture where the tables should be: they may be objects the import does not read (a chart, an embedded spreadsheet) or were left out of this copy (published as a workbook beside it?); ask the agency for the file with its tables, or type them into report.yaml (`portal new report` writes one with every cell blank)"

    /// The hint for tables missing from a file: images only when a picture stands in it.
    static func hint(pictures: Bool) -> String {
        pictures ? hint + "; the import never reads figures from images" : unseenHint
    }

    /// Every table section named, as printing its heading and no table.
    static func noneAsText(_ form: FormDefinition) -> String {
        let sections = form.sections.filter { if case .table = $0.content { true } else { false } }
        let numbers = sections.compactMap { section -> String? in
            if case .table(let id) = section.content { form.table(id)?.number } else { nil }
        }
        return "none of the tables (\(numbers.joined(separator: ", "))) is in the file as text: sections \(sections.map(\.heading).joined(separator: ", ")) print their headings and no table"
    }

    /// The errors, and the tables they say are pictures.
    /// - Parameter traceless: text, where a picture may leave no trace at all (tika-app's `--text`
    ///   prints none): a table section holding nothing, not even prose, held a picture.
    /// - Parameter attachments: a page's linked files, which may hold the tables it lacks.
    static func find(form: FormDefinition, headings: [Int?], lines: [SourceLine], absent: Set<String>,
                     path: String, traceless: Bool = false, attachments: [SourceDocument.Attachment] = []) -> (diagnostics: [Diagnostic], tables: [String]) {
        let tables = form.sections.compactMap { section -> String? in if case .table(let id) = section.content { id } else { nil } }
        guard !tables.isEmpty else { return ([], []) }
        // Headings and prose but not one table: pictures of tables, or a page that lost them.
        if tables.allSatisfy(absent.contains) {
            let pictures = traceless || lines.contains(where: \.holdsPicture)
            let attached = attachments.isEmpty ? "" : "; the page links to \(Attachments.listed(attachments)), which may hold them"
            return ([.error(.importNoTables, at: SourceLocation(path: path), "the document has no tables: " + noneAsText(form) + attached,
                            hint: hint(pictures: pictures))], tables)
        }
        // Some tables as text, others as pictures: each pictured section named.
        let found = headings.compactMap { $0 }
        let pictured = zip(form.sections, headings).compactMap { section, heading -> (String, Diagnostic)? in
            guard case .table(let id) = section.content, absent.contains(id), let heading else { return nil }
            // The section, and the next heading (a PDF page's picture below it); the section's
            // own lines run to the end of the file when no heading follows (a file cut off).
            let next = found.filter { $0 > heading }.min()
            let end = min(lines.count - 1, next ?? lines.count - 1)
            let empty = traceless && lines[(heading + 1)..<(next ?? lines.count)].allSatisfy { $0.cells == nil && $0.text.allSatisfy(\.isWhitespace) }
            let pictured = lines[heading...end].contains(where: \.holdsPicture)
            guard pictured || empty else { return nil }
            let number = form.table(id)?.number ?? ""
            return (id, .error(.importNoTables, at: SourceLocation(path: path, line: lines[heading].position.line),
                               pictured ? "section \(section.heading) holds a picture and no table text: its table \(number) is an image, there are no figures to read"
                                   : "section \(section.heading) holds nothing under its heading, no table text and no prose: its table \(number) was an image (a text export prints none) or was lost, there are no figures to read",
                               hint: hint))
        }
        return (pictured.map(\.1), pictured.map(\.0))
    }
}
