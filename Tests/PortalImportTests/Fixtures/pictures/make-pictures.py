#!/usr/bin/env python3
"""Makes the pictures of tests/PublishedPicturesTests (run once; its output is committed).

- xiasha-2021-page-N.png: the reference report's scan (../scanned/xiasha-2021-scan.pdf) as the pictures a site
  publishes: each page's 200 dpi black-and-white picture taken out losslessly (poppler's `pdfimages -png`), named
  page-1 … page-6 with its resolution declared (pHYs, as a scanner writes it).
- xiasha-2021-scan-long.png: those six pages one under the other in one long picture, no resolution declared (its
  rows filtered otherwise than the pages': a check of the decoder's filters).
- xiasha-2021-long.png: the reference report's own PDF (../xiasha-2021.pdf) rendered at 150 dpi in grey, its pages one
  under the other: a document exported as one long picture, as offices post a report for phones (长图).
- kinds/*.png: a small picture of known pixels saved as every kind of PNG (grey 1, 2, 4, 8, 16 bits, RGB 8 and 16,
  palette with transparency, grey and RGB with alpha, Adam7 interlaced) by two encoders (Pillow, which filters rows
  adaptively, and pypng, which writes interlaced and low-bit pictures), each beside the pixels it must decode to
  (`.pgm` or `.ppm`: the colours laid on white paper by alpha a/255, 16-bit samples by their high byte, a grey of
  b bits scaled by 255/(2^b - 1)) — computed here from the pixels written, not by decoding the PNG.
Needs: poppler-utils, `pip install pillow pypng`.
"""
import os, subprocess, tempfile
from PIL import Image
import png

here = os.path.dirname(os.path.abspath(__file__))
scan = os.path.join(here, "..", "scanned", "xiasha-2021-scan.pdf")

with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["pdfimages", "-png", scan, os.path.join(folder, "p")], check=True)
    pages = [Image.open(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
    for number, page in enumerate(pages, 1):
        page.save(os.path.join(here, f"xiasha-2021-page-{number}.png"), dpi=(200, 200), optimize=True)
    width = max(page.width for page in pages)
    long = Image.new("1", (width, sum(page.height for page in pages)), 1)
    top = 0
    for page in pages:
        long.paste(page, (0, top))
        top += page.height
    long.save(os.path.join(here, "xiasha-2021-scan-long.png"), optimize=True)

with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", os.path.join(here, "..", "xiasha-2021.pdf"), os.path.join(folder, "p")], check=True)
    pages = [Image.open(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
    long = Image.new("L", (max(page.width for page in pages), sum(page.height for page in pages)), 255)
    top = 0
    for page in pages:
        long.paste(page, (0, top))
        top += page.height
    long.save(os.path.join(here, "xiasha-2021-long.png"), optimize=True)

kinds = os.path.join(here, "kinds")
os.makedirs(kinds, exist_ok=True)
W, H = 29, 17
def grey(x, y): return (x * 9 + y * 15) % 256
def rgb(x, y): return ((x * 9) % 256, (y * 15) % 256, (x * y * 7) % 256)
def alpha(x, y): return (x * 37 + y * 11) % 256
def on_white(c, a): return (c * a + 255 * (255 - a) + 127) // 255

def pgm(name, rows):
    with open(os.path.join(kinds, name), "wb") as f:
        f.write(f"P5\n{W} {H}\n255\n".encode()); f.write(bytes(v for row in rows for v in row))
def ppm(name, rows):
    with open(os.path.join(kinds, name), "wb") as f:
        f.write(f"P6\n{W} {H}\n255\n".encode()); f.write(bytes(v for row in rows for px in row for v in px))

# Pillow: 8-bit grey, RGB, RGBA, LA and a palette, rows filtered adaptively.
Image.frombytes("L", (W, H), bytes(grey(x, y) for y in range(H) for x in range(W))).save(os.path.join(kinds, "grey8-pillow.png"))
pgm("grey8-pillow.pgm", [[grey(x, y) for x in range(W)] for y in range(H)])
Image.frombytes("RGB", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y))).save(os.path.join(kinds, "rgb8-pillow.png"))
ppm("rgb8-pillow.ppm", [[rgb(x, y) for x in range(W)] for y in range(H)])
Image.frombytes("RGBA", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y) + (alpha(x, y),))).save(os.path.join(kinds, "rgba8-pillow.png"))
ppm("rgba8-pillow.ppm", [[tuple(on_white(c, alpha(x, y)) for c in rgb(x, y)) for x in range(W)] for y in range(H)])
Image.frombytes("LA", (W, H), bytes(v for y in range(H) for x in range(W) for v in (grey(x, y), alpha(x, y)))).save(os.path.join(kinds, "greyalpha8-pillow.png"))
pgm("greyalpha8-pillow.pgm", [[on_white(grey(x, y), alpha(x, y)) for x in range(W)] for y in range(H)])
palette = [(0, 0, 0), (255, 0, 0), (0, 128, 255), (200, 200, 200), (17, 99, 3)]
index = lambda x, y: (x + 2 * y) % len(palette)
picture = Image.frombytes("P", (W, H), bytes(index(x, y) for y in range(H) for x in range(W)))
picture.putpalette([v for entry in palette for v in entry])
picture.save(os.path.join(kinds, "palette-pillow.png"), transparency=bytes([255, 255, 0, 128, 255]))
palette_alpha = [255, 255, 0, 128, 255]
ppm("palette-pillow.ppm", [[tuple(on_white(c, palette_alpha[index(x, y)]) for c in palette[index(x, y)]) for x in range(W)] for y in range(H)])

# pypng: low-bit and 16-bit grey, 16-bit RGB, Adam7.
for bits in (1, 2, 4):
    top = (1 << bits) - 1
    rows = [[(x + y) % (top + 1) for x in range(W)] for y in range(H)]
    png.Writer(W, H, greyscale=True, bitdepth=bits).write(open(os.path.join(kinds, f"grey{bits}-pypng.png"), "wb"), rows)
    pgm(f"grey{bits}-pypng.pgm", [[v * 255 // top for v in row] for row in rows])
rows16 = [[(x * 2311 + y * 977) % 65536 for x in range(W)] for y in range(H)]
png.Writer(W, H, greyscale=True, bitdepth=16).write(open(os.path.join(kinds, "grey16-pypng.png"), "wb"), rows16)
pgm("grey16-pypng.pgm", [[v >> 8 for v in row] for row in rows16])
rgb16 = [[v for x in range(W) for v in ((x * 2311) % 65536, (y * 4099) % 65536, (x * y * 313) % 65536)] for y in range(H)]
png.Writer(W, H, greyscale=False, bitdepth=16).write(open(os.path.join(kinds, "rgb16-pypng.png"), "wb"), rgb16)
ppm("rgb16-pypng.ppm", [[tuple(row[3 * x + c] >> 8 for c in range(3)) for x in range(W)] for row in rgb16])
rgba_rows = [[v for x in range(W) for v in rgb(x, y) + (alpha(x, y),)] for y in range(H)]
png.Writer(W, H, greyscale=False, alpha=True, interlace=True).write(open(os.path.join(kinds, "rgba8-adam7-pypng.png"), "wb"), rgba_rows)
ppm("rgba8-adam7-pypng.ppm", [[tuple(on_white(c, alpha(x, y)) for c in rgb(x, y)) for x in range(W)] for y in range(H)])
grey_rows = [[grey(x, y) for x in range(W)] for y in range(H)]
png.Writer(W, H, greyscale=True, interlace=True, x_pixels_per_unit=11811, y_pixels_per_unit=11811, unit_is_meter=True).write(open(os.path.join(kinds, "grey8-adam7-300dpi-pypng.png"), "wb"), grey_rows)
pgm("grey8-adam7-300dpi-pypng.pgm", grey_rows)

# JPEG headers: grey at 150 dpi (JFIF), CMYK as Photoshop saves it (Adobe APP14), progressive RGB without a density.
Image.frombytes("L", (W, H), bytes(grey(x, y) for y in range(H) for x in range(W))).save(os.path.join(kinds, "grey-150dpi.jpg"), dpi=(150, 150), quality=90)
Image.frombytes("RGB", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y))).convert("CMYK").save(os.path.join(kinds, "cmyk.jpg"), quality=90)
Image.frombytes("RGB", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y))).save(os.path.join(kinds, "rgb-progressive.jpg"), progressive=True, quality=90)

# GIF (Pillow: interlaced by default at 16 pixels and more) and WebP (lossless, Pillow's libwebp): each beside the
# pixels it must decode to. A GIF has one transparent colour (palette index 2 here), laid on white.
Image.frombytes("L", (W, H), bytes(grey(x, y) for y in range(H) for x in range(W))).save(os.path.join(kinds, "grey8-interlaced-pillow.gif"))
Image.frombytes("L", (W, H), bytes(grey(x, y) for y in range(H) for x in range(W))).save(os.path.join(kinds, "grey8-pillow.gif"), interlace=False)
gif = Image.frombytes("P", (W, H), bytes(index(x, y) for y in range(H) for x in range(W)))
gif.putpalette([v for entry in palette for v in entry])
gif.save(os.path.join(kinds, "palette-pillow.gif"), transparency=2, interlace=False)
ppm("palette-pillow-gif.ppm", [[(255, 255, 255) if index(x, y) == 2 else palette[index(x, y)] for x in range(W)] for y in range(H)])
Image.frombytes("RGB", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y))).save(os.path.join(kinds, "rgb8-lossless.webp"), lossless=True)
Image.frombytes("RGBA", (W, H), bytes(v for y in range(H) for x in range(W) for v in rgb(x, y) + (alpha(x, y),))).save(os.path.join(kinds, "rgba8-lossless.webp"), lossless=True, exact=True)
# A page as a site might publish it as GIF: the scan's page 2, 1 bit (lossless against its PNG).
Image.open(os.path.join(here, "xiasha-2021-page-2.png")).save(os.path.join(here, "xiasha-2021-page-2.gif"))
# The same page as a WeChat article's picture saved from a browser: lossless WebP (its grey exactly the PNG's).
Image.open(os.path.join(here, "xiasha-2021-page-2.png")).convert("L").save(os.path.join(here, "xiasha-2021-page-2.webp"), lossless=True)
