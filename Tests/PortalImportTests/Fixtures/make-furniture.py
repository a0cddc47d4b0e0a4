#!/usr/bin/env python3
"""Makes the filled-in template of make-variants.py dressed as agencies publish it, to check that
none of the dress becomes a sentence, a title or the agency's name, nor breaks a table:

- variants/furniture.docx (its PDF is LibreOffice's export): a red header (红头) 示例市示范区人民政府文件
  with its document number, a diagonal watermark 示例区人民政府 in every page's header (Word's
  PowerPlusWaterMarkObject), page numbers `— 3 —` in the footer, the signature and date at the end;
- variants/furniture.html (its PDF is Chromium's print, variants/furniture-chromium.pdf): the same
  page with the watermark drawn across every page as rotated text, and a red seal (印章), drawn (its
  characters are paths, as in a seal's picture), stamped over the signature.

    python3 Tests/PortalImportTests/Fixtures/make-furniture.py
    cd Tests/PortalImportTests/Fixtures/variants && soffice --headless --convert-to pdf furniture.docx
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \\
        --print-to-pdf=/tmp/furniture-chromium.pdf furniture.html
    qpdf --object-streams=generate --recompress-flate --compression-level=9 \\
        /tmp/furniture-chromium.pdf furniture-chromium.pdf    # 438 KB → 230 KB
"""
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "variants")
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")

RED_HEADER = "示例市示范区人民政府文件"
NUMBER = "示政发〔2023〕3号"
WATERMARK = "示例区人民政府"
SIGNATURE = [v.AGENCY, "2023年1月20日"]
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def styled(text, props):
    return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{base.esc(text)}</w:t></w:r></w:p>'


def right(text):
    return f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">{base.esc(text)}</w:t></w:r></w:p>'


HEADER = (f'<w:hdr {NS}><w:p><w:r><w:pict>'
          '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
          '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
          '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" type="#_x0000_t136" '
          'style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:105pt;rotation:315;z-index:-251657216;'
          'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
          'mso-position-vertical-relative:margin" fillcolor="silver" stroked="f">'
          f'<v:fill opacity=".5"/><v:textpath style="font-family:&quot;SimSun&quot;;font-size:1pt" string="{WATERMARK}"/>'
          '</v:shape></w:pict></w:r></w:p></w:hdr>')
# — PAGE — centred: the page number between two em dashes, as 公文 number their pages.
FOOTER = (f'<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')


def write_docx(path, body):
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
            'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}{sect}</w:body></w:document>'

    def entry(name):
        return zipfile.ZipInfo(name, date_time=(2022, 1, 20, 0, 0, 0))
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("[Content_Types].xml"), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="{main}.header+xml"/><Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/></Types>')
        z.writestr(entry("_rels/.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(entry("word/_rels/document.xml.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                   '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
        z.writestr(entry("word/document.xml"), document)
        z.writestr(entry("word/header1.xml"), HEADER)
        z.writestr(entry("word/footer1.xml"), FOOTER)


def html(f):
    # An electronic seal as agencies stamp it: a picture or vector paths; its ring of characters is
    # drawn, not text (a few strokes stand for it), the star a path, all over the signature.
    strokes = "".join(f'<path d="M {75 + 52 * math.cos(a):.1f} {75 - 52 * math.sin(a):.1f} l 6 -4 l -2 8 z" fill="#d00"/>'
                      for a in [math.pi * (0.1 + 0.08 * i) for i in range(11)])
    seal = ('<svg class="seal" width="150" height="150" viewBox="0 0 150 150"><circle cx="75" cy="75" r="70" fill="none" stroke="#d00" stroke-width="4"/>'
            + strokes + '<path d="M75 55 L81 71 L98 71 L84 81 L89 97 L75 87 L61 97 L66 81 L52 71 L69 71 Z" fill="#d00"/></svg>')
    style = ("body{font-family:serif;font-size:12pt} .red{color:#d00;font-size:30pt;text-align:center;margin:0}"
             " .number{text-align:center} hr{border:0;border-top:2px solid #d00}"
             " .watermark{position:fixed;top:45%;left:10%;font-size:56pt;color:rgba(0,0,0,.12);transform:rotate(-35deg)}"
             " .signature{text-align:right;position:relative} .seal{position:absolute;right:20px;top:-40px;opacity:.8}"
             " table{border-collapse:collapse} td{border:1px solid #000;padding:2px 4px}")
    parts = {"二": v.html_table(v.template_proactive_table(f)), "三": v.html_table(v.APPLICATION_HEADER + v.application_rows(f)),
             "四": v.html_table(v.appeals_table(f))}
    body = f'<div class="watermark">{WATERMARK}</div><p class="red">{RED_HEADER}</p><p class="number">{NUMBER}</p><hr>'
    body += f"<h1>{base.esc(v.AGENCY)}<br>{base.esc(v.TITLE)}</h1>" + "".join(f"<p>{base.esc(line)}</p>" for line in v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    for number in ["二", "三", "四"]:
        body += f"<p>{base.esc(v.HEADINGS[number])}</p>" + parts[number]
    body += "".join(f"<p>{base.esc(line)}</p>" for line in v.AFTER)
    body += f'<div class="signature">{seal}' + "".join(f"<p>{base.esc(line)}</p>" for line in SIGNATURE) + "</div>"
    return f'<html><head><meta charset="utf-8"><title>{base.esc(v.TITLE)}</title><style>{style}</style></head><body>{body}</body></html>\n'


def main():
    f = v.figures()
    body = styled(RED_HEADER, '<w:color w:val="FF0000"/><w:sz w:val="60"/>') + styled(NUMBER, "")
    body += ('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr></w:p>')
    body += "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况"] + v.OVERVIEW)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    body += base.w_p(v.HEADINGS["三"]) + v.docx_table(v.APPLICATION_HEADER + v.application_rows(f))
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    body += "".join(right(line) for line in SIGNATURE)
    write_docx(os.path.join(OUT, "furniture.docx"), body)
    with open(os.path.join(OUT, "furniture.html"), "w", encoding="utf-8") as file:
        file.write(html(f))


if __name__ == "__main__":
    main()
