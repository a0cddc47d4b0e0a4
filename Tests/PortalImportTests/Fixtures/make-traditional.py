#!/usr/bin/env python3
"""The invented report in traditional characters, as a site's 繁體 mode or a converter
prints it (character for character, OpenCC's s2t: 規範性文件, 國家祕密, 反覆申請):
variants/browser-copy-traditional.txt and variants/template-filled-traditional.html.
Needs OpenCC's Python package (`pip install opencc`); the outputs are committed."""
import os

import opencc

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "variants")
convert = opencc.OpenCC("s2t").convert
for source, target in [("browser-copy.txt", "browser-copy-traditional.txt"),
                       ("template-filled.html", "template-filled-traditional.html")]:
    with open(os.path.join(here, source), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(here, target), "w", encoding="utf-8") as f:
        f.write(convert(text))
