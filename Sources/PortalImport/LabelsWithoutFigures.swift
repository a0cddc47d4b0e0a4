import PortalModel

/// Tables printed as their labels alone, no row holding a figure (雄县 a 乡's 2019 page: the trial form's labels a cell a
/// line, `规章 0` its only figure): every row is refused for having no cells, one message a row — thirty-one, each true and
/// together saying one thing. Said once, at the first such row: the page printed the tables' labels, not their figures.
enum LabelsWithoutFigures {
    /// So many rows without cells, and none read, is no row lost here and there: the figures were never in the text.
    static let fewest = 10

    /// `diagnostics` with the rows refused for having no cells said as one, when the report's tables filled no cell at all.
    static func collapsed(_ diagnostics: [Diagnostic], cellsFilled: Int) -> [Diagnostic] {
        guard cellsFilled == 0 else { return diagnostics }
        let bare = diagnostics.filter(isRowWithoutCells)
        guard bare.count >= fewest, let first = bare.min(by: { $0.location < $1.location }) else { return diagnostics }
        // The tables in the order the rows were refused (二, 三), each once.
        var tables: [Substring] = []
        for table in bare.compactMap({ $0.message.split(separator: ":").first }) where !tables.contains(table) { tables.append(table) }
        let merged = Diagnostic.error(.importIncompleteTable, at: first.location,
            "the tables print their rows' labels and no figures: \(bare.count) rows (\(tables.joined(separator: ", "))) have no cells, from \(first.location.line > 0 ? "line \(first.location.line)" : "the first") on — the text holds the tables' labels, not their figures",
            hint: "the figures were lost where the page was copied or saved (printed as pictures, or filled in by a script); import the published Word or PDF file, or the web page saved whole, or type the tables by hand")
        var out: [Diagnostic] = []
        for diagnostic in diagnostics {
            if diagnostic == first { out.append(merged) } else if !isRowWithoutCells(diagnostic) { out.append(diagnostic) }
        }
        return out
    }

    /// TableMapper's refusal of a row whose label was found and no cells beside or under it.
    private static func isRowWithoutCells(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.rule == Rule.importIncompleteTable.id && diagnostic.message.contains(" has no cells (")
    }
}
