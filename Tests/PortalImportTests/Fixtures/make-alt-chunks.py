#!/usr/bin/env python3
"""Word files whose content is embedded whole (w:altChunk), as an “export to
Word” of a web page writes them. The layouts are html-docx-js's (its
templates: word/document.xml of one w:altChunk r:id="htmlChunk", the chunk
word/afchunk.mht — a MIME message of one quoted-printable text/html part —
or, in its first versions, word/afchunk.htm), and docx4j's / the OpenXML
SDK's merge (paragraphs around a chunk that is a Word file). The content is
the 下沙 2021 report as LibreOffice saves it as HTML
(xiasha-2021-libreoffice.html). Run from this folder: python3 make-alt-chunks.py"""
import io, quopri, zipfile

HTML = open("xiasha-2021-libreoffice.html", "rb").read()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHUNK = R + "/aFChunk"

def package(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()

def document(body):
    return f'<?xml version="1.0" encoding="utf-8"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr><w:pgSz w:w="12240" w:h="15840" w:orient="portrait" /></w:sectPr></w:body></w:document>'

def word(body, parts, relationships, defaults):
    types = "".join(f'<Default Extension="{e}" ContentType="{t}" />' for e, t in defaults)
    rels = "".join(f'<Relationship Type="{CHUNK}" Target="{target}" Id="{id}" />' for id, target in relationships)
    return package([
        ("[Content_Types].xml", f'<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />{types}</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml" Id="R09c83fafc067488e" /></Relationships>'),
        ("word/document.xml", document(body)),
        ("word/_rels/document.xml.rels", f'<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'),
    ] + parts)

def mht(html):
    head = b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type="text/html";\r\n    boundary="----=mhtDocumentPart"\r\n\r\n------=mhtDocumentPart\r\nContent-Type: text/html;\r\n    charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n'
    return head + quopri.encodestring(html) + b'\r\n\r\n\r\n------=mhtDocumentPart--\r\n'

ONE = '<w:altChunk r:id="htmlChunk" />'
open("alt-chunks/html-docx-js.docx", "wb").write(word(ONE, [("word/afchunk.mht", mht(HTML))], [("htmlChunk", "/word/afchunk.mht")], [("mht", "message/rfc822")]))
open("alt-chunks/html-docx-js-htm.docx", "wb").write(word(ONE, [("word/afchunk.htm", HTML)], [("htmlChunk", "/word/afchunk.htm")], [("htm", "text/html")]))

# docx4j's merge: a title paragraph, then the report as a Word file of its own (a relative target), then a closing line.
inner = word(ONE, [("word/afchunk.mht", mht(HTML))], [("htmlChunk", "/word/afchunk.mht")], [("mht", "message/rfc822")])
def paragraph(text): return f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
merged = paragraph("（本文由政务公开平台导出）") + '<w:altChunk r:id="chunk1" />' + paragraph("导出时间：2022年1月28日")
open("alt-chunks/merged.docx", "wb").write(word(merged, [("word/chunk1.docx", inner)], [("chunk1", "chunk1.docx")], [("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]))
# A chunk its relationships name but the archive lacks (a damaged export).
open("alt-chunks/missing-part.docx", "wb").write(word(ONE, [], [("htmlChunk", "/word/afchunk.mht")], []))
# A chunk in a form the import does not read (an image).
open("alt-chunks/picture-chunk.docx", "wb").write(word(ONE, [("word/afchunk.png", b"\x89PNG\r\n\x1a\n" + bytes(64))], [("htmlChunk", "/word/afchunk.png")], [("png", "image/png")]))
# A chunk its relationships do not name (the part is there, the relationship lost).
open("alt-chunks/unnamed-chunk.docx", "wb").write(word(ONE, [("word/afchunk.mht", mht(HTML))], [], [("mht", "message/rfc822")]))
