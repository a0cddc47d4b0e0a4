#!/usr/bin/env python3
"""Makes scanned/: the reference report (xiasha-2021.pdf) as an office scans it —
each page a picture, no text layer — for `ScannedPDFTests` (portal import --ocr).

- xiasha-2021-scan.pdf: pages rendered at 200 dpi in grey (poppler's pdftoppm), made
  black and white at a threshold, and stored as CCITT G4 pictures (what a copier's
  scan-to-PDF writes), 200 dpi.

Tried and not kept: the same turned 0.6 degrees (a sheet fed askew) — Tesseract then reads
table 四's row of fifteen thin zeros as boxes spanning several cells; and in grey at 150 dpi
as JPEG — characters of two wrapped labels lost. Both imports fail, naming the rows.

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


save([bilevel(page) for page in pages(200)], "xiasha-2021-scan.pdf", 200)
