#!/usr/bin/env python3
"""Makes variants/landscape.docx: the filled-in template of make-variants.py with table 三 (seven
applicant columns) on a landscape page of its own, a Word section in landscape between two in
portrait, as many agencies lay it out. Its PDF is LibreOffice's export; the rotated shapes are
the same PDF turned by qpdf (three rows of table 三 have their zeros left blank, as in
template-some-blanks.docx) (`landscape-rotated.pdf`: the landscape page turned a quarter, /Rotate 90,
so the table reads sideways on an upright page; `landscape-flattened.pdf`: the same with the turn
drawn into the page's content, no /Rotate, as converters and printers write it):

    python3 Tests/PortalImportTests/Fixtures/make-landscape.py
    cd Tests/PortalImportTests/Fixtures/variants && soffice --headless --convert-to pdf landscape.docx
    qpdf landscape.pdf --rotate=+90:2 landscape-rotated.pdf
    qpdf landscape-rotated.pdf --flatten-rotation landscape-flattened.pdf
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")
blanks = import_module("make-pdf-blanks")

PORTRAIT = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'


def section_end(page):
    """The paragraph that ends a Word section: the section's page size is in its properties."""
    return f"<w:p><w:pPr><w:sectPr>{page}</w:sectPr></w:pPr></w:p>"


def main():
    f = v.figures()
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f)) + section_end(PORTRAIT)
    # Three rows with their zeros left blank (as in template-some-blanks.docx): on a turned page only
    # the word boxes, turned back, say which columns their figures stand in.
    some = dict(f)
    for key in blanks.BLANKED_ROWS:
        some[key] = [("" if value == "0" else value) for value in f[key]]
    applications = v.docx_table(v.APPLICATION_HEADER + v.application_rows(some))
    # Wide enough that every heading (商业企业, 科研机构) prints on one line, as a landscape page allows.
    body += base.w_p(v.HEADINGS["三"]) + blanks.gridded(applications, [1200, 1400, 3000] + [1100] * 7) + section_end(LANDSCAPE)
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    body += f"<w:sectPr>{PORTRAIT}</w:sectPr>"
    base.write_docx(os.path.join(HERE, "variants", "landscape.docx"), body)


if __name__ == "__main__":
    main()
