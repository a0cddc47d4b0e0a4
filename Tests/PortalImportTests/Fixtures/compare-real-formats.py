#!/usr/bin/env python3
"""compare-real-formats.py OUT: after real-formats.sh, each format's import of each report compared with the import
of the text of the same paragraphs — status, agency and year, every cell of report.yaml, every narrative paragraph
(whitespace aside) — and every difference listed by kind: refused, agency or year, cell wrong, paragraphs joined,
paragraphs split, sub-heading lost, words dropped or added. Writes OUT/differences.txt; prints the count per format."""
import collections
import difflib
import os
import re
import sys

out = sys.argv[1]
sites = os.path.join(out, "sites")
NARRATIVES = ["preamble", "overview", "problems", "other"]
FORMATS = [".docx", "-lo.pdf", "-chromium.pdf", "-lo.pdf.tika.txt", "-chromium.pdf.tika.txt"]


def imported(site):
    """The report's folder (relative to the site) and the import's first error line."""
    try:
        text = open(os.path.join(sites, site, "out.txt"), encoding="utf-8").read()
    except FileNotFoundError:
        return None, "not made"
    m = re.search(r"→ (content/agencies/\S+)", text)
    error = next((l for l in text.split("\n") if "error[" in l), "")
    return (m.group(1) if m else None), error


def paragraphs(path):
    try:
        text = open(path, encoding="utf-8").read()
    except FileNotFoundError:
        return []
    return [re.sub(r"\s+", "", p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def cells(path):
    text = open(path, encoding="utf-8").read()
    return [l.split("#")[0].rstrip() for l in text[text.find("proactive:"):].split("\n") if "[" in l]


def kinds(base, other):
    """Each difference between two lists of paragraphs, by kind."""
    found = []
    matcher = difflib.SequenceMatcher(a=base, b=other, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        a, b = base[i1:i2], other[j1:j2]
        plain = lambda ps: "".join(p.lstrip("#") for p in ps)
        if plain(a) == plain(b):
            if len(b) < len(a):
                kind = "sub-heading lost" if any(p.startswith("#") for p in a) else "paragraphs joined"
            elif len(b) > len(a):
                kind = "paragraphs split"
            else:
                kind = "heading level"
        else:
            kind = "words dropped" if len(plain(b)) < len(plain(a)) else "words added"
        found.append((kind, " | ".join(p[:50] for p in a), " | ".join(p[:50] for p in b)))
    return found


counts = {f: collections.Counter() for f in FORMATS}
reports = {f: collections.Counter() for f in FORMATS}
lines = []
names = [n.strip() for n in open(os.path.join(out, "names.txt"), encoding="utf-8") if n.strip()]
for name in names:
    folder, error = imported(name + ".txt")
    if not folder:
        lines.append(f"{name}: the text itself refused ({error.strip()[:120]})")
        continue
    for f in FORMATS:
        site = name + f
        if not os.path.exists(os.path.join(sites, site)):
            continue
        reports[f]["compared"] += 1
        theirs, their_error = imported(site)
        found = []
        if not theirs:
            found.append(("refused", their_error.strip()[:160], ""))
        elif theirs != folder:
            found.append(("agency or year", folder, theirs))
        else:
            a = cells(os.path.join(sites, name + ".txt", folder, "report.yaml"))
            b = cells(os.path.join(sites, site, theirs, "report.yaml"))
            found += [("cell wrong", x, y) for x, y in zip(a, b) if x != y]
            for m in NARRATIVES:
                found += [(k, f"{m}: {x}", y) for k, x, y in kinds(
                    paragraphs(os.path.join(sites, name + ".txt", folder, m + ".md")),
                    paragraphs(os.path.join(sites, site, theirs, m + ".md")))]
        reports[f]["same" if not found else "different"] += 1
        for kind, x, y in found:
            counts[f][kind] += 1
            lines.append(f"{site}\t{kind}\t{x}\t→ {y}")

with open(os.path.join(out, "differences.txt"), "w", encoding="utf-8") as file:
    file.write("\n".join(lines) + "\n")
for f in FORMATS:
    print(f"{f}: {dict(reports[f])} {dict(counts[f])}")
