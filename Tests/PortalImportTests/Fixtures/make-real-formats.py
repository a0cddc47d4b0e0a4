#!/usr/bin/env python3
"""Makes, in OUT, each real opening that imports as `written` with the 2021 completion (real-pages/OUTCOMES.tsv)
as an agency lays it out in Word: NAME.txt (the text of every paragraph, one a line: what the other formats are
compared with), NAME.docx and, for every third opening, NAME.html (the same as a page, for Chromium to print).
VARIANTS.md, "Round forty", says what came of them; real-formats.sh converts and compares.

    python3 Tests/PortalImportTests/Fixtures/make-real-formats.py OUT [COUNT]

Standard library only. The opening's lines are its paragraphs (the page's particulars in `|` cells left out: a Word
file does not print them); its title centred; 一… and （一）… headings paragraphs of their own as the page has them;
the invented rows of `variants/browser-copy.txt` (二 on) as Word tables with the official rows and merged headers.
The layouts vary as published files do, by the opening's place in the list:
- gongwen: 仿宋 三号 (16 pt), first lines indented two characters, the 公文 margins (37/35/28/26 mm), a signature
  (the agency's name, then the date) right-aligned after 六;
- plain: 12 pt, no indents, 25.4 mm margins;
- narrow: 14 pt, indents, 12.7 mm margins;
- flat: 16 pt, no indents, the 公文 margins, the signature right-aligned (as 沭阳县发改局's).
With WIDTHS=1 the page's tables get the Word file's column widths (`table-layout: fixed`, table 三's label columns
12 %, 12 %, 13 % and its figure columns 9 % each, as a table pasted from Word sets them) and every opening gets its page: without them Chromium gives the
labels the width and prints the figure columns a character wide (round forty). Round forty-three printed those.
With CELLS=random (SEED=n, 0 by default) the tables 二 三 四 hold figures drawn per report from a generator seeded with
SEED and the report's name (varied-cells.py: zero cells printed 0, blank or as a mark `—` `/` `无` `-`, rows left blank,
large figures plain, with commas or spaced, 万元 with decimals, a total that does not add up) instead of
browser-copy.txt's, and NAME.cells.json beside the made files holds the cells as printed (row key → texts): the
oracle compare-cells.py checks every format's import against. ZEROS=1 then prints every blank cell as 0. Unset, the
output is byte for byte as before. Round forty-five.
With CELLS=random FORM=2019 the reports are the 2019 trial form's (round fifty-one): the years the opening prints moved
together so that its title's is 2019 or 2020 (drawn per report), tables 二 三 四 the trial form's with varied figures
(varied-cells.py), 二 one table four columns wide as the official template has it (a block's last figure merged over the
columns its block lacks: 处理决定数量 none, 本年增/减 and 采购总金额 two), 三（六）其他处理 one row; NAME.cells.json in the
trial form's row ids.
"""
import json
import os
import random
import re
import sys
from importlib import import_module

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
base = import_module("make-fixtures")
varied = import_module("varied-cells")
esc = base.esc
write_docx = base.write_docx

LAYOUTS = {
    # size (half-points), first-line indent (twips), margins top/bottom/left/right (twips), signature
    "gongwen": (32, 640, (2098, 1984, 1588, 1474), True),
    "plain": (24, 0, (1440, 1440, 1440, 1440), False),
    "narrow": (28, 560, (720, 720, 720, 720), False),
    "flat": (32, 0, (2098, 1984, 1588, 1474), True),
}
PAGE_WIDTH = 11906
SECTION = re.compile(r"^[一二三四五六七八九十]、")
SUBHEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
# A web page's furniture the openings keep (来源：… 发布时间：… 浏览次数 字体【大 中 小】 打印 分享…): no Word file prints it.
FURNITURE = re.compile(r"发布时间|发布日期|发文日期|来源[:：]|浏览|字体|字号|打印|分享|^日期[:：]|点击|访问|索引号|发布机构|录入|"
                       r"作者[:：]|语音|播报|收藏|您的位置|当前位置|门户网|图解|关联稿件|大中小|^[•\\-]|^\d{4}-\d\d-\d\d")


def completion():
    """The 2021 form's invented rows from 二 on: the lines before 五 (tables) and from 五 (its and 六's text)."""
    lines = open(os.path.join(HERE, "variants/browser-copy.txt"), encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("二、"))
    five = next(i for i, l in enumerate(lines) if l.startswith("五、"))
    tables = lines[start:five]
    if os.environ.get("ZEROS") == "1":
        # Every blank cell a 0 (ZEROS=1): plain text of a PDF (Tika's) leaves a blank cell no trace, so with blanks
        # every table is refused, rightly; with zeros the text's other differences show.
        def zeros(line):
            fields = line.split("\t")
            first = next((i for i, f in enumerate(fields) if f.strip().isdigit()), None)
            return line if first is None else "\t".join(f if i < first or f.strip() else "0" for i, f in enumerate(fields))
        tables = [zeros(l) for l in tables]
    return tables, [l for l in lines[five:] if l.strip()]


def cells(table_lines):
    """The figures of browser-copy.txt's tables, by make-fixtures' row keys."""
    c = {}
    for _, _, rows in base.PROACTIVE:
        for label, key in rows:
            line = next(l for l in table_lines if l.startswith(label + "\t"))
            c[key] = line.split("\t")[1:]
    first = next(i for i, l in enumerate(table_lines) if l.startswith("一、本年新收"))
    rows = [l for l in table_lines[first:] if "\t" in l][:len(base.APPLICATION_ROWS)]
    for (_, _, _, key), line in zip(base.APPLICATION_ROWS, rows):
        c[key] = line.split("\t")[-7:]
    c["cases"] = next(l for l in table_lines if re.fullmatch(r"[\d\t]+", l) and l.count("\t") == 14).split("\t")
    return c


def paragraphs(opening):
    """The opening's paragraphs up to 二, the page's `|` particulars left out (their title kept)."""
    kept, titles, one = [], [], False
    for line in open(opening, encoding="utf-8").read().split("\n"):
        line = line.strip()
        if "|" in line:
            titles += [c.strip() for c in line.split("|") if "年度报告" in c and len(c.strip()) <= 60]
            continue
        if line.startswith("一、"):
            one = True
        if not line or not one and "。" not in line and FURNITURE.search(line):
            continue
        if line.startswith("二、"):
            break
        kept.append(line)
    # A title printed only in the particulars' cells heads the Word file, as its title.
    at = next((i for i, l in enumerate(kept[:4]) if "年度报告" in l and len(l) <= 60), None)
    if at is None and titles:
        kept.insert(0, titles[0])
    # What stands above the title is the site's (its name, the column's), not the report's.
    return kept[at:] if at else kept


def signature(title, year):
    m = re.match(r"(.+?)\s*\d{4}\s*年", title)
    return [m.group(1) if m else "", f"{year + 1}年1月20日"] if m else []


# ---------------------------------------------------------------- Word

def run(text, size, bold=False, font="仿宋_GB2312"):
    props = f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
    props += ("<w:b/>" if bold else "") + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(text, size, indent=0, align=None, bold=False, font="仿宋_GB2312", spacing=None):
    props = f'<w:jc w:val="{align}"/>' if align else ""
    if spacing:
        props += f'<w:spacing w:line="{spacing}" w:lineRule="exact"/>'
    if indent:
        props += f'<w:ind w:firstLine="{indent}"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{run(text, size, bold, font)}</w:p>"


def tc(text, width, span=1, vmerge=None):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    props += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    props += {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(vmerge, "")
    return f'<w:tc><w:tcPr>{props}<w:vAlign w:val="center"/></w:tcPr>{para(text, 21, align="center", font="宋体")}</w:tc>'


def table(rows, widths):
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")


def trial_proactive(c, width):
    """The trial form's table 二 as its official template: one table four columns wide, each block's last column
    merged over the columns it lacks (make-variants.py's template_proactive_table)."""
    w = [width // 4] * 4
    t = []
    for caption, columns, rows in varied.PROACTIVE_2019:
        last = 4 - len(columns)
        def cells(texts):
            return [tc(x, w[0] * (last if i == len(texts) - 1 else 1), span=last if i == len(texts) - 1 else 1)
                    for i, x in enumerate(texts)]
        t += [[tc(caption, sum(w), span=4)], [tc("信息内容", w[0])] + cells(columns)]
        t += [[tc(label, w[0])] + cells(c[key]) for label, key in rows]
    return [table(t, w)]


def trial_proactive_html(c):
    rows = []
    for caption, columns, items in varied.PROACTIVE_2019:
        last = 4 - len(columns)
        def cells(texts):
            return "".join(base.td(x, colspan=last if i == len(texts) - 1 else 1) for i, x in enumerate(texts))
        rows.append(f'<tr>{base.td(caption, colspan=4)}</tr><tr>{base.td("信息内容")}{cells(columns)}</tr>')
        rows += [f"<tr>{base.td(label)}{cells(c[key])}</tr>" for label, key in items]
    return '<table border="1">' + "".join(rows) + "</table>"


def tables(c, width, form="2021"):
    """make-fixtures' tables, with widths and borders as Word files have them."""
    out = []
    for caption, columns, rows in ([] if form == "2019" else base.PROACTIVE):
        w = [width // (len(columns) + 1)] * (len(columns) + 1)
        t = [[tc(caption, sum(w), span=len(w))], [tc("信息内容", w[0])] + [tc(x, w[0]) for x in columns]]
        t += [[tc(label, w[0])] + [tc(v, w[0]) for v in c[key]] for label, key in rows]
        out.append(table(t, w))
    if form == "2019":
        out += trial_proactive(c, width)
    fig = width * 9 // 100
    labels = [width * 12 // 100, width * 12 // 100]
    labels.append(width - 7 * fig - sum(labels))
    w = labels + [fig] * 7
    t = [
        [tc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", sum(labels), span=3, vmerge="restart"),
         tc("申请人情况", 7 * fig, span=7)],
        [tc("", sum(labels), span=3, vmerge="continue"), tc("自然人", fig, vmerge="restart"),
         tc("法人或其他组织", 5 * fig, span=5), tc("总计", fig, vmerge="restart")],
        [tc("", sum(labels), span=3, vmerge="continue"), tc("", fig, vmerge="continue")]
        + [tc(x, fig) for x in base.APPLICANTS[1:6]] + [tc("", fig, vmerge="continue")],
    ]
    previous = (None, None)
    for top, middle, leaf, key in varied.forms(form)[1]:
        values = [tc(v, fig) for v in c[key]]
        if middle is None:
            t.append([tc(top, sum(labels), span=3)] + values)
            previous = (None, None)
            continue
        first = tc(top, labels[0], vmerge="continue" if previous[0] == top else "restart")
        if leaf is None:
            t.append([first, tc(middle, labels[1] + labels[2], span=2)] + values)
        else:
            second = tc(middle, labels[1], vmerge="continue" if previous[1] == middle else "restart")
            t.append([first, second, tc(leaf, labels[2])] + values)
        previous = (top, middle)
    out.append(table(t, w))
    f = width // 15
    t = [
        [tc("行政复议", 5 * f, span=5), tc("行政诉讼", 10 * f, span=10)],
        [tc(x, f, vmerge="restart") for x in base.OUTCOMES] + [tc("未经复议直接起诉", 5 * f, span=5), tc("复议后起诉", 5 * f, span=5)],
        [tc("", f, vmerge="continue") for _ in base.OUTCOMES] + [tc(x, f) for x in base.OUTCOMES * 2],
        [tc(v, f) for v in c["cases"]],
    ]
    out.append(table(t, [f] * 15))
    return out


def kind(line, title):
    if line == title:
        return "title"
    if len(line) <= 40 and (SECTION.match(line) or (SUBHEADING.match(line) and not line.endswith("。"))):
        return "heading"
    return "body"


YEAR = re.compile(r"(?<!\d)20[12]\d(?!\d)")


def moved_years(lines, title, seed):
    """The opening's years moved together so that its title's (or, without one, the first it prints) is 2019 or 2020:
    a trial-form report's (FORM=2019)."""
    found = YEAR.search(title or "") or next((m for m in map(YEAR.search, lines) if m), None)
    if not found:
        return lines
    delta = random.Random(f"year-{seed}").choice([2019, 2020]) - int(found.group())
    return [YEAR.sub(lambda m: str(int(m.group()) + delta), l) for l in lines]


def make(opening, name, layout, out, with_page):
    size, indent, (top, bottom, left, right), signed = LAYOUTS[layout]
    table_lines, closing = completion()
    c = cells(table_lines)
    form = os.environ.get("FORM", "2021")
    seed = f"{os.environ.get('SEED', '0')}-{name}"
    if os.environ.get("CELLS") == "random":
        c = varied.draw(seed, zeros=os.environ.get("ZEROS") == "1", **({"form": form} if form == "2019" else {}))
        table_lines = varied.trial_lines(table_lines, c) if form == "2019" else varied.text_lines(table_lines, c)
        with open(os.path.join(out, name + ".cells.json"), "w", encoding="utf-8") as f:
            f.write("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in c.items()) + "\n}\n")
    before = paragraphs(opening)
    title = next((l for l in before[:4] if "年度报告" in l and len(l) <= 60), None)
    if form == "2019":
        before = moved_years(before, title, seed)
        title = next((l for l in before[:4] if "年度报告" in l and len(l) <= 60), None)
    year = re.search(r"(20\d\d)\s*年", title or "")
    after = closing + (signature(title, int(year.group(1))) if signed and title and year else [])
    width = PAGE_WIDTH - left - right
    spacing = 560 if size == 32 else None

    def body_of(lines):
        out_ = ""
        for l in lines:
            k = kind(l, title)
            if k == "title":
                out_ += para(l, 44, align="center", font="方正小标宋简体")
            elif k == "heading":
                out_ += para(l, size, indent=indent, font="黑体" if SECTION.match(l) else "楷体_GB2312", spacing=spacing)
            else:
                out_ += para(l, size, indent=indent, spacing=spacing)
        return out_

    signature_lines = after[len(closing):]
    t = tables(c, width, form)
    body = body_of(before)
    body += para("二、主动公开政府信息情况", size, indent=indent, font="黑体", spacing=spacing) + "".join(t[:-2])
    body += para("三、收到和处理政府信息公开申请情况", size, indent=indent, font="黑体", spacing=spacing) + t[-2]
    body += para("四、政府信息公开行政复议、行政诉讼情况", size, indent=indent, font="黑体", spacing=spacing) + t[-1]
    body += body_of(closing)
    body += "".join(para(l, size, align="right", spacing=spacing) for l in signature_lines)
    body += (f'<w:sectPr><w:pgSz w:w="{PAGE_WIDTH}" w:h="16838"/>'
             f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    write_docx(os.path.join(out, name + ".docx"), body)
    text = before + table_lines + after
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")
    if with_page:
        proactive, applications, appeals = base.html_tables(c, *varied.forms(form)[1:])
        if form == "2019":
            proactive = trial_proactive_html(c)
        widths = os.environ.get("WIDTHS") == "1"
        if widths:
            # The Word file's widths; the other tables' columns are equal, as fixed layout makes them.
            cols = "".join(f'<col style="width: {p}%">' for p in [12, 12, 13] + [9] * 7)
            applications = applications.replace('<table border="1">', f'<table border="1"><colgroup>{cols}</colgroup>', 1)
        pt = size // 2
        style = (f"@page {{ size: A4; margin: {top / 56.7:.0f}mm {right / 56.7:.0f}mm {bottom / 56.7:.0f}mm {left / 56.7:.0f}mm }}"
                 f" body {{ font-size: {pt}pt; font-family: serif }} p {{ margin: 0; text-indent: {indent / 20:.0f}pt }}"
                 " h1 { text-align: center; font-size: 22pt } table { border-collapse: collapse; font-size: 10.5pt; width: 100% }"
                 " td { border: 1px solid #000; text-align: center } p.sign { text-align: right }"
                 + (" table { table-layout: fixed }" if widths else ""))
        def html_of(lines):
            return "".join(f"<h1>{esc(l)}</h1>" if l == title else f"<p>{esc(l)}</p>" for l in lines)
        page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title or name)}</title><style>{style}</style></head><body>'
                + html_of(before) + "<p>二、主动公开政府信息情况</p>" + proactive
                + "<p>三、收到和处理政府信息公开申请情况</p>" + applications
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + appeals
                + html_of(closing) + "".join(f'<p class="sign">{esc(l)}</p>' for l in signature_lines)
                + "</body></html>\n")
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    entries = []
    for line in open(os.path.join(HERE, "real-pages/OUTCOMES.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 3 and cols[1] == "2021" and cols[3] == "written":
            entries.append(cols[0])
    names = list(LAYOUTS)
    for i, path in enumerate(entries[:count]):
        name = path.replace("/", "-").rsplit(".", 1)[0]
        layout = names[i % len(names)]
        make(os.path.join(HERE, "real-pages", path), f"{name}-{layout}", layout, out, i % 3 == 0 or os.environ.get("WIDTHS") == "1")
        print(f"{name}-{layout}")


if __name__ == "__main__":
    main()
