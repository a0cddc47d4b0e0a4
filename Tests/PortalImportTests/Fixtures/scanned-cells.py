#!/usr/bin/env python3
"""scanned-cells.py: scans of a CELLS=random set's LibreOffice PDFs, and what OCR reads of their tables — a measuring
tool for the next step of `portal import --ocr` (VARIANTS.md, "Session 39 (lead): the real openings scanned").

    scanned-cells.py make SET OUT [--askew]   each SET/made/NAME-lo.pdf of SET/names.txt as an office scans it: pages at
                                              200 dpi in grey, black and white at a threshold, CCITT G4 pictures (as
                                              make-scanned.py makes the reference report's); --askew turns each sheet by
                                              up to 1.2° either way (the seed fixed). Writes OUT/made/NAME-scan.pdf, the
                                              oracle NAME.cells.json beside it, and OUT/names.txt: compare-cells.py
                                              then reads `portal import --ocr`'s imports (its FORMATS with -scan.pdf).
    scanned-cells.py cells OUT                each scan's pages read **cell by cell**, as a prototype: the rules (dark runs
                                              of 10 mm or more, across or down) masked, the rest of the page split into
                                              its connected regions, each region bounded by rules a cell, each cell read by
                                              Tesseract alone (chi_sim+eng, --psm 6; one process for a page's cells). The
                                              figures read, in the page's order, against the oracle's in the form's order.

Needs pdftoppm, tesseract with chi_sim and eng, Pillow, numpy and scipy (pip install pillow numpy scipy).
"""
import difflib
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import numpy as np
from PIL import Image
from scipy import ndimage

RESOLUTION = 300
RULE = int(RESOLUTION * 10 / 25.4)


def make(source, out, askew):
    os.makedirs(os.path.join(out, "made"), exist_ok=True)
    names = [n.strip() for n in open(os.path.join(source, "names.txt"), encoding="utf-8") if n.strip()]
    rng = random.Random(39)
    for name in names:
        pdf = os.path.join(source, "made", name + "-lo.pdf")
        if not os.path.exists(pdf):
            continue
        folder = tempfile.mkdtemp()
        subprocess.run(["pdftoppm", "-r", "200", "-gray", pdf, os.path.join(folder, "page")], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(folder, "page-*.pgm")))]
        if askew:
            pages = [p.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255) for p in pages]
        sheets = [p.point(lambda v: 255 if v > 160 else 0).convert("1") for p in pages]
        sheets[0].save(os.path.join(out, "made", name + "-scan.pdf"), save_all=True, append_images=sheets[1:], resolution=200.0)
        shutil.copy(os.path.join(source, "made", name + ".cells.json"), os.path.join(out, "made"))
        shutil.rmtree(folder)
    with open(os.path.join(out, "names.txt"), "w", encoding="utf-8") as file:
        file.write("\n".join(names) + "\n")


def rules(ink):
    """The pixels of dark runs of RULE or more along each row, widened by two pixels."""
    found = np.zeros_like(ink)
    for y in range(ink.shape[0]):
        edges = np.flatnonzero(np.diff(np.concatenate(([0], ink[y].astype(np.int8), [0]))))
        for start, end in zip(edges[::2], edges[1::2]):
            if end - start >= RULE:
                found[y, start:end] = True
    return found


def cells(path, folder):
    """A page's cells: (top, left, text), each read by Tesseract on its own."""
    page = np.array(Image.open(path).convert("L"))
    ink = page < 128
    ruled = ndimage.binary_dilation(rules(ink) | rules(ink.T).T, iterations=2)
    regions, _ = ndimage.label(~ruled)
    height, width = page.shape
    found = []
    for number, box in enumerate(ndimage.find_objects(regions), start=1):
        if box is None:
            continue
        h, w = box[0].stop - box[0].start, box[1].stop - box[1].start
        # The page around the tables, and slivers between double rules, are no cells.
        if w > 0.95 * width or h > 0.6 * height or w < 20 or h < 20:
            continue
        crop = page[box].copy()
        crop[regions[box] != number] = 255
        if (crop < 128).sum() < 15:
            continue
        found.append((box[0].start, box[1].start, crop))
    for old in glob.glob(os.path.join(folder, "c*.png")):
        os.remove(old)
    paths = []
    for index, (_, _, crop) in enumerate(found):
        paths.append(os.path.join(folder, f"c{index:04d}.png"))
        Image.fromarray(np.pad(crop, 10, constant_values=255)).save(paths[-1])
    if not paths:
        return []
    listing = os.path.join(folder, "list.txt")
    with open(listing, "w") as file:
        file.write("\n".join(paths) + "\n")
    read = subprocess.run(["tesseract", listing, "stdout", "-l", "chi_sim+eng", "--psm", "6", "--dpi", str(RESOLUTION)],
                          capture_output=True, text=True).stdout.split("\f")
    return [(top, left, " ".join(text.split())) for (top, left, _), text in zip(found, read)]


def number(text):
    text = text.strip()
    if text and all(ch in "-—–―" for ch in text):
        return "-"
    try:
        return str(Decimal(text.replace(",", "")).normalize())
    except Exception:
        return text


FIGURE = re.compile(r"^[0-9][0-9,]*(\.[0-9]+)?$|^[-—–―/]+$")


def measure(out):
    names = [n.strip() for n in open(os.path.join(out, "names.txt"), encoding="utf-8") if n.strip()]
    folder = tempfile.mkdtemp()
    exact = 0
    for name in names:
        oracle = json.load(open(os.path.join(out, "made", name + ".cells.json"), encoding="utf-8"))
        wanted = [number(v) for values in oracle.values() for v in values if v.strip()]
        pages = tempfile.mkdtemp()
        subprocess.run(["pdftoppm", "-r", str(RESOLUTION), "-gray", os.path.join(out, "made", name + "-scan.pdf"),
                        os.path.join(pages, "p")], check=True)
        read = []
        for path in sorted(glob.glob(os.path.join(pages, "p-*.pgm"))):
            figures = [(top // 10, left, t.replace(" ", "")) for top, left, t in cells(path, folder) if FIGURE.match(t.replace(" ", ""))]
            read += [number(t) for _, _, t in sorted(figures)]
        shutil.rmtree(pages)
        alike = sum(block.size for block in difflib.SequenceMatcher(a=wanted, b=read, autojunk=False).get_matching_blocks())
        exact += wanted == read
        differ = [f"{op} {wanted[i1:i2]}→{read[j1:j2]}" for op, i1, i2, j1, j2 in
                  difflib.SequenceMatcher(a=wanted, b=read, autojunk=False).get_opcodes() if op != "equal"]
        print(f"{name}: printed {len(wanted)}, read {len(read)}, alike in order {alike}{' EXACT' if wanted == read else ''}"
              f"  {'; '.join(differ)[:300]}", flush=True)
    print(f"every figure read right, in order: {exact} of {len(names)}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3], "--askew" in sys.argv)
    elif len(sys.argv) == 3 and sys.argv[1] == "cells":
        measure(sys.argv[2])
    else:
        sys.exit(__doc__)
