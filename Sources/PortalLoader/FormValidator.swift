import PortalModel

/// Catches mistakes in a form file that would otherwise surface as
/// confusing errors in every report: duplicate ids, dangling references.
enum FormValidator {
    static func validate(_ form: FormDefinition, log: DiagnosticLog) {
        let at = form.location
        var tableIDs = Set<String>()
        for table in form.tables {
            if !tableIDs.insert(table.id).inserted {
                log.error("form", at: at, "table id “\(table.id)” is used twice")
            }
            var rowIDs = Set<String>()
            for (_, row) in table.leafRows {
                if !rowIDs.insert(row.id).inserted {
                    log.error("form", at: at, "row id “\(row.id)” is used twice in table “\(table.id)”")
                }
            }
            for block in table.blocks {
                let columnIDs = block.columns.map(\.id)
                if Set(columnIDs).count != columnIDs.count {
                    log.error("form", at: at, "block “\(block.id)” of table “\(table.id)” repeats a column id")
                }
                if block.columns.isEmpty || block.leafRows.isEmpty {
                    log.error("form", at: at, "block “\(block.id)” of table “\(table.id)” needs columns and rows")
                }
            }
        }
        for section in form.sections {
            if case .table(let id) = section.content, !tableIDs.contains(id) {
                log.error("form", at: at, "section \(section.number) names table “\(id)”, which the form does not define")
            }
        }
        for figure in form.keyFigures {
            for ref in figure.cells where form.resolve(ref) == nil {
                log.error("form", at: at, "key figure “\(figure.id)” names the cell \(ref), which the form does not define")
            }
        }
    }
}
