#!/usr/bin/env python3
"""Each real opening (as make-real-openings-docx.py takes it: IMPORTED_DIR/<name>/{agency.txt,preamble.md,overview.md})
made into a Word file laid out in one of the shapes real agencies' Word files take, the 114 spread over them in turn
(VARIANTS.md, "Round forty-one"). Usage: make.py IMPORTED_DIR OUT_DIR [LAYOUT...]; writes OUT_DIR/<name>.docx and
OUT_DIR/layouts.tsv (name, layout). Nothing of its output is committed but the small fixtures `make.py --fixtures`
writes into real-layouts/ (then make-tika-text.sh).

- numbered: the section headings numbered by a heading style, part 一's sub-headings (（一）…) by Word's list numbering
  (Tika prints neither number); a one-line title (name and year's title in one paragraph).
- gongwen: 公文 style: 仿宋, first-line indents (w:ind w:firstLineChars), 黑体 headings, an empty paragraph after each.
- pasted: a file pasted from a PDF: a soft return (w:br) at the end of each printed line of 28 characters.
- breaks: a table of contents field under the title, bookmarks on the headings, a page break inside part 一,
  a manual line break (w:br) inside a sentence's paragraph.
- revised: tracked changes in the preamble and part 一 (words inserted, words and a paragraph deleted), the title in a text box.
- tables: a unit row (单位：件) over table 三, which is split in two across a page with its header rows repeated.
- header: the agency's name only in the page header and in the signature (right-aligned, a seal picture), the title
  naming no agency.
- about: the title 关于…的报告 on one line; the signature and date right-aligned after 六, with a seal picture.
"""
import os
import re
import sys

FX = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, FX)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
V = import_module("make-variants")
layouts = import_module("make-real-layouts")
sources = import_module("make-tika-sources")
esc, run = base.esc, import_module("make-word-internals").run
LAYOUTS = ["numbered", "gongwen", "pasted", "breaks", "revised", "tables", "header", "about"]
SUB = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$")
CHINESE = "一二三四五六七八九十"
FANGSONG = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'


def paragraphs(md):
    text = open(md, encoding="utf-8").read() if os.path.exists(md) else ""
    out = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        block = re.sub(r"^#+\s*", "", block)
        block = re.sub(r"\\\n", "\n", block)
        block = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", block)
        out.extend(l for l in block.split("\n") if l.strip())
    return out


def para(text, props="", rprops=""):
    return f'<w:p><w:pPr>{props}</w:pPr><w:r>{rprops}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def seal():
    """A seal's picture (an inline drawing, no description: Tika prints nothing for it)."""
    return ('<w:r><w:drawing><wp:inline><wp:extent cx="1440000" cy="1440000"/><wp:docPr id="1" name="图片 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="1" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rId20"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r>')


def signature(lines, picture):
    right = '<w:jc w:val="right"/>'
    out = "".join(para(l, right) for l in lines)
    if picture:
        out = out.replace("<w:r>", seal() + "<w:r>", 1)
    return out


def tables(f, layout):
    two = V.docx_table(V.template_proactive_table(f))
    rows = V.APPLICATION_HEADER + V.application_rows(f)
    if layout == "tables":
        # Split before （三）不予公开: the second table repeats the three header rows (w:tblHeader on both).
        cut = next(i for i, r in enumerate(rows) if any(isinstance(c, tuple) and str(c[0]).startswith("（三）不予公开") for c in r))
        header = len(V.APPLICATION_HEADER)
        first, second = V.docx_table(rows[:cut]), V.docx_table(rows[:header] + rows[cut:])
        def repeat(table):
            parts = table.split("<w:tr>")
            return "<w:tr>".join(parts[:1] + ["<w:trPr><w:tblHeader/></w:trPr>" + x if i < header else x
                                              for i, x in enumerate(parts[1:])])
        three = (para("单位：件", '<w:jc w:val="right"/>') + repeat(first)
                 + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + repeat(second))
    else:
        three = V.docx_table(rows)
    return {"二": two, "三": three, "四": V.docx_table(V.appeals_table(f))}


def heading_numbered(numbered, text, style):
    return numbered.numbered(text.split("、", 1)[1], style=style)


def sequential(overview):
    """Whether part 一's sub-headings run （一）（二）… in order, as Word's list numbering would print them."""
    numbers = [SUB.match(l).group(1) for l in overview if SUB.match(l)]
    return bool(numbers) and all(len(n) == 1 and CHINESE.index(n) == i for i, n in enumerate(numbers))


def printed(c):
    """Columns a character takes on the page: two for Chinese and full-width ones."""
    return 2 if 0x2E80 <= ord(c) <= 0xFF60 or 0xFFE0 <= ord(c) <= 0xFFE6 else 1


def pasted(text, width=56):
    """A paragraph as pasted from a PDF: a soft return at the end of each printed line (28 Chinese characters)."""
    lines, line = [], ""
    for c in text:
        if sum(map(printed, line)) + printed(c) > width:
            lines.append(line)
            line = ""
        line += c
    lines.append(line)
    return "<w:p>" + '<w:r><w:br/></w:r>'.join(run(l) for l in lines) + "</w:p>"


def document(f, agency, year, head, overview, layout, line_breaks=True):
    title = f"{year}年政府信息公开工作年度报告"
    headings = [("一", "一、总体情况"), ("二", V.HEADINGS["二"]), ("三", V.HEADINGS["三"]), ("四", V.HEADINGS["四"])]
    after = list(V.AFTER)
    parts, relationships, overrides, media, sect = {}, {}, {}, {}, ""
    plain = lambda l: base.w_p(l)
    heading = plain
    body_para = plain
    title_paras = [plain(agency), plain(title)]
    signed = []
    if layout == "numbered":
        numbered, parts, relationships, overrides = layouts.numbered_parts()
        # The list draws the sub-headings' brackets as the opening typed them ((一) or （一）).
        if any(l.startswith("(") and SUB.match(l) for l in overview):
            parts["numbering.xml"] = parts["numbering.xml"].replace("（%2）", "(%2)")
        heading = lambda l: heading_numbered(numbered, l, "1")
        title_paras = [plain(agency + title)]
        if sequential(overview):
            body_para = lambda l: numbered.numbered(SUB.match(l).group(2), style="2") if SUB.match(l) else plain(l)
    elif layout == "gongwen":
        indent = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
        body_para = lambda l: para(l, indent, FANGSONG) + "<w:p/>"
        heading = lambda l: para(l, indent, '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>') + "<w:p/>"
        title_paras = [para(agency, '<w:jc w:val="center"/>'), para(title, '<w:jc w:val="center"/>'), "<w:p/>"]
    elif layout == "pasted":
        body_para = pasted
    elif layout == "breaks":
        toc = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>'
               + "".join(f'<w:p><w:hyperlink w:anchor="_Toc{i}">{run(h)}<w:r><w:tab/></w:r>{run(str(i + 1))}</w:hyperlink></w:p>'
                         for i, (_, h) in enumerate(headings))
               + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        title_paras += [toc]
        count = iter(range(10, 100))
        def heading(l):
            i = next(count)
            return f'<w:p><w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/>{run(l)}<w:bookmarkEnd w:id="{i}"/></w:p>'
        middle = overview[len(overview) // 2] if overview else None
        def body_para(l):
            if l == middle:
                return f'<w:p><w:r><w:br w:type="page"/></w:r>{run(l)}</w:p>'
            cut = min((i for i in (l.find("，"), l.find(",")) if i > 0), default=-1)
            if line_breaks and 0 < cut < len(l) - 1 and len(l) > 40:
                return f'<w:p>{run(l[:cut + 1])}<w:r><w:br/></w:r>{run(l[cut + 1:])}</w:p>'
            return plain(l)
    elif layout == "revised":
        def body_para(l):
            cut = l.find("。")
            if 0 < cut < len(l) - 1:
                return (f'<w:p>{run(l[:cut + 1])}<w:del w:id="1" w:author="办公室"><w:r><w:delText>（此句已删去）</w:delText></w:r></w:del>'
                        f'<w:ins w:id="2" w:author="办公室">{run(l[cut + 1:])}</w:ins></w:p>')
            return plain(l) + ('<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="办公室"/></w:rPr></w:pPr><w:del w:id="4" w:author="办公室">'
                               '<w:r><w:delText>删去的一段。</w:delText></w:r></w:del></w:p>')
        box = plain(agency) + plain(title)
        title_paras = [f'<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>']
    elif layout == "header":
        parts, relationships, overrides, sect = layouts.header_footer(header=agency)
        title_paras = [plain(title)]
        signed = [agency, f"{int(year) + 1}年1月20日"]
    elif layout == "about":
        title_paras = [plain(f"{agency}关于{year}年度政府信息公开工作情况的报告")]
        signed = [agency, f"{int(year) + 1}年1月20日"]
    out = "".join(title_paras) + "".join(body_para(l) for l in head) + heading(headings[0][1])
    out += "".join(body_para(l) for l in overview)
    t = tables(f, layout)
    for number, h in headings[1:]:
        out += heading(h) + t[number]
    out += heading(after[0]) + body_para(after[1]) + heading(after[2]) + body_para(after[3])
    if signed:
        out += signature(signed, picture=True)
        relationships["rId20"] = ("image", "media/seal.png", False)
        media["media/seal.png"] = sources.png()
    return out + sect, parts, relationships, overrides, media


def write(path, content):
    body, parts, relationships, overrides, media = content
    sources.OUT = os.path.dirname(path)
    sources.write(os.path.basename(path), body, parts, relationships, overrides, media)


def fixtures():
    """The committed fixtures (Fixtures/real-layouts/; make-tika-text.sh writes Tika's text of them): the invented
    opening of make-variants.py with a table of contents, bookmarks on the headings and a page break before
    part 一's sub-heading (（一）主动公开), no line broken inside a paragraph; the same pasted from a PDF."""
    write(os.path.join(FX, "real-layouts", "contents-and-page-break.docx"),
          document(V.figures(), V.AGENCY, "2022", V.HEAD, V.OVERVIEW, "breaks", line_breaks=False))
    # Pasted from a PDF: a soft return at the end of each printed line of the preamble's and part 一's paragraphs.
    write(os.path.join(FX, "real-layouts", "pasted-soft-returns.docx"),
          document(V.figures(), V.AGENCY, "2022", V.HEAD, V.OVERVIEW, "pasted"))


def main():
    if sys.argv[1:] == ["--fixtures"]:
        return fixtures()
    src, out = sys.argv[1], sys.argv[2]
    chosen = sys.argv[3:] or LAYOUTS
    os.makedirs(out, exist_ok=True)
    f = V.figures()
    with open(os.path.join(out, "layouts.tsv"), "w", encoding="utf-8") as table:
        for i, name in enumerate(sorted(os.listdir(src))):
            d = os.path.join(src, name)
            if not os.path.isdir(d):
                continue
            agency, year = open(os.path.join(d, "agency.txt"), encoding="utf-8").read().split("\t")
            layout = chosen[i % len(chosen)]
            content = document(f, agency, year.strip(), paragraphs(os.path.join(d, "preamble.md")),
                               paragraphs(os.path.join(d, "overview.md")), layout)
            write(os.path.join(out, name + ".docx"), content)
            table.write(f"{name}\t{layout}\n")


if __name__ == "__main__":
    main()
