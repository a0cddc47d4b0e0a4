#!/bin/sh
# The 淮安市人民政府 2024 report (a real published PDF, ../../../../../shared/fixtures/peer-reports/
# govnianbao/huaian-szf-2024.pdf) converted by poppler's pdftohtml (22.12.0 made the committed files):
# one page of placed text (-s), the same with its fonts' styles (-c), and the XML (-xml).
set -e
pdf="${1:?usage: make-placed-text.sh huaian-szf-2024.pdf}"
here=$(dirname "$0")
work=$(mktemp -d)
pdftohtml -q -s -i -noframes "$pdf" "$work/s" && mv "$work/s.html" "$here/huaian-2024.pdftohtml-s.html"
pdftohtml -q -c -s -i -noframes "$pdf" "$work/c" && mv "$work/c.html" "$here/huaian-2024.pdftohtml-c.html"
pdftohtml -q -xml -i "$pdf" "$work/x" && mv "$work/x.xml" "$here/huaian-2024.pdftohtml.xml"
rm -rf "$work"
