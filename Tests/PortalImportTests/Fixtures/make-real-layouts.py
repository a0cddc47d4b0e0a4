#!/usr/bin/env python3
"""Makes Fixtures/real-layouts/*.docx: the invented report of make-variants.py (示例市示范区人民政府,
2022, the official template filled in, every figure of figures.json) laid out as real reports'
Word files depart from the template (VARIANTS.md, "Round six: real layouts through Tika").
make-tika-text.sh then writes Tika's text of each into tika/. Run once; the files are committed.

    python3 Tests/PortalImportTests/Fixtures/make-real-layouts.py

Nothing is copied from a published report: only the shapes (where the preamble sits, how a
heading is worded or broken, what stands before a table, a page header, a footer, a signature).

- preamble-under-one.docx: no preamble above 一; its sentences open section 一 (many 街道 and 乡 reports).
- reworded-headings.docx: 二、主动公开政府信息的情况, 四、因政府信息公开被申请行政复议和提起行政诉讼情况,
  五、政府信息公开工作中存在的问题及改进措施, 六、其它需要报告事项; rows 规范性文件, 行政事业型收费.
- heading-broken.docx: 一、 and 总体情况 on two lines (a line break inside the heading's paragraph).
- subheading-like-section.docx: under 一, a sub-heading 主动公开政府信息情况 numbered by a heading
  style (Tika prints no number), the very words of heading 二.
- all-unnumbered.docx: the same with every section heading numbered by a heading style (Tika: none).
- table-intros.docx: 该部分以表格形式报告。表格如下： before tables 二 and 三, a sentence before 四's.
- total-only.docx: table 三's rows 一 and 二 with only 总计 filled, the applicants' cells blank.
- merged-across.docx: row 一's figure one cell merged over the seven figure columns.
- header-and-signature.docx: a page header (the government's office) over a title naming no agency,
  the agency in the signature under 六 (示例市示范区交通运输局, 2023年1月20日).
- title-twice.docx: the title line printed twice under the agency's name.
- name-without-title.docx: no title, the agency's name alone above a preamble that says 现公布…2022年…年度报告.
- preamble-only.docx: no title, no name: 现将我乡2022年度信息公开工作情况报告如下.
- format-2019-in-2020.docx: a 2020 report in the 2019 trial format, table 二's headers cut short (本年新),
  规范性文件, 一、工作基本情况, 六、其它需要报告事项.
- reworded-headings.html: reworded-headings.docx's wordings on a web page.
- footer-words.docx: the same with a footer of words (示例市示范区人民政府办公室印发), which Tika
  prints after the body, and a page number.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
variants = import_module("make-variants")
internals = import_module("make-word-internals")
sources = import_module("make-tika-sources")
sources.OUT = os.path.join(HERE, "real-layouts")
p, run, once = base.w_p, internals.run, internals.once
V = variants
SIGNED = ["示例市示范区交通运输局", "2023年1月20日"]


def body(f, title=(V.AGENCY, V.TITLE), head=V.HEAD, overview=V.OVERVIEW, headings=None, after=V.AFTER,
         applications=None, intro=None):
    """The filled-in template's body with its parts replaced; `intro` maps 二/三/四 to a sentence before the table."""
    headings = headings or {"一": "一、总体情况", **V.HEADINGS}
    intro = intro or {}
    out = "".join(p(l) for l in list(title) + list(head) + [headings["一"]] + list(overview))
    tables = {"二": V.docx_table(V.template_proactive_table(f)),
              "三": applications or V.docx_table(V.APPLICATION_HEADER + V.application_rows(f)),
              "四": V.docx_table(V.appeals_table(f))}
    for number in ["二", "三", "四"]:
        out += p(headings[number]) + (p(intro[number]) if number in intro else "") + tables[number]
    return out + "".join(p(l) for l in after)


def numbered_parts():
    """numbering.xml and styles.xml: style 1 (heading 1) draws 一、 and style 2 （一） (make-numbered.py's list)."""
    numbered = import_module("make-numbered")
    # Style 2 (heading 2) draws the list's second level, （一）, as Word's heading styles are often set up.
    styles = numbered.STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
                                     '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    parts = {"numbering.xml": numbered.NUMBERING, "styles.xml": styles}
    relationships = {"rId16": ("numbering", "numbering.xml", False), "rId17": ("styles", "styles.xml", False)}
    overrides = {"numbering.xml": "numbering+xml", "styles.xml": "styles+xml"}
    return numbered, parts, relationships, overrides


def header_footer(header=None, footer=None):
    parts, relationships, overrides, refs = {}, {}, {}, ""
    if header:
        parts["header1.xml"] = sources.part("hdr", p(header))
        relationships["rId11"] = ("header", "header1.xml", False)
        overrides["header1.xml"] = "header+xml"
        refs += '<w:headerReference w:type="default" r:id="rId11"/>'
    if footer:
        parts["footer1.xml"] = sources.part("ftr", footer)
        relationships["rId12"] = ("footer", "footer1.xml", False)
        overrides["footer1.xml"] = "footer+xml"
        refs += '<w:footerReference w:type="default" r:id="rId12"/>'
    return parts, relationships, overrides, f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'


def main():
    os.makedirs(sources.OUT, exist_ok=True)
    f = V.figures()
    write = sources.write

    # The preamble's sentences as the first paragraphs of section 一.
    write("preamble-under-one.docx", body(f, head=[], overview=V.HEAD + V.OVERVIEW))

    # Headings and row labels in wordings the template does not print.
    reworded = {"一": "一、总体情况", "二": "二、主动公开政府信息的情况", "三": V.HEADINGS["三"],
                "四": "四、因政府信息公开被申请行政复议和提起行政诉讼情况"}
    after = ["五、政府信息公开工作中存在的问题及改进措施", V.AFTER[1], "六、其它需要报告事项", V.AFTER[3]]
    text = body(f, headings=reworded, after=after)
    text = once(text, p("行政规范性文件"), p("规范性文件"))
    text = once(text, p("行政事业性收费"), p("行政事业型收费"))
    write("reworded-headings.docx", text)

    # 一、 / 总体情况: a line break inside the heading.
    text = once(body(f), p("一、总体情况"), f'<w:p>{run("一、")}<w:r><w:br/></w:r>{run("总体情况")}</w:p>')
    write("heading-broken.docx", text)

    # A sub-heading of 一 worded as heading 二, numbered by its style (（一）): Tika prints 主动公开政府信息情况 alone.
    numbered, parts, relationships, overrides = numbered_parts()
    overview = (p("2022年，示范区政府持续推进政务公开工作。") + numbered.numbered("主动公开政府信息情况", style="2")
                + p("全年主动公开政府信息1200条。") + numbered.numbered("依申请公开情况", style="2")
                + p("全年依申请公开工作依法有序开展。"))
    text = once(body(f, overview=["@OVERVIEW@"]), p("@OVERVIEW@"), overview)
    write("subheading-like-section.docx", text, dict(parts), dict(relationships), dict(overrides))

    # The same, every section heading numbered by its style: nothing in Tika's text is numbered.
    text = once(body(f, overview=["@OVERVIEW@"]), p("@OVERVIEW@"), overview)
    for heading in ["一、总体情况", V.HEADINGS["二"], V.HEADINGS["三"], V.HEADINGS["四"], V.AFTER[0], V.AFTER[2]]:
        text = once(text, p(heading), numbered.numbered(heading.split("、", 1)[1], style="1"))
    write("all-unnumbered.docx", text, dict(parts), dict(relationships), dict(overrides))

    # A sentence before each table.
    intro = {"二": "该部分以表格形式报告。表格如下：", "三": "该部分以表格形式报告。表格如下：",
             "四": "本年度因政府信息公开被申请行政复议1件、提起行政诉讼2件，具体如下："}
    write("table-intros.docx", body(f, intro=intro))

    # Only 总计 filled in rows 一 and 二 (the applicants' cells left blank).
    g = dict(f)
    for key in ["received", "carriedOver"]:
        g[key] = [""] * 6 + [f[key][6]]
    write("total-only.docx", body(f, applications=V.docx_table(V.APPLICATION_HEADER + V.application_rows(g))))

    # Row 一's figure in one cell merged over the seven columns.
    rows = V.application_rows(f)
    rows[0] = rows[0][:1] + [V.C(f["received"][6], colspan=7)]
    write("merged-across.docx", body(f, applications=V.docx_table(V.APPLICATION_HEADER + rows)))

    # A page header over a title that names no agency; the agency signs the report.
    parts, relationships, overrides, sect = header_footer(header="示例市示范区人民政府办公室")
    write("header-and-signature.docx", body(f, title=[V.TITLE], after=V.AFTER + SIGNED) + sect, parts, relationships, overrides)

    # The same with a footer of words and the page number: Tika prints the footer after the body.
    footer = p("示例市示范区人民政府办公室印发") + f'<w:p>{run("— ")}<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>{run(" —")}</w:p>'
    parts, relationships, overrides, sect = header_footer(header="示例市示范区人民政府办公室", footer=footer)
    write("footer-words.docx", body(f, title=[V.TITLE], after=V.AFTER + SIGNED) + sect, parts, relationships, overrides)

    # The title printed twice under the agency's name (a page's heading over the article's own).
    write("title-twice.docx", body(f, title=[V.AGENCY, V.TITLE, V.TITLE]))

    # No title: the agency's name alone, then a preamble that says which report it publishes.
    opening = "根据《中华人民共和国政府信息公开条例》规定，现公布示范区国资局2022年政府信息公开工作年度报告。"
    write("name-without-title.docx", body(f, title=["示例市示范区国资局"], head=[opening, V.HEAD[1]]))

    # No title and no name: the preamble only (现将我乡2022年度信息公开工作情况报告如下。).
    write("preamble-only.docx", body(f, title=[], head=["2022年，示例乡认真落实信息公开工作。现将我乡2022年度信息公开工作情况报告如下。"]))

    # A 2020 report in the 2019 trial format (as some agencies kept using it), its table 二's column
    # headers cut short (本年新 / 本年新), 规范性文件, 一、工作基本情况, 六、其它需要报告事项.
    f2019 = V.figures_2019(f)
    blocks = [(caption, ["本年新" if c.startswith("本年新") else c for c in columns], rows) for caption, columns, rows in V.PROACTIVE_2019]
    head = [l.replace("2022", "2020") for l in [V.AGENCY, V.TITLE] + V.HEAD]
    headings = {"一": "一、工作基本情况", **V.HEADINGS}
    text = "".join(p(l) for l in head + [headings["一"]] + V.OVERVIEW)
    text += p(V.HEADINGS["二"]) + V.docx_table(V.template_proactive_table(f2019, blocks))
    text += p(V.HEADINGS["三"]) + V.docx_table(V.APPLICATION_HEADER + V.application_rows(f2019, V.APPLICATION_ROWS_2019))
    text += p(V.HEADINGS["四"]) + V.docx_table(V.appeals_table(f2019))
    text += "".join(p(l) for l in [V.AFTER[0], V.AFTER[1], "六、其它需要报告事项", V.AFTER[3]])
    write("format-2019-in-2020.docx", text)

    # reworded-headings as a web page (its Tika text is a page's: a row a line).
    page = V.html_page({"二": V.html_table(V.template_proactive_table(f)),
                        "三": V.html_table(V.APPLICATION_HEADER + V.application_rows(f)),
                        "四": V.html_table(V.appeals_table(f))})
    for old, new in [(V.HEADINGS["二"], reworded["二"]), (V.HEADINGS["四"], reworded["四"]), (V.AFTER[0], after[0]),
                     (V.AFTER[2], after[2]), (">行政规范性文件<", ">规范性文件<"), (">行政事业性收费<", ">行政事业型收费<")]:
        assert page.count(old) == 1, old
        page = page.replace(old, new)
    with open(os.path.join(sources.OUT, "reworded-headings.html"), "w", encoding="utf-8") as out:
        out.write(page)


if __name__ == "__main__":
    main()
