#!/usr/bin/env python3
"""Makes the filled-in template's web page (variants/template-filled.html) with its tables drawn
without <table>, as some government CMSs print them: each row a <ul> of <li> cells in a block
marked as a table (variants/list-rows.html), the same lists with no mark on their block
(variants/list-rows-unmarked.html), and rows and cells of <div>s laid out by CSS `display: table`
(variants/div-rows.html); and the page with blank cells (variants/blanks.html) as unmarked lists
(variants/list-rows-unmarked-blanks.html). A cell merged across or down is printed once, where its
row starts, as a list cannot merge cells:

    python3 Tests/PortalImportTests/Fixtures/make-list-tables.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

SHAPES = {
    "list-rows.html": ('<div class="table">', "</div>", '<ul class="tr">', "</ul>", "<li>", "</li>"),
    "list-rows-unmarked.html": ('<div class="nb-content">', "</div>", "<ul>", "</ul>", "<li>", "</li>"),
    "div-rows.html": ('<div style="display: table; border-collapse: collapse">', "</div>",
                      '<div style="display: table-row">', "</div>",
                      '<div style="display: table-cell; border: 1px solid">', "</div>"),
}


def redraw(source, name, shape):
    with open(os.path.join(HERE, "variants", source), encoding="utf-8") as page:
        html = page.read()
    table, end_table, row, end_row, cell, end_cell = shape
    out = html.replace('<table border="1">', table).replace("</table>", end_table)
    out = out.replace("<tr>", row).replace("</tr>", end_row)
    out = re.sub(r"<td[^>]*>", cell, out).replace("</td>", end_cell)
    with open(os.path.join(HERE, "variants", name), "w", encoding="utf-8") as file:
        file.write(out)


def main():
    for name, shape in SHAPES.items():
        redraw("template-filled.html", name, shape)
    redraw("blanks.html", "list-rows-unmarked-blanks.html", SHAPES["list-rows-unmarked.html"])


if __name__ == "__main__":
    main()
