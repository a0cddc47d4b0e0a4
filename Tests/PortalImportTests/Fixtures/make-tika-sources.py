#!/usr/bin/env python3
"""Makes Fixtures/tika-sources/*.docx: the invented report of make-variants.py (示例市示范区人民政府,
2022, the official template filled in) with the parts of a real Word file that Apache Tika writes
into its text and that a reader of `word/document.xml` never meets (VARIANTS.md, "Apache Tika's
text"). make-tika-text.sh then writes Tika's text of each into tika/. Run once; the files are committed.

    python3 Tests/PortalImportTests/Fixtures/make-tika-sources.py

- word-parts.docx: a page header (示例市示范区人民政府办公室, the agency's office, over the title) and a
  footer (— 3 —, the page number a field); a footnote and an endnote on the overview's figure, a footnote on a figure of table 二; a
  comment on the preamble; a hyperlink; Word's `_GoBack` bookmark before heading 二; sub-heading
  （二） and section 五's problems numbered by a list (`word/numbering.xml`); a figure cell of table 二
  holding its figure in two runs split by a bookmark. Every figure and sentence is template-filled's.
- table-picture-media.docx: table 三 pasted as a picture, with its image part and the description
  Word gives it (`wp:docPr descr`), as a real file carries it (table-picture.docx has no image part).
"""
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
variants = import_module("make-variants")
internals = import_module("make-word-internals")
OUT = os.path.join(HERE, "tika-sources")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (f'xmlns:w="{W}" xmlns:r="{R}" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
run = internals.run
p = base.w_p


def png():
    """A 4×4 grey PNG: the picture's bytes do not matter to a text extractor, only that it is one."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def part(root, content):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NS}>{content}</w:{root}>'


def write(name, body, parts=None, relationships=None, overrides=None, media=None):
    """A .docx with its document, the given parts (name → XML), the document's relationships
    (id → (type, target, external)) and content types."""
    parts, relationships, overrides, media = parts or {}, relationships or {}, overrides or {}, media or {}
    def entry(name):
        return zipfile.ZipInfo(name, date_time=(2022, 1, 20, 0, 0, 0))
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
             f'<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
             + "".join(f'<Override PartName="/word/{n}" ContentType="{CT}{t}"/>' for n, t in overrides.items()) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"' + (' TargetMode="External"' if external else "") + "/>"
                      for i, (t, target, external) in relationships.items()) + "</Relationships>")
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("[Content_Types].xml"), types)
        z.writestr(entry("_rels/.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(entry("word/document.xml"), part("document", f"<w:body>{body}</w:body>"))
        z.writestr(entry("word/_rels/document.xml.rels"), rels)
        for n, xml in parts.items():
            z.writestr(entry(f"word/{n}"), xml)
        for n, data in media.items():
            z.writestr(entry(f"word/{n}"), data)


def numbered(text, num_id, level=0):
    return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{run(text)}</w:p>'


def word_parts(f):
    head, two, three, four, after = internals.body(f)
    # The overview's figure with a footnote and an endnote; a comment on the preamble's first sentence.
    head = internals.once(head, p("全年主动公开政府信息1200条。"),
                          f'<w:p>{run("全年主动公开政府信息1200条")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
                          f'{run("。")}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>')
    head = internals.once(head, p(variants.HEAD[0]),
                          f'<w:p><w:commentRangeStart w:id="0"/>{run(variants.HEAD[0])}<w:commentRangeEnd w:id="0"/>'
                          '<w:r><w:commentReference w:id="0"/></w:r></w:p>')
    # The office's name a link to its site.
    office = "示例市示范区人民政府办公室"
    before, rest = variants.HEAD[1].split(office, 1)
    head = internals.once(head, p(variants.HEAD[1]),
                          f'<w:p>{run(before)}<w:hyperlink r:id="rId20">{run(office)}</w:hyperlink>{run(rest)}</w:p>')
    # （二） numbered by a list: its text is 依申请公开 alone (the number is Word's to draw).
    head += numbered("依申请公开", 1) + p("全年收到政府信息公开申请46件。")
    # A footnote on a figure of table 二 (行政规范性文件's 本年制发件数, 12): Tika prints the note's text inside the row.
    two = internals.once(two, p("12"), f'<w:p>{run("12")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>')
    # Word's last-edit bookmark before heading 二, as in the reference report's file.
    two = internals.once(two, p(variants.HEADINGS["二"]),
                         f'<w:p><w:bookmarkStart w:id="9" w:name="_GoBack"/><w:bookmarkEnd w:id="9"/>{run(variants.HEADINGS["二"])}</w:p>')
    # 五's problems as a numbered list.
    after = internals.once(after, p("公开内容的解读还不够深入，下一步将加强政策解读。"),
                           numbered("公开内容的解读还不够深入。", 2) + numbered("下一步将加强政策解读。", 2))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId11"/><w:footerReference w:type="default" r:id="rId12"/>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    body = head + two + three + four + after + sect
    def footnote(kind, text, number=1):
        return f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>'
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="chineseCounting"/>'
                 '<w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    parts = {
        "header1.xml": part("hdr", p("示例市示范区人民政府办公室")),
        "footer1.xml": part("ftr", f'<w:p>{run("— ")}<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>{run(" —")}</w:p>'),
        "footnotes.xml": part("footnotes", footnote("footnote", "示例：含政府网站和政务新媒体发布的信息。")
                                  + footnote("footnote", "示例：其中2件为修订。", 2)),
        "endnotes.xml": part("endnotes", footnote("endnote", "示例：数据来自示范区政务公开平台。")),
        "comments.xml": part("comments", f'<w:comment w:id="0" w:author="示例" w:initials="SL">{p("示例批注：请核实统计期限。")}</w:comment>'),
        "numbering.xml": part("numbering", numbering),
    }
    relationships = {
        "rId11": ("header", "header1.xml", False), "rId12": ("footer", "footer1.xml", False),
        "rId13": ("footnotes", "footnotes.xml", False), "rId14": ("endnotes", "endnotes.xml", False),
        "rId15": ("comments", "comments.xml", False), "rId16": ("numbering", "numbering.xml", False),
        "rId20": ("hyperlink", "http://www.example.gov.cn/", True),
    }
    overrides = {"header1.xml": "header+xml", "footer1.xml": "footer+xml", "footnotes.xml": "footnotes+xml",
                 "endnotes.xml": "endnotes+xml", "comments.xml": "comments+xml", "numbering.xml": "numbering+xml"}
    write("word-parts.docx", body, parts, relationships, overrides)


DRAWING = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="7000000"/>'
           '<wp:docPr id="1" name="图片 1" descr="{descr}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
           '<pic:blipFill><a:blip r:embed="rId30"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
           '</wp:inline></w:drawing></w:r></w:p>')


def table_picture(f):
    head, two, three, four, after = internals.body(f)
    heading_end = three.index("</w:p>") + len("</w:p>")
    three = three[:heading_end] + DRAWING.format(descr="表三")
    write("table-picture-media.docx", head + two + three + four + after,
          relationships={"rId30": ("image", "media/image1.png", False)}, media={"media/image1.png": png()})


def main():
    os.makedirs(OUT, exist_ok=True)
    f = variants.figures()
    word_parts(f)
    table_picture(f)


if __name__ == "__main__":
    main()
