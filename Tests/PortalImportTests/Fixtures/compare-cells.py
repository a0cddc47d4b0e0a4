#!/usr/bin/env python3
"""compare-cells.py OUT: after `CELLS=random real-formats.sh OUT`, every format's import of every made report checked
cell for cell against the cells as printed (made/NAME.cells.json, make-real-formats.py's oracle) — the text's import
too, not only against it. Per format: reports imported with every cell right, refused (nothing written; the first
error's code), and **silent**: imported with a cell wrong, each listed in OUT/cells.txt (report, format, row,
column, printed, imported). A printed figure and an imported one are the same number (`12,345` is 12345, `0.00` is
0); a mark is itself (`—` and `——` are `-`). Round forty-five. The trial form's oracle (FORM=2019, round fifty-one) is
read alike: its row ids are report.yaml's keys, a signed figure (`-3`, `+2`) its number."""
import collections
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

out = sys.argv[1]
sites = os.path.join(out, "sites")
FORMATS = [".txt", ".docx", ".docx.tika.txt", "-lo.pdf", "-lo.pdf.tika.txt", "-chromium.pdf", "-chromium.pdf.tika.txt"]


def expected(text):
    t = text.strip()
    if t and all(ch in "-—–―" for ch in t):
        return "-"
    # A signed figure (the trial form's 本年增/减: `-3`, `+2`) is its number too.
    if re.fullmatch(r"[+-]?([0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?)", t):
        return Decimal(t.replace(",", "").lstrip("+")).normalize()
    return t


def imported_value(token):
    token = token.strip()
    if token.startswith('"'):
        return json.loads(token)
    try:
        return Decimal(token).normalize()
    except InvalidOperation:
        return token


def yaml_cells(path):
    cells = {}
    text = open(path, encoding="utf-8").read()
    for line in text[text.find("proactive:"):].split("\n"):
        m = re.match(r"\s+(\w+):\s+\[(.*)\]", line.split("  #")[0])
        if m:
            cells[m.group(1)] = [imported_value(t) for t in re.findall(r'"(?:[^"\\]|\\.)*"|[^,\s][^,]*', m.group(2))]
    return cells


def outcome(site):
    try:
        text = open(os.path.join(sites, site, "out.txt"), encoding="utf-8").read()
    except FileNotFoundError:
        return None, None
    m = re.search(r"→ (content/agencies/\S+)", text)
    error = re.search(r"error\[([\w-]+)\]", text)
    return (m.group(1) if m else None), (error.group(1) if error else "no report")


counts = {f: collections.Counter() for f in FORMATS}
refusals = {f: collections.Counter() for f in FORMATS}
lines, outcomes = [], []
names = [n.strip() for n in open(os.path.join(out, "names.txt"), encoding="utf-8") if n.strip()]
for name in names:
    oracle = json.load(open(os.path.join(out, "made", name + ".cells.json"), encoding="utf-8"))
    for f in FORMATS:
        folder, error = outcome(name + f)
        if folder is None and error is None:
            continue
        if not folder:
            counts[f]["refused"] += 1
            refusals[f][error] += 1
            outcomes.append(f"{name}\t{f}\trefused {error}")
            continue
        got = yaml_cells(os.path.join(sites, name + f, folder, "report.yaml"))
        wrong = []
        for key, printed in oracle.items():
            values = got.get(key, [])
            for i, p in enumerate(printed):
                v = values[i] if i < len(values) else "(missing)"
                if expected(p) != v:
                    wrong.append(f"{name}\t{f}\t{key}\t{i + 1}\t{p!r}\t{v}")
        counts[f]["silent" if wrong else "right"] += 1
        outcomes.append(f"{name}\t{f}\t{'silent' if wrong else 'right'}")
        lines += wrong

with open(os.path.join(out, "cells.txt"), "w", encoding="utf-8") as file:
    file.write("\n".join(lines) + "\n")
with open(os.path.join(out, "outcomes.tsv"), "w", encoding="utf-8") as file:
    file.write("\n".join(outcomes) + "\n")
for f in FORMATS:
    if counts[f]:
        c = counts[f]
        print(f"{f}: right {c['right']}, refused {c['refused']}, silent {c['silent']}"
              f"  refusals {dict(refusals[f].most_common())}")
