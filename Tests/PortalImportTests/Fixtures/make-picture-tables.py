#!/usr/bin/env python3
"""Makes the filled-in template of make-variants.py with table 三 pasted as a picture, as agencies
paste screenshots of their tables: a web page (variants/table-picture.html, the picture a PNG of
the table's page in data: form), a Word file (variants/table-picture.docx, the picture a drawing
paragraph) and the page printed by a browser (variants/table-picture.pdf):

    python3 Tests/PortalImportTests/Fixtures/make-picture-tables.py
    cd Tests/PortalImportTests/Fixtures/variants
    chromium --headless --no-sandbox --print-to-pdf=table-picture.pdf file://$PWD/table-picture.html

The picture is variants/template-filled.pdf's second page (pdftoppm, 40 dpi).
"""
import base64
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")

DRAWING = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<wp:extent cx="5400000" cy="7000000"/><wp:docPr id="1" name="表三"/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
           '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="表三.png"/>'
           '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
           '</pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def png_of_table():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", "-singlefile",
                        os.path.join(HERE, "variants", "template-filled.pdf"), os.path.join(folder, "page")], check=True)
        with open(os.path.join(folder, "page.png"), "rb") as png:
            return base64.b64encode(png.read()).decode("ascii")


def main():
    f = v.figures()
    tables = {"二": v.html_table(v.template_proactive_table(f)),
              "三": '<p><img src="data:image/png;base64,%s" alt="表三"></p>' % png_of_table(),
              "四": v.html_table(v.appeals_table(f))}
    with open(os.path.join(HERE, "variants", "table-picture.html"), "w", encoding="utf-8") as out:
        out.write(v.html_page(tables))
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    body += base.w_p(v.HEADINGS["三"]) + DRAWING
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "table-picture.docx"), body)


if __name__ == "__main__":
    main()
