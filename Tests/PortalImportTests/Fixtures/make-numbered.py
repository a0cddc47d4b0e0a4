#!/usr/bin/env python3
"""Makes Fixtures/variants/numbered.docx: the filled-in template of make-variants.py with its
headings, a sub-heading and a list numbered by Word itself (word/numbering.xml, a numbered
heading style in word/styles.xml), as Word writes a document whose numbers were never typed.
Run once; the file is committed.

    python3 Tests/PortalImportTests/Fixtures/make-numbered.py
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
variants = import_module("make-variants")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbered(text, num_id=None, level=0, style=None):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num_id:
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space="preserve">{base.esc(text)}</w:t></w:r></w:p>'


def level(index, fmt, text, start=1):
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
             # The section headings (through their style) and the sub-headings below them.
             '<w:abstractNum w:abstractNumId="0">' + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") + '</w:abstractNum>'
             # The problems listed 1. 2. and a bulleted note, which prints no number.
             '<w:abstractNum w:abstractNumId="1">' + level(0, "decimal", "%1.") + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="2">' + level(0, "bullet", "\uf0b7") + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
             '</w:numbering>')

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')


def main():
    f = variants.figures()
    body = "".join(base.w_p(line) for line in [variants.AGENCY, variants.TITLE] + variants.HEAD)
    body += numbered("总体情况", style="1")
    body += base.w_p("2022年，示范区政府持续推进政务公开工作。")
    body += numbered("主动公开", num_id=1, level=1) + base.w_p("全年主动公开政府信息1200条。")
    body += numbered("依申请公开", num_id=1, level=1) + base.w_p("全年依申请公开工作依法有序开展。")
    body += numbered("主动公开政府信息情况", style="1") + variants.docx_table(variants.template_proactive_table(f))
    body += numbered("收到和处理政府信息公开申请情况", style="1")
    body += variants.docx_table(variants.APPLICATION_HEADER + variants.application_rows(f))
    body += numbered("政府信息公开行政复议、行政诉讼情况", style="1") + variants.docx_table(variants.appeals_table(f))
    body += numbered("存在的主要问题及改进情况", style="1")
    body += numbered("公开内容的解读还不够深入；", num_id=2) + numbered("公开渠道还不够多样。", num_id=2)
    body += numbered("下一步将加强政策解读。", num_id=3)
    body += numbered("其他需要报告的事项", style="1") + base.w_p("本年度未收取信息处理费。")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
                + body + "</w:body></w:document>")

    def entry(name):
        return zipfile.ZipInfo(name, date_time=(2022, 1, 20, 0, 0, 0))
    with zipfile.ZipFile(os.path.join(HERE, "variants", "numbered.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("[Content_Types].xml"), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(entry("_rels/.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(entry("word/document.xml"), document, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(entry("word/numbering.xml"), NUMBERING, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(entry("word/styles.xml"), STYLES, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
