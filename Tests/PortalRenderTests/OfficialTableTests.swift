import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

@Suite("Official table layout")
struct OfficialTableTests {
    let form2021 = FormLoader.builtInForms().forms["gov-info-2021"]!
    let form2019 = FormLoader.builtInForms().forms["gov-info-2019"]!

    @Test func table3HasTheMergedCellsOfTheOfficialForm() throws {
        let html = OfficialTable.html(try #require(form2021.table("applications")), cells: [:])
        #expect(html.contains(#"<th class="corner" colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<th scope="colgroup" colspan="7">申请人情况\#n"#))
        #expect(html.contains(#"<tr><th rowspan="2">自然人<th scope="colgroup" colspan="5">法人或其他组织<th rowspan="2">总计\#n"#))
        #expect(html.contains(#"<tr><th scope="rowgroup" class="row-group level-1" rowspan="22">三、本年度办理结果<th colspan="2">（一）予以公开<td"#))
        #expect(html.contains(#"<tr><th scope="rowgroup" class="row-group level-2" rowspan="8">（三）不予公开<th>1.属于国家秘密<td"#))
        #expect(html.contains(#"<tr><th colspan="3">四、结转下年度继续办理<td"#))
        #expect(html.contains(#"<tr><th colspan="2">（七）总计<td"#))
        #expect(html.contains(#"<tr><th>2.其他法律行政法规禁止公开<td"#), "a row label needs no class: its depth is in its colspan")
        #expect(!html.contains("row-label") && !html.contains("</td>") && !html.contains("</th>"), "no class on row labels, no end tag on cells")
        #expect(!html.contains(#"scope="col""#) && !html.contains(#"scope="row""#), "HTML gives header rows and columns their scope")
        #expect(!html.contains("<caption"), "the region around the table names it")
        #expect(!html.contains("</tr>") && !html.contains("</thead>") && !html.contains("</tbody>") && !html.contains(" id="))
        #expect(html.hasPrefix(#"<div class="table-scroll" role="region" aria-label="三、收到和处理政府信息公开申请情况" tabindex="0">"#))
        #expect(html.components(separatedBy: "<tr>").count - 1 == 3 + 25)
    }

    @Test func table3In2019HasOneRowForOtherHandling() throws {
        let html = OfficialTable.html(try #require(form2019.table("applications")), cells: [:])
        #expect(html.contains(#"rowspan="20">三、本年度办理结果<th colspan="2">"#))
        #expect(html.contains(#"<tr><th colspan="2">（六）其他处理<td"#))
    }

    @Test func table4HasThreeHeaderRowsAndNoRowLabels() throws {
        let html = OfficialTable.html(try #require(form2021.table("appeals")), cells: [:])
        #expect(!html.contains("corner"))
        #expect(html.contains(#"<tr><th scope="colgroup" colspan="5">行政复议<th scope="colgroup" colspan="10">行政诉讼\#n"#))
        #expect(html.contains(#"<tr><th rowspan="2">结果维持<th rowspan="2">结果纠正"#))
        #expect(html.contains(#"<th scope="colgroup" colspan="5">未经复议直接起诉<th scope="colgroup" colspan="5">复议后起诉\#n"#))
        #expect(html.components(separatedBy: "<td").count - 1 == 15)
    }

    @Test func blankCellsShowTheirMarkAndAreFlagged() throws {
        let table = try #require(form2021.table("proactive"))
        let location = SourceLocation(path: "x")
        let html = OfficialTable.html(table, cells: ["fees": [Located(.blank("-"), at: location)],
                                                     "licensing": [Located(.number(12), at: location)]])
        #expect(html.contains(#"<td class="blank" title="原报告此处未填数字">-\#n"#))
        #expect(html.contains(#"<td>12\#n"#))
        let dataCells = table.blocks.map { $0.leafRows.count * $0.columns.count }.reduce(0, +)
        #expect(html.components(separatedBy: "<td").count - 1 == dataCells, "every data cell of 二, filled or blank")
    }

    @Test func table2sBlocksShareOneScrollingRegion() throws {
        let html = OfficialTable.html(try #require(form2021.table("proactive")), cells: [:])
        #expect(html.components(separatedBy: "<div class=\"table-scroll\"").count - 1 == 1)
        #expect(html.contains(#"aria-label="二、主动公开政府信息情况""#))
        #expect(html.components(separatedBy: "<table class=\"official-table table-proactive\">").count - 1 == 4)
        // Each block's caption heads its table, in the order of the form.
        let captions = html.components(separatedBy: #"<tr class="block-caption"><th colspan=""#).dropFirst().map { $0.split(separator: ">")[1].split(separator: "\n")[0] }
        #expect(captions == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"])
        #expect(html.hasSuffix("</table>\n</div>\n"))
    }

    @Test func labelsAreEscaped() {
        let block = FormBlock(id: "b", caption: "<i>", corner: nil,
                              header: [.column(FormColumn(id: "c", label: "a&b", unit: nil, kind: .count))],
                              rows: [FormRow(id: "r", ref: "r", label: "<script>")])
        let html = OfficialTable.html(FormTable(id: "t", number: "一", title: "\"", blocks: [block]), cells: [:])
        #expect(html.contains("&lt;script&gt;") && html.contains("a&amp;b") && html.contains("&lt;i&gt;"))
        #expect(!html.contains("<script>"))
    }
}
