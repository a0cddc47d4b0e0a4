#!/usr/bin/env python3
"""A PDF whose tables 三 and 四 cross a page break with their header rows printed again on
top of the next page, as Word and LibreOffice print a table whose header rows are marked to
repeat (`w:tblHeader`, 标题行重复): `variants/repeated-header.docx` is `template-filled.docx`
with those rows marked, `variants/repeated-header.pdf` its PDF by LibreOffice Writer.

Run from this folder: python3 make-repeated-header.py (needs soffice)."""
import os, re, shutil, subprocess, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "variants", "template-filled.docx")
DOCX = os.path.join(HERE, "variants", "repeated-header.docx")
# Header rows of each table, in document order: 二 (none), 三 (three), 四 (three).
HEADER_ROWS = [0, 3, 3]


def marked(document):
    out, tables = [], re.split(r"(?=<w:tbl>)", document)
    out.append(tables[0])
    for number, table in enumerate(tables[1:]):
        rows = HEADER_ROWS[number] if number < len(HEADER_ROWS) else 0
        parts = table.split("<w:tr>")
        for index in range(1, min(rows, len(parts) - 1) + 1):
            parts[index] = "<w:trPr><w:tblHeader/></w:trPr>" + parts[index]
        out.append("<w:tr>".join(parts))
    return "".join(out)


def main():
    with zipfile.ZipFile(SOURCE) as source, zipfile.ZipFile(DOCX, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = marked(data.decode("utf-8")).encode("utf-8")
            item.date_time = (2022, 1, 1, 0, 0, 0)
            target.writestr(item, data)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, DOCX],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "repeated-header.pdf"), os.path.join(HERE, "variants", "repeated-header.pdf"))


if __name__ == "__main__":
    main()
