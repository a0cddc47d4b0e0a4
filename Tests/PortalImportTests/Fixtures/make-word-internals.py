#!/usr/bin/env python3
"""Makes Fixtures/variants/word-*.docx: the invented report of make-variants.py (示例市示范区人民政府,
2022, the official template filled in) written with the Word internals real files carry, each a
silent mis-import risk (VARIANTS.md, "Word internals"). Run once; the files are committed.

    python3 Tests/PortalImportTests/Fixtures/make-word-internals.py
    python3 Tests/PortalImportTests/Fixtures/make-word-internals.py table-text-boxes   (that file only)

Every variant prints the same figures as template-filled.docx (variants/figures.json): what a
reader of the document sees. Only the markup around them differs, as Word and WPS write it.
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
variants = import_module("make-variants")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')


def write(name, body):
    """base.write_docx with the namespaces of drawings and markup compatibility declared."""
    path = os.path.join(variants.OUT, name)
    base.write_docx(path, body)
    with zipfile.ZipFile(path) as z:
        entries = {i.filename: (i, z.read(i.filename)) for i in z.infolist()}
    info, document = entries["word/document.xml"]
    document = document.decode().replace('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', NS, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for filename, (i, data) in entries.items():
            z.writestr(i, document if filename == "word/document.xml" else data)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{base.esc(text)}</w:t></w:r>'


def body(f):
    """template-filled.docx's body: (head paragraphs, table 二, table 三, table 四, closing paragraphs)."""
    head = "".join(base.w_p(l) for l in [variants.AGENCY, variants.TITLE] + variants.HEAD + ["一、总体情况"] + variants.OVERVIEW)
    two = base.w_p(variants.HEADINGS["二"]) + variants.docx_table(variants.template_proactive_table(f))
    three = base.w_p(variants.HEADINGS["三"]) + variants.docx_table(variants.APPLICATION_HEADER + variants.application_rows(f))
    four = base.w_p(variants.HEADINGS["四"]) + variants.docx_table(variants.appeals_table(f))
    after = "".join(base.w_p(l) for l in variants.AFTER)
    return head, two, three, four, after


def once(text, old, new):
    assert text.count(old) == 1, (old, text.count(old))
    return text.replace(old, new)


def tracked_changes(f):
    """Figures corrected with Track Changes on and the document published without accepting them:
    the old figure in w:del/w:delText, the new one in w:ins; a figure moved (w:moveFrom/w:moveTo);
    a row deleted whole (w:trPr/w:del); a sentence deleted from the narrative; hidden text."""
    head, two, three, four, after = body(f)
    two = once(two, base.w_p("236"), '<w:p><w:del w:id="1" w:author="示例"><w:r><w:delText>263</w:delText></w:r></w:del>'
               '<w:ins w:id="2" w:author="示例"><w:r><w:t>236</w:t></w:r></w:ins></w:p>')
    two = once(two, base.w_p("47"), '<w:p><w:moveFrom w:id="3" w:author="示例"><w:r><w:t>74</w:t></w:r></w:moveFrom>'
               '<w:moveTo w:id="4" w:author="示例"><w:r><w:t>47</w:t></w:r></w:moveTo></w:p>')
    two = once(two, base.w_p("58"), f'<w:p>{run("5")}<w:r><w:rPr><w:vanish/></w:rPr><w:t>0</w:t></w:r>{run("8")}</w:p>')
    # A row of last year's draft, deleted with its figures: every run in it is deleted text.
    row = "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"示例\"/></w:trPr>" + "".join(
        f'<w:tc><w:tcPr/><w:p><w:del w:id="6" w:author="示例"><w:r><w:delText>{t}</w:delText></w:r></w:del></w:p></w:tc>'
        for t in ["（一）予以公开", "", "", "9", "9", "9", "9", "9", "9", "9"]) + "</w:tr>"
    index = three.index("（一）予以公开")
    start = three.rindex("<w:tr>", 0, index)
    three = three[:start] + row.replace("（一）予以公开", "（一）予以公开（草稿）") + three[start:]
    head = once(head, base.w_p(variants.OVERVIEW[0]), f'<w:p>{run(variants.OVERVIEW[0])}'
                '<w:del w:id="7" w:author="示例"><w:r><w:delText>此句已删除，不应出现。</w:delText></w:r></w:del></w:p>')
    return head + two + three + four + after


def text_boxes(f):
    """Text boxes: the title in an old-style box (w:pict/v:textbox) anchored in a paragraph with text
    of its own; a sentence of the overview in a Word 2010+ box, written twice as Word does it
    (mc:AlternateContent: the box in mc:Choice, again in mc:Fallback for older readers)."""
    head, two, three, four, after = body(f)
    title = "".join(base.w_p(l) for l in [variants.AGENCY, variants.TITLE])
    pict = f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{title}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    head = once(head, title, f"<w:p>{run('（示例市示范区人民政府办公室')}{pict}{run('编）')}</w:p>")
    box = base.w_p(variants.OVERVIEW[2])
    drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
               + box + '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
               + box + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    head = once(head, box, f"<w:p>{drawing}</w:p>")
    return head + two + three + four + after


def markup(f):
    """What Word writes around text that a reader never sees: content controls (w:sdt) around
    paragraphs, rows and cells; 总计 as formula fields (w:fldSimple, and w:instrText between
    w:fldChar); a figure split over runs by the spelling checker and a bookmark; a soft hyphen;
    a footnote mark after a figure; a tab before a figure; the sections' page header and footer references."""
    head, two, three, four, after = body(f)
    head = once(head, base.w_p(variants.TITLE), f'<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>{base.w_p(variants.TITLE)}</w:sdtContent></w:sdt>')
    # Table 四's row of figures inside a content control, its cells too.
    cases = f["cases"]
    figures = "".join(f'<w:sdt><w:sdtPr/><w:sdtContent>{base.w_tc(v)}</w:sdtContent></w:sdt>' for v in cases)
    old = "<w:tr>" + "".join(base.w_tc(v) for v in cases) + "</w:tr>"
    four = once(four, old, f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr>{figures}</w:tr></w:sdtContent></w:sdt>")
    # 规范性文件's 对外公开总数量 (47) as a formula field, 行政许可 (236) as a simple field.
    two = once(two, base.w_p("47"), '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(LEFT) </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>47</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    two = once(two, base.w_p("236"), '<w:p><w:fldSimple w:instr=" =SUM(ABOVE) \\# &quot;0&quot; "><w:r><w:t>236</w:t></w:r></w:fldSimple></w:p>')
    # 58 split over runs, a proofing mark and a bookmark between; 1.25 with a soft hyphen; 12 with a footnote mark.
    two = once(two, base.w_p("58"), f'<w:p>{run("5")}<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_Hlk1"/>{run("8")}<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/></w:p>')
    two = once(two, base.w_p("1.25"), f'<w:p>{run("1.")}<w:r><w:softHyphen/></w:r>{run("25")}</w:p>')
    two = once(two, base.w_p("12"), f'<w:p>{run("12")}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>')
    # 7 aligned by a tab before it.
    two = once(two, base.w_p("7"), f'<w:p><w:r><w:tab/></w:r>{run("7")}</w:p>')
    # The section's page header reference: the header's text is a part of its own, never read.
    after += '<w:sectPr><w:headerReference w:type="default" r:id="rId8" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    return head + two + three + four + after


def hmerge(f):
    """The template's single figures merged across with Word 97's w:hMerge (restart, then empty
    cells that continue it), as converters from .doc and WPS still write them, not w:gridSpan."""
    head, two, three, four, after = body(f)
    for key in ["licensing", "penalties", "enforcement", "fees"]:
        value = f[key][0]
        old = base.w_tc(value, span=3)
        new = ('<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>' + base.w_p(value) + "</w:tc>"
               + '<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>' * 2)
        two = once(two, old, new)
    return head + two + three + four + after


def nested_layout(f):
    """The report laid out in a table of one column: the narrative and each section's heading in
    a row's cell, the section's statistics table nested in the cell below."""
    head, two, three, four, after = body(f)
    def cell(content):
        return f"<w:tr><w:tc><w:tcPr/>{content}<w:p/></w:tc></w:tr>"
    rows = [head]
    for section in [two, three, four]:
        heading_end = section.index("</w:p>") + len("</w:p>")
        rows += [section[:heading_end], section[heading_end:]]
    rows.append(after)
    return "<w:tbl><w:tblPr/>" + "".join(cell(r) for r in rows) + "</w:tbl>"


def table_text_boxes(f):
    """Each statistics table in a text box of its own (a floating shape, as WPS's 文本框 or a table
    pasted into a drawing), anchored in an empty paragraph under its heading: the box in mc:Choice
    (wps:txbx), again in mc:Fallback (v:textbox) for older readers, as Word writes it."""
    head, two, three, four, after = body(f)
    def boxed(section):
        heading_end = section.index("</w:p>") + len("</w:p>")
        table = section[heading_end:]
        drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
                   + table + '<w:p/></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
                   + table + '<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
        return section[:heading_end] + f"<w:p>{drawing}</w:p>"
    return head + boxed(two) + boxed(three) + boxed(four) + after


def main():
    f = variants.figures()
    if sys.argv[1:] == ["table-text-boxes"]:
        write("word-table-text-boxes.docx", table_text_boxes(f))
        return
    write("word-tracked-changes.docx", tracked_changes(f))
    write("word-text-box.docx", text_boxes(f))
    write("word-markup.docx", markup(f))
    write("word-hmerge.docx", hmerge(f))
    write("word-nested-layout.docx", nested_layout(f))


if __name__ == "__main__":
    main()
