#!/usr/bin/env python3
"""Makes scanned/: the reference report (xiasha-2021.pdf) as an office scans it —
each page a picture, no text layer — for `ScannedPDFTests` (portal import --ocr).

- xiasha-2021-scan.pdf: pages rendered at 200 dpi in grey (poppler's pdftoppm), made
  black and white at a threshold, and stored as CCITT G4 pictures (what a copier's
  scan-to-PDF writes), 200 dpi.

- xiasha-2021-askew.pdf: the same, each sheet fed askew by its own angle (0.6° to 1.5° either
  way) and page 3 scanned on its side (turned a quarter anticlockwise, as a landscape table is):
  the import sets each page upright and level before Tesseract reads it.

Tried and not kept: in grey at 150 dpi as JPEG — characters of two wrapped labels lost; every
sheet turned 2.5° — Tesseract loses a wrapped label's line (息需要). Both imports fail, naming the rows.

Needs pdftoppm (poppler-utils) and Pillow (pip install pillow). Run from this folder:
    python3 make-scanned.py
"""
import glob
import os
import subprocess
import tempfile

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "xiasha-2021.pdf")
OUT = os.path.join(HERE, "scanned")


def pages(dpi):
    folder = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", SOURCE, os.path.join(folder, "page")], check=True)
    return [Image.open(path).convert("L") for path in sorted(glob.glob(os.path.join(folder, "page-*.pgm")))]


def save(images, name, dpi, **options):
    images[0].save(os.path.join(OUT, name), save_all=True, append_images=images[1:], resolution=float(dpi), **options)


os.makedirs(OUT, exist_ok=True)
def bilevel(page):
    return page.point(lambda v: 255 if v > 160 else 0).convert("1")


grey = pages(200)
save([bilevel(page) for page in grey], "xiasha-2021-scan.pdf", 200)

# Anticlockwise degrees per sheet (PIL turns anticlockwise); page 3 on its side as well.
ASKEW = [0.6, -1.2, 0.8, 1.5, -0.7, -1.0]
askew = [page.rotate(angle, resample=Image.BICUBIC, fillcolor=255) for page, angle in zip(grey, ASKEW)]
askew[2] = askew[2].rotate(90, expand=True)
save([bilevel(page) for page in askew], "xiasha-2021-askew.pdf", 200)
