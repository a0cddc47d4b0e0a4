#!/usr/bin/env python3
"""Makes two Word files of the filled-in template of make-variants.py with zeros of table 三 left
blank, as agencies often leave them: template-some-blanks.docx (three rows) and
template-zeros-blank.docx (the 法人或其他组织 columns' zeros in every row, so no row is full).
Their PDFs are LibreOffice's exports:

    python3 Tests/PortalImportTests/Fixtures/make-pdf-blanks.py
    cd Tests/PortalImportTests/Fixtures/variants && soffice --headless --convert-to pdf \\
        template-some-blanks.docx template-zeros-blank.docx
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")

BLANKED_ROWS = {"carriedOver", "withheldProcessInformation", "unavailableNotHeld"}


def gridded(table_xml, widths):
    """The table with its columns' widths (w:tblGrid), as Word writes every table: without them
    LibreOffice sizes each row's cells by their text and the columns do not line up."""
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    return table_xml.replace("<w:tbl><w:tblPr/>", '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>' % sum(widths) + grid, 1)


def main():
    f = v.figures()
    some = dict(f)
    for key in BLANKED_ROWS:
        some[key] = [("" if value == "0" else value) for value in f[key]]
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    applications = v.docx_table(v.APPLICATION_HEADER + v.application_rows(some))
    body += base.w_p(v.HEADINGS["三"]) + gridded(applications, [700, 900, 1500] + [800] * 7)
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "template-some-blanks.docx"), body)
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    applications = v.docx_table(v.APPLICATION_HEADER + v.application_rows(v.blanked(f)))
    body += base.w_p(v.HEADINGS["三"]) + gridded(applications, [700, 900, 1500] + [800] * 7)
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "template-zeros-blank.docx"), body)


if __name__ == "__main__":
    main()
