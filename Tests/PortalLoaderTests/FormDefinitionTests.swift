import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

@Suite("Built-in form definitions")
struct FormDefinitionTests {
    let forms: [String: FormDefinition]
    let problems: [Diagnostic]

    init() {
        (forms, problems) = FormLoader.builtInForms()
    }

    @Test func bothFormsLoadCleanly() {
        #expect(problems.isEmpty, "\(problems)")
        #expect(forms.keys.sorted() == ["gov-info-2019", "gov-info-2021"])
    }

    @Test func format2021HasTheOfficialShape() throws {
        let form = try #require(forms["gov-info-2021"])
        #expect(form.issuedBy == "国办公开办函〔2021〕30号")
        #expect(form.sections.map(\.heading) == [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        let proactive = try #require(form.table("proactive"))
        #expect(proactive.blocks.map(\.caption) == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"])
        #expect(cellCount(proactive) == 10)
        #expect(proactive.blocks.last?.columns.first?.unit == "万元")
        #expect(proactive.blocks.last?.columns.first?.kind == .amount)

        let applications = try #require(form.table("applications")?.blocks.first)
        #expect(applications.leafRows.count == 25)
        #expect(applications.columns.map(\.label) == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
        #expect(applications.rowLabelDepth == 3)
        #expect(applications.headerDepth == 3)
        #expect(applications.corner == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        #expect(applications.rows.map(\.label) == ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                                                   "三、本年度办理结果", "四、结转下年度继续办理"])
        #expect(applications.rows[2].leaves.count == 22)

        let appeals = try #require(form.table("appeals")?.blocks.first)
        #expect(appeals.columns.count == 15)
        #expect(appeals.hasRowLabels == false)
        #expect(appeals.headerDepth == 3)
    }

    @Test func format2019DiffersWhereTheTrialFormatDiffers() throws {
        let form = try #require(forms["gov-info-2019"])
        #expect(form.issuedBy == "国办公开办函〔2019〕60号")
        #expect(form.firstYear == 2019 && form.lastYear == 2020)
        let proactive = try #require(form.table("proactive"))
        #expect(proactive.blocks.count == 5)
        #expect(proactive.blocks.last?.caption == "第二十条第（九）项")
        #expect(proactive.leafRows.map(\.row.label) == ["规章", "规范性文件", "行政许可", "其他对外管理服务事项",
                                                        "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"])
        #expect(proactive.blocks[1].columns.map(\.kind) == [.count, .signedCount, .count])
        let applications = try #require(form.table("applications")?.blocks.first)
        #expect(applications.leafRows.count == 23)
        #expect(applications.rows[2].leaves.count == 20)
        let other = try #require(applications.leafRows.first { $0.id == "otherHandling" })
        #expect(other.label == "（六）其他处理")
        #expect(form.table("appeals")?.blocks.first?.columns.count == 15)
    }

    /// Every row label of the 2021 form is printed, character for character,
    /// in the reference report taken from a real Word file.
    @Test func labels2021MatchTheReferenceReport() throws {
        let form = try #require(forms["gov-info-2021"])
        let reference = Repository.referenceText
        #expect(!reference.isEmpty)
        let printedLines = Set(reference.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for table in form.tables {
            for block in table.blocks {
                for row in block.rows.flatMap(allRows) where !row.label.isEmpty {
                    #expect(printedLines.contains(row.label), "\(row.label) is not printed in the reference report")
                }
                if let caption = block.caption { #expect(printedLines.contains(caption)) }
                if let corner = block.corner { #expect(printedLines.contains(corner)) }
            }
        }
    }

    @Test func keyFiguresPointAtRealCells() throws {
        for form in forms.values {
            #expect(!form.keyFigures.isEmpty)
            for figure in form.keyFigures {
                for ref in figure.cells { #expect(form.resolve(ref) != nil, "\(form.id): \(ref)") }
            }
        }
    }

    @Test func aKeyFigureAddsWholeNumbersFractionsAndStopsAtABlank() throws {
        for form in forms.values {
            let figure = try #require(form.keyFigures.first { $0.cells.count >= 2 }, "\(form.id)")
            /// A report whose figure cells hold `values` in order (every other cell of their rows 1).
            func report(_ values: [CellValue]) -> Report {
                var rows: [String: [String: [CellValue]]] = [:]
                for (ref, value) in zip(figure.cells, values) {
                    let index = form.columnIndex(of: ref)!
                    var row = rows[ref.table]?[ref.row] ?? []
                    if row.count <= index { row += Array(repeating: .number(1), count: index + 1 - row.count) }
                    row[index] = value
                    rows[ref.table, default: [:]][ref.row] = row
                }
                let tables = rows.mapValues { $0.mapValues { CellRow($0.map { Located($0, at: SourceLocation(path: "r.yaml")) }) } }
                return Report(agencySlug: "a", year: 2022, formID: form.id, tables: tables, narratives: [:], location: SourceLocation(path: "r.yaml"))
            }
            let count = figure.cells.count
            let wholes = (0..<count).map { CellValue.number(Decimal($0 * 1_000 + 7)) }
            #expect(report(wholes).keyFigure(figure, in: form) == Decimal((0..<count).reduce(0) { $0 + $1 * 1_000 + 7 }))
            let fraction = [CellValue.number(Decimal(string: "0.5")!)] + wholes.dropFirst()
            #expect(report(fraction).keyFigure(figure, in: form) == Decimal(string: "0.5")! + Decimal((1..<count).reduce(0) { $0 + $1 * 1_000 + 7 }))
            let negative = [CellValue.number(-3)] + wholes.dropFirst()
            #expect(report(negative).keyFigure(figure, in: form) == Decimal((1..<count).reduce(-3) { $0 + $1 * 1_000 + 7 }))
            #expect(report(Array(wholes.dropLast()) + [.blank("-")]).keyFigure(figure, in: form) == nil, "a blank makes it unknown")
            #expect(report([]).keyFigure(figure, in: form) == nil, "so do missing cells")
        }
    }

    @Test func aBrokenFormFileIsReportedWithItsLocation() {
        let text = """
        id: broken
        name: 测试
        tables:
          - id: t
            number: 一
            title: 表
            blocks:
              - id: b
                columns:
                  - {id: a, label: 甲, kind: percent}
                rows:
                  - {id: r, label: 行}
        """
        let (form, diagnostics) = FormLoader.parse(text, path: "forms/broken.yaml")
        #expect(form == nil)
        #expect(diagnostics.map(\.description) == [
            "forms/broken.yaml:10:37: error[form-definition]: unknown column kind “percent”\n  hint: use one of: count, signedCount, amount",
        ])
    }

    /// report.csv names a cell by its row and column ids alone (cells@3),
    /// so a row id may not name rows of two tables.
    @Test func aRowIDNamesOneRowOfTheWholeForm() throws {
        func form(secondRow: String) -> String {
            """
            id: twice
            name: 测试
            tables:
              - id: first
                number: 一
                title: 表一
                blocks:
                  - id: b
                    columns:
                      - {id: a, label: 甲}
                    rows:
                      - {id: r, label: 行}
              - id: second
                number: 二
                title: 表二
                blocks:
                  - id: b
                    columns:
                      - {id: a, label: 甲}
                    rows:
                      - {id: \(secondRow), label: 行}
            """
        }
        let (clash, diagnostics) = FormLoader.parse(form(secondRow: "r"), path: "forms/twice.yaml")
        #expect(clash == nil)
        #expect(diagnostics.map(\.rule) == ["form-duplicate-id"])
        #expect(diagnostics.first?.message == "row id “r” is used twice in tables “first” and “second”")
        let (distinct, none) = FormLoader.parse(form(secondRow: "s"), path: "forms/twice.yaml")
        #expect(distinct?.tables.count == 2 && none.isEmpty)
    }

    private func cellCount(_ table: FormTable) -> Int {
        table.blocks.reduce(0) { $0 + $1.columns.count * $1.leafRows.count }
    }

    private func allRows(_ row: FormRow) -> [FormRow] {
        [row] + row.children.flatMap(allRows)
    }
}
