import Foundation
import PortalModel

/// A Frictionless Data Package (`datapackage.json`, at the site root so its
/// paths reach every folder) describing the portal-wide and per-year files,
/// with each CSV shape's table schema written once under `data/schemas/`.
/// An agency's wide CSV has the schema of its form's portal-wide file, and
/// every report.csv the `cells` schema.
enum DataPackage {
    static func field(_ name: String, _ type: String, _ title: String) -> JSONValue {
        .object([("name", .string(name)), ("type", .string(type)), ("title", .string(title))])
    }

    /// The long CSV of a report: one line per cell. The report (agency,
    /// year, form) is the file's, named by its folder and its report.json;
    /// `format` names the shape's version, as in the JSON files.
    static func cellsSchema() -> JSONValue {
        let titles = ["行编号（在报告格式中唯一，所属表格和标签见 data/forms/<格式>.json）", "行序号", "列编号", "数值", "原报告标记（空白或“-”）"]
        let fields = zip(DataDocuments.cellCSVHeader, titles).map { name, title in
            field(name, name == "value" ? "number" : "string", title)
        }
        return .object([("format", .string(DataDocuments.cellsFormat)), ("fields", .array(fields)),
                        ("missingValues", .array([.string("")]))])
    }

    /// The wide CSV of one form: the report's identity, then a column per cell.
    static func wideSchema(_ form: FormDefinition) -> JSONValue {
        let identity = zip(JoinedDocuments.identityColumns,
                           ["机构编号", "机构全称", "机构类别", "上级机构编号", "年度", "报告格式", "核对情况（consistent 一致，acknowledged 含数据核对说明）", "报告页面地址"])
            .map { name, title in field(name, name == "year" ? "integer" : "string", title) }
            + ReportFacts.qualityColumnNames.map { field($0, qualityTypes[$0] ?? "string", qualityTitle($0)) }
        let cells = JoinedDocuments.cellColumns(form).map { cell in
            field(cell.id, "number", "\(cell.table.number)、\(cell.row.label) · \((cell.column.groups + [cell.column.column.label]).joined(separator: " / "))")
        }
        return schema(identity + cells)
    }

    private static let qualityTypes = ["published": "date", "deadline": "date", "days_late": "integer", "check_problems": "integer",
                                       "acknowledged_problems": "integer", "blank_cells": "integer", "previous_year": "integer"]

    /// What each quality column means (computed by the portal, not published by anyone).
    static func qualityTitle(_ name: String) -> String {
        switch name {
        case "published": "发布日期"
        case "deadline": "发布截止日期（site.yaml 的 deadlines）"
        case "timeliness": "是否按时发布（on-time 按时，late 逾期，unknown 日期未知）"
        case "days_late": "逾期天数"
        case "check_problems": "未说明的核对提示数（不含空白单元格提示）"
        case "acknowledged_problems": "已说明的不一致数"
        case "blank_cells": "空白或“-”单元格数"
        case "previous_year": "用于比较的上一年度"
        case "large_changes": "与上年相比变化较大的主要指标（编号，空格分隔）"
        default: name.hasPrefix("copied_") ? "本部分与上年报告重复的比例（%，按句比较）" : name
        }
    }

    private static func schema(_ fields: [JSONValue]) -> JSONValue {
        .object([("fields", .array(fields)), ("missingValues", .array([.string("")]))])
    }

    static func document(_ index: SiteIndex) -> JSONValue {
        let portal = index.portal
        let figures = portal.keyFigures(for: portal.reports)
        let figureFields = [field("agency_slug", "string", "机构编号"), field("agency_name", "string", "机构全称"),
                            field("year", "integer", "年度"), field("form", "string", "报告格式")]
            + figures.map { field($0.id, "number", $0.label) }
        func table(_ name: String, _ path: String, _ title: String, schema: JSONValue) -> JSONValue {
            .object([
                ("name", .string(name)), ("path", .string(path)), ("title", .string(title)),
                ("profile", .string("tabular-data-resource")), ("format", .string("csv")),
                ("mediatype", .string("text/csv")), ("encoding", .string("utf-8-sig")),
                ("schema", schema),
            ])
        }
        let forms = Set(portal.reports.map(\.formID)).sorted(by: >).compactMap { portal.forms[$0] }
        var resources = forms.map { form in
            table("portal-\(form.id)", SitePaths.portalCSV(form: form.id), "全部报告表格数据，每份报告一行（\(form.issuedBy)格式）",
                  schema: .string(SitePaths.schema("wide-\(form.id)")))
        }
        resources.append(table("key-figures", SitePaths.keyFiguresCSV, "各报告主要指标（每份报告一行）",
                               schema: .object([("fields", .array(figureFields)), ("missingValues", .array([.string("")]))])))
        for year in portal.years {
            let reports = index.reportsByYear[year] ?? []
            for form in Set(reports.map(\.formID)).sorted(by: >).compactMap({ portal.forms[$0] }) {
                resources.append(table("year-\(year)-\(form.id)", SitePaths.yearCSV(year, form: form.id),
                                       "\(year)年度表格数据，每份报告一行（\(form.issuedBy)格式）",
                                       schema: .string(SitePaths.schema("wide-\(form.id)"))))
            }
            resources.append(table("quality-\(year)", SitePaths.yearQualityCSV(year), "\(year)年度各机构报告质量信息（每个应有报告的机构一行）",
                                   schema: schema([field("agency_slug", "string", "机构编号"), field("agency_name", "string", "机构全称"),
                                                   field("year", "integer", "年度"), field("report", "string", "published 已收录，missing 未收录")]
                                                  + ReportFacts.qualityColumnNames.map { field($0, qualityTypes[$0] ?? "string", qualityTitle($0)) })))
            resources.append(.object([
                ("name", .string("reports-\(year)")), ("path", .string(SitePaths.yearArchive(year))),
                ("title", .string("\(year)年度全部报告全文（每行一份 report.json）")),
                ("format", .string("jsonl")), ("mediatype", .string("application/x-ndjson")),
                ("compression", .string("gz")), ("encoding", .string("utf-8")),
            ]))
        }
        return .object([
            ("profile", .string("data-package")),
            ("name", .string("transparency-portal")),
            ("title", .string(portal.site.title)),
            ("description", .string("每份报告的完整数据在其页面旁的 report.json 和 report.csv（表结构见 \(SitePaths.schema("cells"))，每个单元格一行：行编号在报告格式中唯一，所属表格和行、列标签见 data/forms/<格式>.json；机构、年度和报告格式是整个文件的，见其所在的 agencies/<机构编号>/<年度>/ 和 report.json）；各机构的 agency-<格式>.csv 与同格式的全站文件结构相同。")),
            ("resources", .array(resources)),
        ])
    }
}
