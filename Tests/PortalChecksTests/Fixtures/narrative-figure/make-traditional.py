#!/usr/bin/env python3
"""corpus.txt in traditional characters → corpus-traditional.txt.

Each `sentence => expected` line of corpus.txt with its sentence through OpenCC's
s2t (pip install opencc-python-reimplemented); the expectation is kept, since a
report in traditional characters must read as the simplified one. Prints the
traditional characters the forms' `folding` does not hold yet.
"""
import pathlib
import re

from opencc import OpenCC

here = pathlib.Path(__file__).parent
convert = OpenCC("s2t").convert
lines = [l for l in (here / "corpus.txt").read_text(encoding="utf8").split("\n")
         if not l.startswith("#") and " => " in l]
out = ["# corpus.txt with every sentence in traditional characters (OpenCC s2t, opencc-python-reimplemented 0.1.7),",
       "# as a 繁體 mirror site or a traditional-character report prints it: each must read as its simplified line does.",
       "# Regenerate after corpus.txt changes: make-traditional.py (NARRATIVE-CHECKS.md, \"Traditional characters\")."]
changed = {}
for line in lines:
    sentence, expected = line.split(" => ", 1)
    traditional = convert(sentence)
    changed.update((t, s) for s, t in zip(sentence, traditional) if s != t)
    out.append(traditional + " => " + expected)
(here / "corpus-traditional.txt").write_text("\n".join(out) + "\n", encoding="utf8")

form = (here / "../../../../Sources/PortalLoader/Forms/gov-info-2021.yaml").resolve().read_text(encoding="utf8")
folded = set(re.findall(r"(\S)\S(?=[,\s\]])", re.search(r"folding: \[(.*?)\]", form, re.S).group(1)))
missing = "".join(t + s for t, s in sorted(changed.items()) if t not in folded)
print(f"{len(lines)} lines; pairs missing from folding: {missing or 'none'}")
