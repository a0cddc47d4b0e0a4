#!/usr/bin/env python3
"""Makes the filled-in template of make-variants.py with its zeros left blank in tables 三 and 四
(as many agencies print them), as a web page and as a Word file, for their PDFs:

    python3 Tests/PortalImportTests/Fixtures/make-blank-prints.py
    cd Tests/PortalImportTests/Fixtures/variants
    chromium --headless --no-sandbox --print-to-pdf=blanks-chromium.pdf file://$PWD/blanks.html
    soffice --headless --convert-to pdf appeals-blank.docx

blanks.html: every zero of tables 三 and 四 an empty cell, printed by a browser (cells aligned left,
no row full). appeals-blank.docx: table 四's zeros blank (its headings 结果维持 … 总计 printed three
times), exported by LibreOffice.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")


def zeros_blank(values):
    return [("" if value == "0" else value) for value in values]


def main():
    f = v.figures()
    blank = dict(f)
    for _, _, _, key in base.APPLICATION_ROWS:
        blank[key] = zeros_blank(f[key])
    blank["cases"] = zeros_blank(f["cases"])
    tables = {"二": v.html_table(v.template_proactive_table(f)),
              "三": v.html_table(v.APPLICATION_HEADER + v.application_rows(blank)),
              "四": v.html_table(v.appeals_table(blank))}
    with open(os.path.join(HERE, "variants", "blanks.html"), "w", encoding="utf-8") as out:
        out.write(v.html_page(tables))
    appeals = dict(f)
    appeals["cases"] = blank["cases"]
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    body += base.w_p(v.HEADINGS["三"]) + v.docx_table(v.APPLICATION_HEADER + v.application_rows(f))
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(appeals)) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "appeals-blank.docx"), body)


if __name__ == "__main__":
    main()
