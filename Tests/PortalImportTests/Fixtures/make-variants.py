#!/usr/bin/env python3
"""Makes Fixtures/variants/: one invented report (示例市示范区人民政府, 2022) laid out in the
shapes real published reports come in (see VARIANTS.md). Run once; the files are committed.

    python3 Tests/PortalImportTests/Fixtures/make-variants.py

Nothing here is copied from a published report: the figures and the narrative are invented,
only the layouts follow what real pages, PDFs and Word files do. Every figure differs from its
neighbours, so a cell placed in the wrong row or column shows. `figures.json` holds them for the
tests (`""` where the blank-printing shapes print a zero as an empty cell).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "variants")
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")

AGENCY = "示例市示范区人民政府"
TITLE = "2022年政府信息公开工作年度报告"
HEAD = [
    "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
    "如对本报告有疑问，请与示例市示范区人民政府办公室联系（地址：示例市示范区示例路1号，邮编：000000，电话：0000-00000000）。",
]
OVERVIEW = ["2022年，示范区政府持续推进政务公开工作。", "（一）主动公开", "全年主动公开政府信息1200条。"]
AFTER = ["五、存在的主要问题及改进情况", "公开内容的解读还不够深入，下一步将加强政策解读。",
         "六、其他需要报告的事项", "本年度未收取信息处理费。"]
HEADINGS = {"二": "二、主动公开政府信息情况", "三": "三、收到和处理政府信息公开申请情况",
            "四": "四、政府信息公开行政复议、行政诉讼情况"}


def figures():
    f = {"regulations": [1, 0, 5], "normativeDocuments": [12, 3, 47], "licensing": [236], "penalties": [58],
         "enforcement": [7], "fees": [1.25]}
    rows = {"received": [40, 3, 0, 1, 2, 0], "carriedOver": [2, 0, 0, 0, 0, 1],
            "disclosed": [15, 1, 0, 0, 1, 0], "partlyDisclosed": [4, 0, 0, 0, 0, 0],
            "withheldStateSecret": [1, 0, 0, 0, 0, 0], "withheldThirdPartyRights": [2, 0, 0, 0, 0, 0],
            "withheldProcessInformation": [0, 1, 0, 0, 0, 0], "unavailableNotHeld": [11, 1, 0, 1, 0, 0],
            "unavailableStillUnclear": [2, 0, 0, 0, 0, 0], "notProcessedComplaints": [3, 0, 0, 0, 0, 0],
            "notProcessedRepeated": [1, 0, 0, 0, 0, 0], "otherNoCorrection": [0, 0, 0, 0, 1, 0]}
    leaves = [k for _, _, _, k in base.APPLICATION_ROWS if k not in ("received", "carriedOver", "closedTotal", "carriedForward")]
    for k in leaves:
        rows.setdefault(k, [0] * 6)
    rows["closedTotal"] = [sum(rows[k][i] for k in leaves) for i in range(6)]
    rows["carriedForward"] = [rows["received"][i] + rows["carriedOver"][i] - rows["closedTotal"][i] for i in range(6)]
    for k, v in rows.items():
        f[k] = v + [sum(v)]
    f["cases"] = [1, 0, 0, 1, 2, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1]
    return {k: [str(x) for x in v] for k, v in f.items()}


PROACTIVE_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], [("规章", "regulations"), ("规范性文件", "normativeDocuments")]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], [("行政许可", "licensing"), ("其他对外管理服务事项", "otherManagementServices")]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], [("行政处罚", "penalties"), ("行政强制", "enforcement")]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "fees")]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "centralProcurement")]),
]
# The trial format's table 三: （六）其他处理 is one row.
APPLICATION_ROWS_2019 = base.APPLICATION_ROWS[:-5] + [("三、本年度办理结果", "（六）其他处理", None, "otherHandling")] + base.APPLICATION_ROWS[-2:]


def figures_2019(f):
    """The same report in the 2019 trial format: table 二's own rows, （六）其他处理 as one row."""
    out = {k: v for k, v in f.items() if k not in ("otherNoCorrection", "otherFeeUnpaid", "otherOther", "licensing", "penalties",
                                                    "enforcement", "fees", "regulations", "normativeDocuments")}
    out["otherHandling"] = [str(sum(int(f[k][i]) for k in ("otherNoCorrection", "otherFeeUnpaid", "otherOther"))) for i in range(7)]
    out.update({"regulations": ["1", "1", "5"], "normativeDocuments": ["12", "12", "47"], "licensing": ["30", "-2", "236"],
                "otherManagementServices": ["4", "0", "9"], "penalties": ["20", "3", "58"], "enforcement": ["2", "-1", "7"],
                "fees": ["3", "-1"], "centralProcurement": ["6", "125.5"]})
    return out


def blanked(f):
    """Zeros of table 三's 法人或其他组织 columns printed as empty cells (as many pages do)."""
    out = dict(f)
    for _, _, _, k in base.APPLICATION_ROWS:
        out[k] = [("" if 1 <= i <= 5 and v == "0" else v) for i, v in enumerate(f[k])]
    return out


# A table is a list of rows; a row a list of (text, rowspan, colspan) for the cells that start in it.
def C(text, rowspan=1, colspan=1):
    return (text, rowspan, colspan)


def template_proactive_table(f, blocks=base.PROACTIVE):
    """Table 二 as the official Word template has it: one table four columns wide, the single
    figure of 行政许可, 行政处罚… in a cell merged over three columns (2019: the last of two over two)."""
    rows = []
    for caption, columns, items in blocks:
        rows.append([C(caption, colspan=4)])
        last = 4 - len(columns)  # the width of the last column's cell
        rows.append([C("信息内容")] + [C(x, colspan=last if i == len(columns) - 1 else 1) for i, x in enumerate(columns)])
        rows += [[C(label)] + [C(v, colspan=last if i == len(columns) - 1 else 1) for i, v in enumerate(f[key])] for label, key in items]
    return rows


def proactive_tables(f):
    return [[[C(caption, colspan=len(columns) + 1)], [C("信息内容")] + [C(x) for x in columns]]
            + [[C(label)] + [C(v) for v in f[key]] for label, key in rows]
            for caption, columns, rows in base.PROACTIVE]


APPLICATION_HEADER = [
    [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3), C("申请人情况", colspan=7)],
    [C("自然人", rowspan=2), C("法人或其他组织", colspan=5), C("总计", rowspan=2)],
    [C(x) for x in base.APPLICANTS[1:6]],
]


def application_rows(f, rows=base.APPLICATION_ROWS):
    spans = {}
    for top, middle, _, _ in rows:
        spans[top] = spans.get(top, 0) + 1
        if middle:
            spans[middle] = spans.get(middle, 0) + 1
    seen, out = set(), []
    for top, middle, leaf, key in rows:
        cells = []
        if middle is None:
            cells.append(C(top, colspan=3))
        else:
            if top not in seen:
                cells.append(C(top, rowspan=spans[top]))
            if leaf is None:
                cells.append(C(middle, colspan=2))
            else:
                if middle not in seen:
                    cells.append(C(middle, rowspan=spans[middle]))
                cells.append(C(leaf))
        seen.update([top, middle])
        out.append(cells + [C(v) for v in f[key]])
    return out


def appeals_table(f):
    return [[C("行政复议", colspan=5), C("行政诉讼", colspan=10)],
            [C(x, rowspan=2) for x in base.OUTCOMES] + [C("未经复议直接起诉", colspan=5), C("复议后起诉", colspan=5)],
            [C(x) for x in base.OUTCOMES * 2],
            [C(v) for v in f["cases"]]]


def width(table):
    return max(sum(c[2] for c in row) for row in table)


# ---------------------------------------------------------------- renderers

def html_table(table):
    return '<table border="1">' + "".join("<tr>" + "".join(base.td(t or "\u00a0", r, c) for t, r, c in row) + "</tr>" for row in table) + "</table>"


def pipe_cells(table, leading_empty=False, padding_on_own_line=True):
    """A table copied from a page by a tool that prints every cell as `text |` on a line of its
    own (a blank cell as `|`) and pads each row to the widest row with more `|`."""
    lines, w = [], width(table) + (1 if leading_empty else 0)
    for row in table:
        cells = ([""] if leading_empty else []) + [t for t, _, _ in row]
        out = [f"{t} |" if t else "|" for t in cells]
        pad = "|" * (w - len(cells))
        if pad and padding_on_own_line:
            out.append(pad)
        elif pad:
            out[-1] += " " + pad
        lines += out
    return lines


def pipe_before_cells(table):
    """A table copied by a tool that starts every cell but a row's first with `| ` on a line of
    its own (a blank cell as `|`) and ends each row with a lone `|`."""
    lines = []
    for row in table:
        texts = [t for t, _, _ in row]
        lines += [texts[0] or "|"] + [f"| {t}" if t else "|" for t in texts[1:]] + ["|"]
    return lines


def cells_per_line(table):
    """A table copied from a PDF viewer or a page as plain text: every cell on a line of its own."""
    return [t for row in table for t, _, _ in row]


def tab_rows(table):
    """A table copied from a browser: a row a line, cells separated by tabs, merged cells once."""
    return ["\t".join(t for t, _, _ in row) for row in table]


def document(parts, title=None, headings=HEADINGS):
    """The lines of the whole report; parts maps 二/三/四 to the lines of that section's tables."""
    title = title or [AGENCY, TITLE]
    lines = title + HEAD + ["一、总体情况"] + OVERVIEW
    for number in ["二", "三", "四"]:
        lines += [headings[number]] + parts[number]
    return lines + AFTER


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as file:
        file.write(text)


def html_page(parts, title=None):
    title = title or [AGENCY, TITLE]
    body = f"<h1>{base.esc(title[0])}<br>{base.esc(title[1])}</h1>" + "".join(f"<p>{base.esc(l)}</p>" for l in HEAD + ["一、总体情况"] + OVERVIEW)
    for number in ["二", "三", "四"]:
        body += f"<p>{base.esc(HEADINGS[number])}</p>" + parts[number]
    body += "".join(f"<p>{base.esc(l)}</p>" for l in AFTER)
    return f'<html><head><meta charset="utf-8"><title>{base.esc(title[1])}</title></head><body>{body}</body></html>\n'


def docx_table(table):
    """The grid model as WordprocessingML: a rowspan as w:vMerge restart/continue, a colspan as w:gridSpan."""
    pending = {}  # column → (rows left, span) of a vertical merge
    rows = []
    for row in table:
        out, column, cells = [], 0, list(row)
        while cells or any(c >= column for c in pending):
            if column in pending:
                left, span = pending[column]
                out.append(base.w_tc("", span=span, vmerge="continue"))
                if left == 1:
                    del pending[column]
                else:
                    pending[column] = (left - 1, span)
                column += span
                continue
            if not cells:
                break
            text, rowspan, colspan = cells.pop(0)
            out.append(base.w_tc(text, span=colspan, vmerge="restart" if rowspan > 1 else None))
            if rowspan > 1:
                pending[column] = (rowspan - 1, colspan)
            column += colspan
        rows.append(out)
    return base.w_tbl(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    f, b = figures(), blanked(figures())
    f2019 = figures_2019(f)
    write("figures.json", json.dumps({"figures": f, "blanked": b, "figures2019": f2019}, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    applications = APPLICATION_HEADER + application_rows(b)

    def tables(render, fig, applications_rows=None):
        return {"二": [l for t in proactive_tables(fig) for l in render(t)],
                "三": render(applications_rows or APPLICATION_HEADER + application_rows(fig)),
                "四": render(appeals_table(fig))}

    # 1. One `cell |` per line, blank cells `|`, each row padded on a line of its own (长春-style CMS copy).
    write("pipe-cell-per-line.txt", "\n".join(document(tables(pipe_cells, b, applications))) + "\n")
    # 2. The same with an empty first column and the padding after the row's last cell (汉阳-style).
    render = lambda t: pipe_cells(t, leading_empty=True, padding_on_own_line=False)
    write("pipe-cell-per-line-padded.txt", "\n".join(document(tables(render, b, applications))) + "\n")
    # 2b. Every cell after a row's first one as `| cell` on its own line, each row ended by `|`.
    write("pipe-before-cell.txt", "\n".join(document(tables(pipe_before_cells, b, applications))) + "\n")
    # 3. Plain text, a cell a line (copied from a PDF viewer): blanks leave no trace, so zeros are printed.
    write("cell-per-line.txt", "\n".join(document(tables(cells_per_line, f))) + "\n")
    # 4. A browser's copy of the page: tab-separated cells, merged cells printed once, blanks empty.
    write("browser-copy.txt", "\n".join(document(tables(tab_rows, b, applications))) + "\n")
    # 5. A web page whose table 三 is broken in two at a page break of the Word file it came from,
    #    the header repeated on top of the second part.
    # The second part starts inside 三、本年度办理结果 and （三）不予公开: their labels are printed again there.
    first = application_rows(b, base.APPLICATION_ROWS[:9])
    second = application_rows(b, base.APPLICATION_ROWS[9:])
    split = {"二": "".join(html_table(t) for t in proactive_tables(f)),
             "三": html_table(APPLICATION_HEADER + first) + "<p>\u00a0</p>" + html_table(APPLICATION_HEADER + second),
             "四": html_table(appeals_table(f))}
    write("split-table.html", html_page(split))
    # 6. The same split in a Word file (two w:tbl, the header row repeated).
    body = "".join(base.w_p(l) for l in [AGENCY, TITLE] + HEAD + ["一、总体情况"] + OVERVIEW)
    body += base.w_p(HEADINGS["二"]) + "".join(docx_table(t) for t in proactive_tables(f))
    body += base.w_p(HEADINGS["三"]) + docx_table(APPLICATION_HEADER + first) + base.w_p("") + docx_table(APPLICATION_HEADER + second)
    body += base.w_p(HEADINGS["四"]) + docx_table(appeals_table(f)) + "".join(base.w_p(l) for l in AFTER)
    base.write_docx(os.path.join(OUT, "split-table.docx"), body)
    # 7. The official Word template filled in: table 二 one table, single figures merged over three columns.
    body = "".join(base.w_p(l) for l in [AGENCY, TITLE] + HEAD + ["一、总体情况"] + OVERVIEW)
    body += base.w_p(HEADINGS["二"]) + docx_table(template_proactive_table(f))
    body += base.w_p(HEADINGS["三"]) + docx_table(APPLICATION_HEADER + application_rows(f))
    body += base.w_p(HEADINGS["四"]) + docx_table(appeals_table(f)) + "".join(base.w_p(l) for l in AFTER)
    base.write_docx(os.path.join(OUT, "template-filled.docx"), body)
    # 7b. The same inside a table of one cell that frames the page.
    base.write_docx(os.path.join(OUT, "framed.docx"), "<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>" + body + "<w:p/></w:tc></w:tr></w:tbl>")
    # 7c. The 2019 trial format's template filled in: 本年增/减 and 采购总金额 merged over two columns.
    head = [l.replace("2022", "2019") for l in [AGENCY, TITLE] + HEAD + ["一、总体情况"] + OVERVIEW]
    body = "".join(base.w_p(l) for l in head)
    body += base.w_p(HEADINGS["二"]) + docx_table(template_proactive_table(f2019, PROACTIVE_2019))
    body += base.w_p(HEADINGS["三"]) + docx_table(APPLICATION_HEADER + application_rows(f2019, APPLICATION_ROWS_2019))
    body += base.w_p(HEADINGS["四"]) + docx_table(appeals_table(f2019)) + "".join(base.w_p(l) for l in AFTER)
    base.write_docx(os.path.join(OUT, "template-2019-filled.docx"), body)
    # 8. The same saved as a web page (colspan="3").
    merged = {"二": html_table(template_proactive_table(f)), "三": html_table(APPLICATION_HEADER + application_rows(f)),
              "四": html_table(appeals_table(f))}
    write("template-filled.html", html_page(merged))


if __name__ == "__main__":
    main()
