#!/usr/bin/env python3
"""Makes variants/distributed.docx: the filled-in template of make-variants.py with every table
cell's paragraph set to Word's distributed alignment (分散对齐, `w:jc w:val="distribute"`), as many
agencies set their tables: each cell's characters spread over its width, a label's characters and
a figure's digits placed one by one (as WPS and some converters place every character). Its PDF is
LibreOffice's export:

    python3 Tests/PortalImportTests/Fixtures/make-distributed.py
    cd Tests/PortalImportTests/Fixtures/variants && soffice --headless --convert-to pdf distributed.docx
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")
blanks = import_module("make-pdf-blanks")


def distributed(table_xml):
    """Every paragraph of the table spread over its cell, and each figure's digits set 4 pt apart
    (expanded character spacing, `w:spacing`), as a converter that places every character prints them."""
    table_xml = re.sub(r'<w:r><w:t xml:space="preserve">([0-9.]+)</w:t>',
                       r'<w:r><w:rPr><w:spacing w:val="80"/></w:rPr><w:t xml:space="preserve">\1</w:t>', table_xml)
    return table_xml.replace("<w:p><w:r>", '<w:p><w:pPr><w:jc w:val="distribute"/></w:pPr><w:r>')


def main():
    f = v.figures()
    # Figures of several digits in wide cells, so that distributing them spreads their digits apart.
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + distributed(v.docx_table(v.template_proactive_table(f)))
    applications = v.docx_table(v.APPLICATION_HEADER + v.application_rows(f))
    body += base.w_p(v.HEADINGS["三"]) + distributed(blanks.gridded(applications, [700, 900, 1500] + [800] * 7))
    body += base.w_p(v.HEADINGS["四"]) + distributed(v.docx_table(v.appeals_table(f))) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "distributed.docx"), body)


if __name__ == "__main__":
    main()
