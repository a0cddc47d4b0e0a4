#!/usr/bin/env python3
"""Each committed PDF's text as the common tools other than `pdftotext -layout` extract it.

A report reaches `portal import` as text someone extracted from the published PDF
with another tool far more often than as `pdftotext -layout`'s (which the PDF path
runs itself). Writes pdf-texts/<pdf name>.<tool>.txt for the tools and modes people
run (made with poppler-utils 22.12.0, PyMuPDF 2.0, pdfminer.six 20260107, pdfplumber
0.11.10; each run gives the same bytes, except pdfminer.six's, whose layout analysis
orders some boxes differently from run to run: the committed texts are one run's, and
every order it gave was refused alike):
  pdftotext   poppler's pdftotext without -layout (lines as the page breaks them)
  raw         pdftotext -raw (the content stream's order)
  pymupdf     PyMuPDF, page.get_text() of each page, joined
  pdfminer    pdfminer.six's extract_text (what pdf2txt.py prints)
  pdfplumber  pdfplumber, page.extract_text() of each page, joined by a line break
Run in a virtual environment with pymupdf, pdfminer.six and pdfplumber
(pip install pymupdf pdfminer.six pdfplumber) and poppler-utils installed:
  python3 make-pdf-texts.py [output folder] [pdf ...]
Without arguments: every PDF under Fixtures (the reference report's, the variants')
into Fixtures/pdf-texts. The real 淮安 PDF in ../shared is not copied here; its
texts are made by the tests themselves with pdftotext (PDFTextsTests).
"""
import os
import subprocess
import sys

import pdfplumber
import pymupdf
from pdfminer.high_level import extract_text

HERE = os.path.dirname(os.path.abspath(__file__))


def pdftotext(path, *options):
    return subprocess.run(["pdftotext", *options, path, "-"], check=True, capture_output=True).stdout.decode("utf-8")


def with_pymupdf(path):
    with pymupdf.open(path) as document:
        return "".join(page.get_text() for page in document)


def with_pdfplumber(path):
    with pdfplumber.open(path) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages) + "\n"


TOOLS = {
    "pdftotext": lambda path: pdftotext(path),
    "raw": lambda path: pdftotext(path, "-raw"),
    "pymupdf": with_pymupdf,
    "pdfminer": extract_text,
    "pdfplumber": with_pdfplumber,
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "pdf-texts")
    pdfs = sys.argv[2:] or sorted(
        [os.path.join(HERE, name) for name in os.listdir(HERE) if name.endswith(".pdf") and name != "scanned.pdf"]
        + [os.path.join(HERE, "variants", name) for name in os.listdir(os.path.join(HERE, "variants")) if name.endswith(".pdf")])
    os.makedirs(out, exist_ok=True)
    for pdf in pdfs:
        stem = os.path.splitext(os.path.basename(pdf))[0]
        for tool, extract in TOOLS.items():
            text = extract(pdf)
            with open(os.path.join(out, f"{stem}.{tool}.txt"), "w", encoding="utf-8") as file:
                file.write(text)


if __name__ == "__main__":
    main()
