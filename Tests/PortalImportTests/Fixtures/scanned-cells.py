#!/usr/bin/env python3
"""scanned-cells.py: scans of a CELLS=random set's LibreOffice PDFs, and what OCR reads of their tables — a measuring
tool for the next step of `portal import --ocr` (VARIANTS.md, "Session 39 (lead): the real openings scanned").

    scanned-cells.py make SET OUT [--askew]   each SET/made/NAME-lo.pdf of SET/names.txt as an office scans it: pages at
                                              200 dpi in grey, black and white at a threshold, CCITT G4 pictures (as
                                              make-scanned.py makes the reference report's); --askew turns each sheet by
                                              up to 1.2° either way (the seed fixed). Writes OUT/made/NAME-scan.pdf, the
                                              oracle NAME.cells.json beside it, and OUT/names.txt: compare-cells.py
                                              then reads `portal import --ocr`'s imports (its FORMATS with -scan.pdf).
        The other ways offices scan (round sixty-eight), each fixed by the seed (39, and the report's name):
          --dpi N        scanned at N dpi (150, 300) rather than 200
          --grey         kept in grey (no threshold); --colour: kept in colour (what a red seal needs)
          --jpeg Q       a grey or colour page's JPEG of quality Q (75 unless given; black and white pages are G4)
          --paper V      the paper scanned darker: white becomes grey V (e.g. 215), the print scaled alike
          --seal         a red seal (公章: a ring 42 mm across, a star, characters round the top) stamped where the
                         closing name and date stand (below the last page's last line, on its right half: the ring
                         crosses the line's end), and one over the table's right rule on the second page, across the
                         last column's figures (needs --colour)
          --skew DEG     each sheet turned by DEG−1 to DEG degrees either way (rather than --askew's up to 1.2°)
          --noise        speckles: some 400 dark specks a page (1–3 pixels at 200 dpi) and the paper's grain
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


class Scanning:
    """How a sheet is scanned (`make`'s options)."""

    def __init__(self, args):
        def value(flag, default, kind):
            return kind(args[args.index(flag) + 1]) if flag in args else default
        self.askew = "--askew" in args
        self.dpi = value("--dpi", 200, int)
        self.colour = "--colour" in args
        self.grey = "--grey" in args or self.colour
        self.jpeg = value("--jpeg", None, int)
        self.paper = value("--paper", 255, int)
        self.seal = "--seal" in args
        self.skew = value("--skew", None, float)
        self.noise = "--noise" in args
        if self.seal and not self.colour:
            sys.exit("--seal needs --colour: a red seal in grey or black and white is a grey or black ring")

    @property
    def plain(self):
        """The session-39 scan (G4 at 200 dpi, --askew or not), made as it was: its seed drawn name after name."""
        return (self.dpi, self.grey, self.jpeg, self.paper, self.seal, self.skew, self.noise) == (200, False, None, 255, False, None, False)


SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def seal(page, centre, dpi, rng):
    """A red seal stamped on a colour page (multiplied: black print stays black) with its centre at `centre`."""
    from PIL import ImageDraw, ImageFont
    radius = int(21 / 25.4 * dpi)
    size = 2 * radius + 4
    stamp = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(stamp)
    ring = max(2, int(1.2 / 25.4 * dpi))
    draw.ellipse([2, 2, size - 3, size - 3], outline=255, width=ring)
    middle = size / 2
    star = [(middle + 0.3 * radius * np.cos(np.pi / 2 + k * 4 * np.pi / 5), middle - 0.3 * radius * np.sin(np.pi / 2 + k * 4 * np.pi / 5))
            for k in range(5)]
    draw.polygon(star, fill=255)
    font = ImageFont.truetype(SEAL_FONT, int(0.28 * radius))
    text = "政府信息公开工作专用章"
    for index, character in enumerate(text):
        angle = np.pi * (1.15 - 1.3 * index / (len(text) - 1))
        glyph = Image.new("L", (int(0.4 * radius),) * 2, 0)
        ImageDraw.Draw(glyph).text((0.06 * radius, 0), character, font=font, fill=255)
        glyph = glyph.rotate(np.degrees(angle) - 90, resample=Image.BICUBIC)
        x, y = middle + 0.72 * radius * np.cos(angle), middle - 0.72 * radius * np.sin(angle)
        stamp.paste(255, (int(x - glyph.width / 2), int(y - glyph.height / 2)), glyph)
    # Stamp ink is uneven: some of the ring and characters pale.
    mottle = np.array(Image.fromarray((np.random.default_rng(rng.randrange(1 << 30)).random((size // 8 + 1, size // 8 + 1)) * 255).astype(np.uint8))
                      .resize((size, size), Image.BICUBIC)) / 255.0
    strength = np.array(stamp) / 255.0 * (0.55 + 0.45 * mottle)
    red = np.array([222, 38, 48]) / 255.0
    pixels = np.array(page).astype(float)
    left, top = int(centre[0] - size / 2), int(centre[1] - size / 2)
    box = (slice(max(0, top), min(pixels.shape[0], top + size)), slice(max(0, left), min(pixels.shape[1], left + size)))
    part = strength[box[0].start - top:box[0].stop - top, box[1].start - left:box[1].stop - left, None]
    pixels[box] *= 1 - part * (1 - red)
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def closing(grey, dpi):
    """Where the closing name and date are stamped: below the last line of ink on the last page, on its right half (a
    made report ends at 六 with no signature: the seal's ring crosses the last line's end, as over a signed name)."""
    ink = np.array(grey) < 128
    rows = np.flatnonzero(ink.sum(axis=1) > 0)
    bottom = rows[-1]
    line = ink[max(0, bottom - int(dpi / 8)):bottom + 1]
    right = np.flatnonzero(line.sum(axis=0) > 0)[-1]
    width = ink.shape[1]
    return min(max(right, 0.6 * width), 0.75 * width), bottom + 0.45 * 21 / 25.4 * dpi


def right_edge(grey):
    """A point on the table's right rule (the rightmost column of ink down a third of the page), or None."""
    ink = np.array(grey) < 128
    tall = np.flatnonzero(ink.sum(axis=0) > ink.shape[0] / 3)
    if len(tall) == 0:
        return None
    x = tall[-1]
    rows = np.flatnonzero(ink[:, x])
    return x, rows[0] + 0.45 * (rows[-1] - rows[0])


def scanned(pages, scanning, rng):
    """The rendered colour pages as the scanner makes them (seals, skew, paper, noise, dpi), and the picture's mode."""
    if scanning.seal:
        greys = [p.convert("L") for p in pages]
        pages[-1] = seal(pages[-1], closing(greys[-1], scanning.dpi), scanning.dpi, rng)
        if len(pages) > 1 and (edge := right_edge(greys[1])) is not None:
            pages[1] = seal(pages[1], edge, scanning.dpi, rng)
    if not scanning.colour:
        pages = [p.convert("L") for p in pages]
    if scanning.skew is not None:
        pages = [p.rotate(rng.choice([-1, 1]) * rng.uniform(scanning.skew - 1, scanning.skew), resample=Image.BICUBIC,
                          fillcolor=(255, 255, 255) if scanning.colour else 255) for p in pages]
    elif scanning.askew:
        pages = [p.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(255, 255, 255) if scanning.colour else 255)
                 for p in pages]
    made = []
    for page in pages:
        pixels = np.array(page).astype(float) * scanning.paper / 255
        if scanning.noise:
            noise = np.random.default_rng(rng.randrange(1 << 30))
            pixels += noise.normal(0, 6, pixels.shape[:2])[..., None] if pixels.ndim == 3 else noise.normal(0, 6, pixels.shape)
            height, width = pixels.shape[:2]
            for _ in range(400):
                y, x, r = noise.integers(0, height), noise.integers(0, width), noise.integers(1, 4) * scanning.dpi // 200
                pixels[max(0, y - r // 2):y + (r + 1) // 2, max(0, x - r // 2):x + (r + 1) // 2] = noise.integers(0, 90)
        made.append(Image.fromarray(pixels.clip(0, 255).astype(np.uint8)))
    if not scanning.grey:
        made = [p.point(lambda v: 255 if v > 160 * scanning.paper // 255 else 0).convert("1") for p in made]
    return made


def make(source, out, scanning):
    os.makedirs(os.path.join(out, "made"), exist_ok=True)
    names = [n.strip() for n in open(os.path.join(source, "names.txt"), encoding="utf-8") if n.strip()]
    rng = random.Random(39)
    for name in names:
        pdf = os.path.join(source, "made", name + "-lo.pdf")
        if not os.path.exists(pdf):
            continue
        folder = tempfile.mkdtemp()
        if scanning.plain:
            subprocess.run(["pdftoppm", "-r", "200", "-gray", pdf, os.path.join(folder, "page")], check=True)
            pages = [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(folder, "page-*.pgm")))]
            if scanning.askew:
                pages = [p.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255) for p in pages]
            sheets = [p.point(lambda v: 255 if v > 160 else 0).convert("1") for p in pages]
        else:
            subprocess.run(["pdftoppm", "-r", str(scanning.dpi), pdf, os.path.join(folder, "page")], check=True)
            pages = [Image.open(p).convert("RGB") for p in sorted(glob.glob(os.path.join(folder, "page-*.ppm")))]
            sheets = scanned(pages, scanning, random.Random(f"39 {name}"))
        target = os.path.join(out, "made", name + "-scan.pdf")
        # Pillow writes a grey or colour page as a JPEG (DCTDecode), of quality 75 unless --jpeg says otherwise.
        quality = {"quality": scanning.jpeg or 75} if scanning.grey else {}
        sheets[0].save(target, save_all=True, append_images=sheets[1:], resolution=float(scanning.dpi), **quality)
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
        make(sys.argv[2], sys.argv[3], Scanning(sys.argv[4:]))
    elif len(sys.argv) == 3 and sys.argv[1] == "cells":
        measure(sys.argv[2])
    else:
        sys.exit(__doc__)
