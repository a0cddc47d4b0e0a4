#!/usr/bin/env python3
"""The text Apache Tika prints for some web pages here, emulated: Tika's HtmlParser maps the
page to XHTML (script and style dropped, the <title> kept first) and its XHTMLContentHandler
writes a tab before li/dd/dt/td/th and a newline after block elements (p, div, h1–h6, li,
table, tr, br, title…) — so a row of plain cells is one line, `\\t规章\\t1\\t0\\t5`, and a cell
holding paragraphs (Word's saved HTML) puts each on a line of its own. The texts are
committed; run this again after changing a page."""
import html.parser
import pathlib

ENDLINE = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "dl", "pre", "hr", "blockquote", "address",
           "fieldset", "table", "form", "noscript", "li", "dt", "dd", "noframes", "br", "tr", "select", "option", "title"}
INDENT = {"li", "dd", "dt", "td", "th", "frame"}
SKIP = {"script", "style"}


class TikaText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in INDENT:
            self.out.append("\t")
        if tag in ("br", "hr"):
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        elif tag in ENDLINE and tag not in ("br", "hr"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.out.append(" ".join(data.split()))


here = pathlib.Path(__file__).resolve().parent
for page in ["variants/cms-page.html", "variants/template-filled.html", "variants/blanks.html", "variants/split-table.html"]:
    parser = TikaText()
    parser.feed((here.parent / page).read_text(encoding="utf-8"))
    (here / (pathlib.Path(page).stem + ".html.txt")).write_text("".join(parser.out), encoding="utf-8")
