#!/usr/bin/env python3
"""Makes PDFs whose text layer cannot be read: fonts without a ToUnicode map, as some converters,
printer drivers and "print to PDF" tools write them. The page looks right; pdftotext reads each
glyph's code as a character of its own (ASCII and Latin-1 junk, or wrong Chinese characters).
Made from the committed fixtures by taking the fonts' /ToUnicode entries out (qpdf's QDF form,
then fix-qdf to mend the cross-reference table):

    python3 Tests/PortalImportTests/Fixtures/make-garbled.py

- variants/garbled-chinese.pdf: template-filled.pdf with its Chinese fonts' maps taken out, the
  digits' font left alone: every figure reads right, every label and sentence is junk.
- variants/garbled-type3.pdf: blanks-chromium.pdf (Chromium prints its Chinese glyphs as Type 3
  fonts) with every map taken out: Latin-1 junk with a few Chinese characters, most of them wrong.
- variants/garbled-ghostscript.pdf: blanks-chromium.pdf printed to PDF again through Ghostscript
  (`gs -sDEVICE=pdfwrite`, what CUPS's PDF printers run): most characters right, some glyphs read as
  others (报 → ç, （ → ÿ, 。 → 2: a digit), Kangxi radicals for the rest.
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "variants")


def without_maps(source, target, keep):
    """`source` with /ToUnicode dropped from every font whose /BaseFont does not contain `keep`."""
    with tempfile.TemporaryDirectory() as tmp:
        qdf = os.path.join(tmp, "qdf.pdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--deterministic-id", source, qdf], check=True)
        data = open(qdf, "rb").read()

        def strip(match):
            font = match.group(0)
            if keep and keep in font:
                return font
            # Same length: fix-qdf mends offsets, but a stream's /Length must stay true.
            return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), font)
        data = re.sub(rb"\d+ 0 obj\n<<.*?>>\nendobj", strip, data, flags=re.S)
        fixed = subprocess.run(["fix-qdf"], input=data, capture_output=True, check=True).stdout
        with open(qdf, "wb") as file:
            file.write(fixed)
        subprocess.run(["qpdf", "--object-streams=generate", "--deterministic-id", qdf, target], check=True)


def main():
    without_maps(os.path.join(OUT, "template-filled.pdf"), os.path.join(OUT, "garbled-chinese.pdf"), keep=b"DejaVu")
    without_maps(os.path.join(OUT, "blanks-chromium.pdf"), os.path.join(OUT, "garbled-type3.pdf"), keep=None)
    subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + os.path.join(OUT, "garbled-ghostscript.pdf"),
                    os.path.join(OUT, "blanks-chromium.pdf")], check=True)


if __name__ == "__main__":
    main()
