#!/usr/bin/env python3
"""Each real opening that imports (OUTCOMES.tsv: written, completed with the 2021 form's rows) made into a Word file laid
out as the official template filled in: its title, its preamble's and part 一's paragraphs as the text import wrote them
(Markdown's marks taken off), the invented report's tables, 五 and 六. Usage: make.py IMPORTED_DIR OUT_DIR
IMPORTED_DIR/<name>/{agency.txt,preamble.md,overview.md}, as tika-real-openings.sh writes them. Nothing is committed
from its output: the Word files and Tika's texts are made again in /tmp when wanted (VARIANTS.md, "Session 34 (lead)")."""
import os, re, sys
FX = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, FX)
from importlib import import_module
base = import_module("make-fixtures"); V = import_module("make-variants")
layouts = import_module("make-real-layouts")
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
f = V.figures()
def paragraphs(md):
    text = open(md, encoding="utf-8").read() if os.path.exists(md) else ""
    paras = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block: continue
        block = re.sub(r"^#+\s*", "", block)
        block = re.sub(r"\\\n", "\n", block)
        block = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", block)
        paras.extend(l for l in block.split("\n") if l.strip())
    return paras
n = 0
for name in sorted(os.listdir(src)):
    d = os.path.join(src, name)
    agency, year = open(os.path.join(d, "agency.txt"), encoding="utf-8").read().split("\t")
    year = year.strip()
    head = paragraphs(os.path.join(d, "preamble.md"))
    overview = paragraphs(os.path.join(d, "overview.md"))
    body = layouts.body(f, title=(agency, f"{year}年政府信息公开工作年度报告"), head=head, overview=overview)
    base.write_docx(os.path.join(out, name + ".docx"), body)
    n += 1
print(n, "made")
