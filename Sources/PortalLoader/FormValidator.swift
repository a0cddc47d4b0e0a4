import PortalModel

/// Catches mistakes in a form file that would otherwise surface as
/// confusing errors in every report: duplicate ids, dangling references.
enum FormValidator {
    static func validate(_ form: FormDefinition, log: DiagnosticLog) {
        let at = form.location
        var tableIDs = Set<String>()
        // Row ids are unique in the whole form, not only in a table: a line
        // of report.csv names its cell by row and column alone (cells@3).
        var rowTables: [String: String] = [:]
        for table in form.tables {
            if !tableIDs.insert(table.id).inserted {
                log.error(.formDuplicateID, at: at, "table id “\(table.id)” is used twice")
            }
            for (_, row) in table.leafRows {
                if let other = rowTables.updateValue(table.id, forKey: row.id) {
                    let place = other == table.id ? "in table “\(table.id)”" : "in tables “\(other)” and “\(table.id)”"
                    log.error(.formDuplicateID, at: at, "row id “\(row.id)” is used twice \(place)",
                              hint: "a row id names one row of the form: report.csv's lines name a cell by its row and column ids")
                }
            }
            for block in table.blocks {
                let columnIDs = block.columns.map(\.id)
                if Set(columnIDs).count != columnIDs.count {
                    log.error(.formDuplicateID, at: at, "block “\(block.id)” of table “\(table.id)” repeats a column id")
                }
                if block.columns.isEmpty || block.leafRows.isEmpty {
                    log.error(.formDefinition, at: at, "block “\(block.id)” of table “\(table.id)” needs columns and rows")
                }
            }
        }
        for section in form.sections {
            if case .table(let id) = section.content, !tableIDs.contains(id) {
                log.error(.formReference, at: at, "section \(section.number) names table “\(id)”, which the form does not define")
            }
        }
        var ruleIDs = Set<String>()
        for rule in form.rules {
            if !ruleIDs.insert(rule.id).inserted { log.error(.formDuplicateID, at: at, "rule id “\(rule.id)” is used twice") }
            guard let table = form.table(rule.table) else {
                log.error(.formReference, at: at, "rule “\(rule.id)” names table “\(rule.table)”, which the form does not define")
                continue
            }
            for name in rule.left + rule.right {
                let known = switch rule.each {
                case .column: table.blocks.contains { block in block.rows.contains { $0.find(name) != nil } }
                case .row: table.blocks.contains { block in block.columns.contains { $0.id == name } }
                }
                if !known {
                    log.error(.formReference, at: at, "rule “\(rule.id)” names “\(name)”, which is not a \(rule.each == .column ? "row" : "column") of table “\(table.id)”")
                }
            }
        }
        for rule in form.crossYearRules {
            let rows = form.table(rule.table)?.leafRows.map(\.row.id) ?? []
            for name in [rule.current, rule.previous] where !rows.contains(name) {
                log.error(.formReference, at: at, "cross-year rule “\(rule.id)” names row “\(name)”, which table “\(rule.table)” does not have")
            }
        }
        for rule in form.rollForwardRules {
            let table = form.table(rule.table)
            let block = rule.rows.first.flatMap { table?.block(containingRow: $0) }
            let columns = block?.columns.map(\.id) ?? []
            if block == nil || !rule.rows.allSatisfy({ block?.row($0) != nil }) || ![rule.stock, rule.added, rule.removed].allSatisfy(columns.contains) {
                log.error(.formReference, at: at, "roll-forward rule “\(rule.id)” names rows or columns that one block of table “\(rule.table)” does not have")
            }
        }
        for rule in form.agencyKindRules {
            let rows = form.table(rule.table)?.leafRows.map(\.row.id) ?? []
            if rule.rows.isEmpty || !rule.rows.allSatisfy(rows.contains) {
                log.error(.formReference, at: at, "agency-kind rule “\(rule.id)” names rows that table “\(rule.table)” does not have")
            }
        }
        for claim in form.narrativeClaims.claims {
            for ref in claim.cells where form.resolve(ref) == nil {
                log.error(.formReference, at: at, "narrative claim “\(claim.id)” names the cell \(ref), which the form does not define")
            }
        }
        for claim in form.narrativeClaims.claims {
            if let id = claim.includingAs, form.narrativeClaims.claim(id) == nil {
                log.error(.formReference, at: at, "narrative claim “\(claim.id)” reads a figure with last year's as “\(id)”, which is not a claim of the form")
            }
            if let id = claim.allOf, form.narrativeClaims.claim(id) == nil {
                log.error(.formReference, at: at, "narrative claim “\(claim.id)” is all of “\(id)”, which is not a claim of the form")
            }
        }
        for id in form.narrativeBreakdowns.totals where form.narrativeClaims.claim(id) == nil {
            log.error(.formReference, at: at, "narrativeBreakdowns.totals names “\(id)”, which is not a claim of the form")
        }
        // Parts by column: each total's cells must have every part's columns.
        for id in form.narrativeBreakdowns.columnTotals {
            guard let claim = form.narrativeClaims.claim(id) else {
                log.error(.formReference, at: at, "narrativeBreakdowns.columnTotals names “\(id)”, which is not a claim of the form")
                continue
            }
            for part in form.narrativeBreakdowns.columnParts {
                for ref in claim.cells {
                    for column in part.columns where form.resolve(CellRef(table: ref.table, row: ref.row, column: column)) == nil {
                        log.error(.formReference, at: at, "narrativeBreakdowns.columnParts “\(part.label)” names the column \(column), which row \(ref.row) of table \(ref.table) does not have")
                    }
                }
            }
        }
        for (key, ids) in [("listedAfter", form.narrativeClaims.listedAfter), ("probableAfterPartWord", form.narrativeClaims.probableAfterPartWord),
                           ("appealsOfAPart", form.narrativeClaims.appealsOfAPart)] {
            for id in ids where form.narrativeClaims.claim(id) == nil {
                log.error(.formReference, at: at, "narrativeClaims.\(key) names “\(id)”, which is not a claim of the form")
            }
        }
        for id in form.narrativeClaims.shareOf where form.narrativeClaims.claim(id) == nil {
            log.error(.formReference, at: at, "narrativeClaims.shareOf names “\(id)”, which is not a claim of the form")
        }
        for figure in form.keyFigures + form.outcomeBreakdown {
            for ref in figure.cells where form.resolve(ref) == nil {
                log.error(.formReference, at: at, "key figure “\(figure.id)” names the cell \(ref), which the form does not define")
            }
        }
    }
}
