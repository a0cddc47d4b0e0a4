#!/usr/bin/env python3
"""Makes the import tests' own fixtures (run once; the generated files are committed).

    python3 Tests/PortalImportTests/Fixtures/make-fixtures.py

Standard library only: the .docx files are written as WordprocessingML by hand (so the
merged cells are exactly the ones wanted) and the scanned PDF object by object.

- xiasha-2021.docx      the reference report (下沙街道 2021) as Word: merged header cells
                        (w:gridSpan, w:vMerge) and merged row labels, as the published file has
- xiasha-2021-gbk.html  the same report as a GBK-encoded government CMS page: navigation,
                        breadcrumbs, 字体【大 中 小】, share buttons, related links, footer, ICP
                        line, tables with rowspan/colspan
- xiasha-2021.md        the same report as Markdown: pipe tables, merged labels repeated
- links-only.html       a column page that only lists links to reports (no report in it)
- corrupt.docx          a zip header followed by garbage
- no-tables.docx        a Word file with the six headings and no tables
- garbage.bin           binary bytes
- empty.txt             nothing
- unknown-encoding.txt  bytes that are neither UTF-8 nor GB18030
- unknown-charset.html  a page declaring a charset the import does not know
- scanned.pdf           a PDF whose only page is an image (no text layer)
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
REPORT = os.path.join(ROOT, "content/agencies/xiasha/2021")
TEXT = os.path.join(ROOT, "Tests/Fixtures/reference/xiasha-2021.txt")


def cells():
    rows = {}
    for line in open(os.path.join(REPORT, "report.yaml"), encoding="utf-8"):
        m = re.match(r"\s+(\w+):\s+\[(.*)\]", line)
        if m:
            rows[m.group(1)] = [c.strip().strip('"') for c in m.group(2).split(",")]
    return rows


def narrative_lines():
    """The reference text's paragraphs, split around the three tables."""
    lines = [l.rstrip("\n") for l in open(TEXT, encoding="utf-8")]
    lines = [re.sub(r"\[bookmark: [^\]]*\]", "", l) for l in lines]
    def index(prefix):
        return next(i for i, l in enumerate(lines) if l.startswith(prefix))
    before = [l for l in lines[:index("二、主动公开")] if l.strip()]
    after = [l for l in lines[index("五、存在的主要问题"):] if l.strip()]
    return before, after


APPLICATION_ROWS = [
    ("一、本年新收政府信息公开申请数量", None, None, "received"),
    ("二、上年结转政府信息公开申请数量", None, None, "carriedOver"),
    ("三、本年度办理结果", "（一）予以公开", None, "disclosed"),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, "partlyDisclosed"),
] + [("三、本年度办理结果", "（三）不予公开", l, k) for l, k in [
    ("1.属于国家秘密", "withheldStateSecret"), ("2.其他法律行政法规禁止公开", "withheldProhibitedByLaw"),
    ("3.危及“三安全一稳定”", "withheldSafetyStability"), ("4.保护第三方合法权益", "withheldThirdPartyRights"),
    ("5.属于三类内部事务信息", "withheldInternalAffairs"), ("6.属于四类过程性信息", "withheldProcessInformation"),
    ("7.属于行政执法案卷", "withheldEnforcementFiles"), ("8.属于行政查询事项", "withheldQueryMatters")]] + [
    ("三、本年度办理结果", "（四）无法提供", l, k) for l, k in [
    ("1.本机关不掌握相关政府信息", "unavailableNotHeld"), ("2.没有现成信息需要另行制作", "unavailableNeedsCreation"),
    ("3.补正后申请内容仍不明确", "unavailableStillUnclear")]] + [
    ("三、本年度办理结果", "（五）不予处理", l, k) for l, k in [
    ("1.信访举报投诉类申请", "notProcessedComplaints"), ("2.重复申请", "notProcessedRepeated"),
    ("3.要求提供公开出版物", "notProcessedPublications"), ("4.无正当理由大量反复申请", "notProcessedExcessive"),
    ("5.要求行政机关确认或重新出具已获取信息", "notProcessedConfirmation")]] + [
    ("三、本年度办理结果", "（六）其他处理", l, k) for l, k in [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "otherNoCorrection"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "otherFeeUnpaid"),
    ("3.其他", "otherOther")]] + [
    ("三、本年度办理结果", "（七）总计", None, "closedTotal"),
    ("四、结转下年度继续办理", None, None, "carriedForward"),
]
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
PROACTIVE = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], [("规章", "regulations"), ("行政规范性文件", "normativeDocuments")]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "licensing")]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "penalties"), ("行政强制", "enforcement")]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "fees")]),
]
OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


# ---------------------------------------------------------------- Word

def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_p(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def w_tc(text, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{w_p(text)}</w:tc>"


def w_tbl(rows):
    return "<w:tbl><w:tblPr/>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def docx_tables(c):
    tables = []
    for caption, columns, rows in PROACTIVE:
        t = [[w_tc(caption, span=len(columns) + 1)], [w_tc("信息内容")] + [w_tc(x) for x in columns]]
        t += [[w_tc(label)] + [w_tc(v) for v in c[key]] for label, key in rows]
        tables.append(w_tbl(t))
    # Table 三: three label columns, then 7 figures; the header merged as printed.
    t = [
        [w_tc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", span=3, vmerge="restart"), w_tc("申请人情况", span=7)],
        [w_tc("", span=3, vmerge="continue"), w_tc("自然人", vmerge="restart"), w_tc("法人或其他组织", span=5), w_tc("总计", vmerge="restart")],
        [w_tc("", span=3, vmerge="continue"), w_tc("", vmerge="continue")] + [w_tc(x) for x in APPLICANTS[1:6]] + [w_tc("", vmerge="continue")],
    ]
    previous = (None, None)
    for top, middle, leaf, key in APPLICATION_ROWS:
        values = [w_tc(v) for v in c[key]]
        if middle is None:
            t.append([w_tc(top, span=3)] + values)
            previous = (None, None)
            continue
        first = w_tc(top, vmerge="continue" if previous[0] == top else "restart")
        if leaf is None:
            t.append([first, w_tc(middle, span=2)] + values)
        else:
            second = w_tc(middle, vmerge="continue" if previous[1] == middle else "restart")
            t.append([first, second, w_tc(leaf)] + values)
        previous = (top, middle)
    tables.append(w_tbl(t))
    t = [
        [w_tc("行政复议", span=5), w_tc("行政诉讼", span=10)],
        [w_tc(x, vmerge="restart") for x in OUTCOMES] + [w_tc("未经复议直接起诉", span=5), w_tc("复议后起诉", span=5)],
        [w_tc("", vmerge="continue") for _ in OUTCOMES] + [w_tc(x) for x in OUTCOMES * 2],
        [w_tc(v) for v in c["cases"]],
    ]
    tables.append(w_tbl(t))
    return tables


def write_docx(path, body):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + body + "</w:body></w:document>")
    def entry(name):
        # A fixed date, so that running the script again gives the same bytes.
        return zipfile.ZipInfo(name, date_time=(2022, 1, 20, 0, 0, 0))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("[Content_Types].xml"), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(entry("_rels/.rels"), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(entry("word/document.xml"), document, compress_type=zipfile.ZIP_DEFLATED)


def make_docx():
    c = cells()
    before, after = narrative_lines()
    tables = docx_tables(c)
    body = "".join(w_p(l) for l in before)
    body += w_p("二、主动公开政府信息情况") + "".join(tables[:4])
    body += w_p("三、收到和处理政府信息公开申请情况") + tables[4]
    body += w_p("四、政府信息公开行政复议、行政诉讼情况") + tables[5]
    body += "".join(w_p(l) for l in after)
    write_docx(os.path.join(HERE, "xiasha-2021.docx"), body)
    headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    write_docx(os.path.join(HERE, "no-tables.docx"), "".join(w_p(h) + w_p("（表格为图片）") for h in headings))


# ---------------------------------------------------------------- web page

def td(text, rowspan=1, colspan=1):
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f"<td{attrs}>{esc(text)}</td>"


def html_tables(c, application_rows=None):
    out = []
    for caption, columns, rows in PROACTIVE:
        out.append(f'<tr>{td(caption, colspan=len(columns) + 1)}</tr><tr>{td("信息内容")}{"".join(td(x) for x in columns)}</tr>'
                   + "".join(f"<tr>{td(label)}{''.join(td(v) for v in c[key])}</tr>" for label, key in rows))
    proactive = '<table border="1">' + "".join(out) + "</table>"
    rows = [f'<tr>{td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3)}{td("申请人情况", colspan=7)}</tr>',
            f'<tr>{td("自然人", rowspan=2)}{td("法人或其他组织", colspan=5)}{td("总计", rowspan=2)}</tr>',
            "<tr>" + "".join(td(x) for x in APPLICANTS[1:6]) + "</tr>"]
    # Another form's rows (make-real-formats.py's FORM=2019: the trial form's 三) when given.
    application_rows = application_rows or APPLICATION_ROWS
    spans = {}
    for top, middle, _, _ in application_rows:
        spans[top] = spans.get(top, 0) + 1
        if middle:
            spans[middle] = spans.get(middle, 0) + 1
    seen = set()
    for top, middle, leaf, key in application_rows:
        cells_html = ""
        if middle is None:
            cells_html += td(top, colspan=3)
        else:
            if top not in seen:
                cells_html += td(top, rowspan=spans[top])
            if leaf is None:
                cells_html += td(middle, colspan=2)
            else:
                if middle not in seen:
                    cells_html += td(middle, rowspan=spans[middle])
                cells_html += td(leaf)
        seen.update([top, middle])
        rows.append("<tr>" + cells_html + "".join(td(v) for v in c[key]) + "</tr>")
    applications = '<table border="1">' + "".join(rows) + "</table>"
    appeals = ('<table border="1"><tr>' + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr><tr>"
               + "".join(td(x, rowspan=2) for x in OUTCOMES) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5)
               + "</tr><tr>" + "".join(td(x) for x in OUTCOMES * 2) + "</tr><tr>"
               + "".join(td(v) for v in c["cases"]) + "</tr></table>")
    return proactive, applications, appeals


CHROME_TOP = """<div class="top">欢迎访问杭州市钱塘区人民政府门户网站 | 无障碍 | 长者模式</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>"""
CHROME_BOTTOM = """<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/2020.html">2020年政府信息公开工作年度报告</a></li></ul></div>
<div class="footer"><p>主办：杭州市钱塘区人民政府办公室 联系电话：0571-00000000</p><p>浙ICP备00000000号-1 浙公网安备 33000000000000号</p></div>"""


def make_html():
    c = cells()
    before, after = narrative_lines()
    proactive, applications, appeals = html_tables(c)
    title, body_before = before[:2], before[2:]
    article = (f"<h1>{esc(title[0])}<br>{esc(title[1])}</h1>"
               '<div class="info">发布日期：2022-01-20 来源：下沙街道 字体：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印</a></div>'
               '<div class="article-content">' + "".join(f"<p>{esc(l)}</p>" for l in body_before)
               + "<p><strong>二、主动公开政府信息情况</strong></p>" + proactive
               + "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + applications
               + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + appeals
               + "".join(f"<p>{esc(l)}</p>" for l in after) + "</div>")
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f"<title>{esc(title[0])}2021年政府信息公开工作年度报告</title></head><body>"
            + CHROME_TOP + article + CHROME_BOTTOM + "</body></html>\n")
    with open(os.path.join(HERE, "xiasha-2021-gbk.html"), "wb") as f:
        f.write(page.encode("gbk"))
    links = ('<html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>' + CHROME_TOP
             + '<ul class="list">' + "".join(f'<li><a href="/{y}.html">{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-20</span></li>' for y in range(2015, 2024))
             + "</ul>" + CHROME_BOTTOM + "</body></html>\n")
    with open(os.path.join(HERE, "links-only.html"), "w", encoding="utf-8") as f:
        f.write(links)
    with open(os.path.join(HERE, "unknown-charset.html"), "wb") as f:
        f.write(b'<html><head><meta charset="koi8-r"></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>\n')


def make_markdown():
    c = cells()
    before, after = narrative_lines()
    def row(items):
        return "| " + " | ".join(items) + " |"
    out = before[:]
    out.append("二、主动公开政府信息情况")
    for caption, columns, rows in PROACTIVE:
        out += ["", row([caption] + [""] * len(columns)), row(["---"] * (len(columns) + 1)), row(["信息内容"] + columns)]
        out += [row([label] + c[key]) for label, key in rows]
    out += ["", "三、收到和处理政府信息公开申请情况", "",
            row(["", "", ""] + APPLICANTS), row(["---"] * 10)]
    for top, middle, leaf, key in APPLICATION_ROWS:
        labels = [top, middle or top, leaf or middle or top]
        out.append(row(labels + c[key]))
    out += ["", "四、政府信息公开行政复议、行政诉讼情况", "",
            row(["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5), row(["---"] * 15),
            row(OUTCOMES * 3), row(c["cases"]), ""]
    out += after
    with open(os.path.join(HERE, "xiasha-2021.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def make_malformed():
    with open(os.path.join(HERE, "corrupt.docx"), "wb") as f:
        f.write(b"PK\x03\x04" + bytes((i * 37 + 11) % 256 for i in range(600)))
    with open(os.path.join(HERE, "garbage.bin"), "wb") as f:
        f.write(bytes((i * 151 + 7) % 256 for i in range(512)))
    open(os.path.join(HERE, "empty.txt"), "wb").close()
    with open(os.path.join(HERE, "unknown-encoding.txt"), "wb") as f:
        f.write("一、总体情况\n".encode("utf-8")[:-4] + b"\xff\xfe\xff 2021\n")
    write_scanned_pdf(os.path.join(HERE, "scanned.pdf"))
    write_entity_bomb(os.path.join(HERE, "entity-bomb.docx"))
    write_zip_bomb(os.path.join(HERE, "zip-bomb.docx"))


def write_entity_bomb(path):
    """A document.xml whose DTD nests entities ten deep (a billion laughs): Word never writes a DTD."""
    entities = '<!ENTITY l0 "lol">' + "".join('<!ENTITY l%d "%s">' % (n, ("&l%d;" % (n - 1)) * 10) for n in range(1, 10))
    document = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [' + entities + ']>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                '<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2022, 1, 20, 0, 0, 0)), document, compress_type=zipfile.ZIP_DEFLATED)


def write_zip_bomb(path):
    """A document.xml that unpacks to 100 MB of spaces from a file of about 100 KB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("word/document.xml", date_time=(2022, 1, 20, 0, 0, 0))
        z.writestr(info, b"<w:document>" + b" " * (100 << 20) + b"</w:document>", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def write_scanned_pdf(path):
    """One A4 page whose only content is an 8x8 grey image: what a scanner makes, no text layer."""
    image = bytes((x * 32 + y * 16) % 256 for y in range(8) for x in range(8))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n" + image + b"\nendstream",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    make_docx()
    make_html()
    make_markdown()
    make_malformed()
