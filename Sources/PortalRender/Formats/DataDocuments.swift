import Foundation
import PortalModel

/// The shapes of the JSON and CSV downloads. They are a public interface:
/// ids are stable, official labels travel beside them, and keys come in a
/// fixed order. `format` names the shape and its version.
public enum DataDocuments {
    public static let reportFormat = "transparency-portal/report@1"

    public static func agencySummary(_ agency: Agency) -> JSONValue {
        .object([
            ("slug", .string(agency.slug)),
            ("name", .string(agency.name)),
            ("shortName", .string(agency.shortName)),
            ("kind", .string(agency.kind.rawValue)),
            ("kindLabel", .string(agency.kind.label)),
            ("parent", .optional(agency.parent?.value)),
            ("contact", .object([
                ("phone", .optional(agency.contact.phone)),
                ("address", .optional(agency.contact.address)),
                ("postcode", .optional(agency.contact.postcode)),
                ("email", .optional(agency.contact.email)),
            ])),
            ("website", .optional(agency.website)),
            ("url", .string(SitePaths.agency(agency.slug))),
        ])
    }

    public static func formSummary(_ form: FormDefinition) -> JSONValue {
        .object([("id", .string(form.id)), ("name", .string(form.name)), ("issuedBy", .string(form.issuedBy))])
    }

    public static func keyFigures(_ report: Report, form: FormDefinition) -> JSONValue {
        .array(form.keyFigures.map { figure in
            .object([
                ("id", .string(figure.id)),
                ("label", .string(figure.label)),
                ("value", report.keyFigure(figure, in: form).map { .number($0.plainText) } ?? .null),
            ])
        })
    }

    /// One report: agency, form, key figures, the six sections in order
    /// (Markdown for narratives, every cell for tables).
    public static func report(_ report: Report, index: SiteIndex) -> JSONValue {
        let agency = index.agency(of: report)
        let form = index.portal.form(of: report)
        let sections: [JSONValue] = form.sections.map { section in
            var pairs: [(String, JSONValue)] = [("number", .string(section.number)), ("title", .string(section.title))]
            switch section.content {
            case .narrative(let id):
                pairs += [("kind", .string("narrative")), ("id", .string(id)),
                          ("markdown", .optional(report.narratives[id]?.value))]
            case .table(let id):
                pairs += [("kind", .string("table")), ("id", .string(id))]
                if let table = form.table(id) {
                    pairs.append(("rows", .array(tableRows(table, report: report))))
                }
            }
            return .object(pairs)
        }
        return .object([
            ("format", .string(reportFormat)),
            ("agency", agencySummary(agency)),
            ("year", .int(report.year)),
            ("title", .string(index.title(of: report))),
            ("published", .optional(report.published)),
            ("form", formSummary(form)),
            ("url", .string(SitePaths.report(report.agencySlug, report.year))),
            ("keyFigures", keyFigures(report, form: form)),
            ("preamble", .optional(report.narratives["preamble"]?.value)),
            ("sections", .array(sections)),
        ])
    }

    static func tableRows(_ table: FormTable, report: Report) -> [JSONValue] {
        table.blocks.flatMap { block in
            let columns = ColumnPath.all(block)
            return OfficialTable.rowPaths(block.rows).map { path -> JSONValue in
                let row = path.last!
                let values = report.cells(table: table.id, row: row.id) ?? []
                let cells: [JSONValue] = columns.enumerated().map { index, column in
                    let value = values.indices.contains(index) ? values[index].value : .blank("")
                    var pairs: [(String, JSONValue)] = [
                        ("column", .string(column.column.id)),
                        ("label", .string(column.column.label)),
                    ]
                    if !column.groups.isEmpty { pairs.append(("header", .array(column.groups.map(JSONValue.string)))) }
                    if let unit = column.column.unit { pairs.append(("unit", .string(unit))) }
                    switch value {
                    case .number(let n): pairs.append(("value", .number(n.plainText)))
                    case .blank(let mark): pairs += [("value", .null), ("published", .string(mark))]
                    }
                    return .object(pairs)
                }
                var pairs: [(String, JSONValue)] = [("id", .string(row.id)), ("ref", .string(row.ref)), ("label", .string(row.label))]
                if path.count > 1 { pairs.append(("group", .array(path.dropLast().map { .string($0.label) }))) }
                if let caption = block.caption { pairs.append(("block", .string(caption))) }
                pairs.append(("cells", .array(cells)))
                return .object(pairs)
            }
        }
    }

    /// A form definition as data, so users can read labels and ids without
    /// parsing a report.
    public static func form(_ form: FormDefinition) -> JSONValue {
        func rowTree(_ rows: [FormRow]) -> JSONValue {
            .array(rows.map { row in
                var pairs: [(String, JSONValue)] = [("id", .string(row.id)), ("ref", .string(row.ref)), ("label", .string(row.label))]
                if row.isGroup { pairs.append(("rows", rowTree(row.children))) }
                return .object(pairs)
            })
        }
        return .object([
            ("id", .string(form.id)), ("name", .string(form.name)), ("issuedBy", .string(form.issuedBy)),
            ("firstYear", form.firstYear.map(JSONValue.int) ?? .null),
            ("lastYear", form.lastYear.map(JSONValue.int) ?? .null),
            ("tables", .array(form.tables.map { table in
                .object([
                    ("id", .string(table.id)), ("number", .string(table.number)), ("title", .string(table.title)),
                    ("blocks", .array(table.blocks.map { block in
                        .object([
                            ("id", .string(block.id)),
                            ("caption", .optional(block.caption)),
                            ("columns", .array(ColumnPath.all(block).map { column in
                                .object([
                                    ("id", .string(column.column.id)), ("label", .string(column.column.label)),
                                    ("header", .array(column.groups.map(JSONValue.string))),
                                    ("unit", .optional(column.column.unit)), ("kind", .string(column.column.kind.rawValue)),
                                ])
                            })),
                            ("rows", rowTree(block.rows)),
                        ])
                    })),
                ])
            })),
            ("keyFigures", .array(form.keyFigures.map { figure in
                .object([("id", .string(figure.id)), ("label", .string(figure.label)),
                         ("sum", .array(figure.cells.map { .string($0.description) }))])
            })),
            ("rules", .array(form.rules.map { rule in
                .object([("id", .string(rule.id)), ("description", .string(rule.description)),
                         ("table", .string(rule.table)), ("each", .string(rule.each.rawValue)),
                         ("left", .array(rule.left.map(JSONValue.string))), ("right", .array(rule.right.map(JSONValue.string)))])
            })),
            ("crossYearRules", .array(form.crossYearRules.map { rule in
                .object([("id", .string(rule.id)), ("description", .string(rule.description)), ("table", .string(rule.table)),
                         ("current", .string(rule.current)), ("previous", .string(rule.previous))])
            })),
        ])
    }

    // MARK: CSV

    public static let cellCSVHeader = [
        "agency_slug", "agency_name", "year", "form", "table", "table_title", "block",
        "row_id", "row_ref", "row_label", "column_id", "column_label", "column_header", "unit",
        "value", "published_mark",
    ]

    /// One line per cell ("long" format): every spreadsheet and statistics
    /// package can pivot it, and forms with different rows fit in one file.
    public static func appendCells(of report: Report, index: SiteIndex, to csv: inout CSVTable) {
        let agency = index.agency(of: report)
        let form = index.portal.form(of: report)
        for table in form.tables {
            for block in table.blocks {
                let columns = ColumnPath.all(block)
                for row in block.leafRows {
                    let values = report.cells(table: table.id, row: row.id) ?? []
                    for (i, column) in columns.enumerated() {
                        let value = values.indices.contains(i) ? values[i].value : .blank("")
                        csv.append([
                            agency.slug, agency.name, String(report.year), form.id,
                            table.id, "\(table.number)、\(table.title)", block.caption ?? "",
                            row.id, row.ref, row.label, column.column.id, column.column.label,
                            column.groups.joined(separator: "/"), column.column.unit ?? "",
                            value.number?.plainText ?? "", value.number == nil ? value.display : "",
                        ])
                    }
                }
            }
        }
    }

    public static func keyFigureCSV(_ reports: [Report], index: SiteIndex) -> CSVTable {
        let figures = index.portal.keyFigures(for: reports)
        var csv = CSVTable(header: ["agency_slug", "agency_name", "year", "form"] + figures.map(\.id))
        for report in reports {
            let form = index.portal.form(of: report)
            let agency = index.agency(of: report)
            csv.append([agency.slug, agency.name, String(report.year), form.id] + figures.map { figure in
                form.figure(figure.id).flatMap { report.keyFigure($0, in: form)?.plainText } ?? ""
            })
        }
        return csv
    }
}

/// A data column with the labels of the header groups above it, e.g.
/// 行政诉讼 / 未经复议直接起诉 / 结果维持.
struct ColumnPath {
    var groups: [String]
    var column: FormColumn

    static func all(_ block: FormBlock) -> [ColumnPath] {
        func walk(_ nodes: [ColumnHeader], _ groups: [String]) -> [ColumnPath] {
            nodes.flatMap { node -> [ColumnPath] in
                switch node {
                case .column(let column): [ColumnPath(groups: groups, column: column)]
                case .group(let label, let children): walk(children, groups + [label])
                }
            }
        }
        return walk(block.header, [])
    }
}
