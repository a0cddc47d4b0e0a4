#!/usr/bin/env python3
"""Makes the filled-in template of make-variants.py whose overview has paragraphs ending exactly at
the right margin, for LibreOffice's PDF of it (variants/margin-paragraphs.pdf):

    python3 Tests/PortalImportTests/Fixtures/make-margin-paragraphs.py
    cd Tests/PortalImportTests/Fixtures/variants && soffice --headless --convert-to pdf margin-paragraphs.docx

With LibreOffice's default page and font, a line holds 44 Chinese characters, 42 after a first-line
indent of two. The first two paragraphs are indented (公文 style): the first ends at the margin, the
next starts indented. The third is not indented, ends at the margin, and a numbered item follows.
The fifth ends at the margin too, and a plain paragraph follows: nothing in the PDF tells them apart.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

base = import_module("make-fixtures")
v = import_module("make-variants")

# 42 + 44 characters: two full lines, the last one a 。 at the margin.
AT_MARGIN_INDENTED = ("示范区政府持续推进政务公开工作，完善主动公开目录，规范依申请公开办理流程，加强政策解读和回应关切，"
                      "做好政府信息管理和平台建设工作，强化监督保障，确保各项工作任务全部落实到位，推动政务公开质量持续提升")[:85] + "。"
NEXT_INDENTED = "全年主动公开政府信息1200条。"
# 44 + 44 characters, not indented, a 。 at the margin.
AT_MARGIN = ("示范区各部门按照年度工作要点要求，明确责任分工，细化工作措施，统筹推进政务公开标准化规范化建设，"
             "进一步完善政务公开制度体系，提升政务公开工作水平，不断增强政府工作透明度，取得了较为明显的成效")[:87] + "。"
ITEM = "（二）依申请公开"
AFTER_ITEM = "全年收到政府信息公开申请40件。"
# Not indented, a 。 at the margin, and a plain paragraph after it: nothing tells them apart.
AT_MARGIN_PLAIN = AT_MARGIN.replace("示范区各部门", "示范区各街道")
PLAIN = "申请均在法定期限内答复。"


def indented(text):
    return f'<w:p><w:pPr><w:ind w:firstLine="420"/></w:pPr><w:r><w:t xml:space="preserve">{base.esc(text)}</w:t></w:r></w:p>'


def main():
    assert len(AT_MARGIN_INDENTED) == 86 and len(AT_MARGIN) == 88, (len(AT_MARGIN_INDENTED), len(AT_MARGIN))
    f = v.figures()
    body = "".join(base.w_p(line) for line in [v.AGENCY, v.TITLE] + v.HEAD + ["一、总体情况", "（一）主动公开"])
    body += indented(AT_MARGIN_INDENTED) + indented(NEXT_INDENTED) + base.w_p(AT_MARGIN) + base.w_p(ITEM) + base.w_p(AFTER_ITEM)
    body += base.w_p(AT_MARGIN_PLAIN) + base.w_p(PLAIN)
    body += base.w_p(v.HEADINGS["二"]) + v.docx_table(v.template_proactive_table(f))
    body += base.w_p(v.HEADINGS["三"]) + v.docx_table(v.APPLICATION_HEADER + v.application_rows(f))
    body += base.w_p(v.HEADINGS["四"]) + v.docx_table(v.appeals_table(f)) + "".join(base.w_p(line) for line in v.AFTER)
    base.write_docx(os.path.join(HERE, "variants", "margin-paragraphs.docx"), body)


if __name__ == "__main__":
    main()
