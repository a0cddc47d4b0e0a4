#!/usr/bin/env bash
# The text Apache Tika prints for some of the PDFs here, made with PDFBox (Debian's
# libpdfbox2-java, the library Tika reads PDFs with) as Tika's PDF parser sets it up:
# content order (not sorted by position), a newline after each paragraph and page.
# The texts are committed; run this again after changing a PDF.
set -euo pipefail
cd "$(dirname "$0")"
cp=/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar
[ -f /usr/share/java/pdfbox2.jar ] || { apt-get update -qq && apt-get install -y -qq libpdfbox2-java >/dev/null; }
build=$(mktemp -d)
javac -d "$build" -cp "$cp" TikaLikePDFText.java
for pdf in ../xiasha-2021.pdf ../variants/template-filled.pdf ../variants/framed.pdf ../variants/margin-paragraphs.pdf ../variants/appeals-blank.pdf; do
  java -cp "$cp:$build" TikaLikePDFText "$pdf" > "$(basename "$pdf" .pdf).pdf.txt" 2>/dev/null
done
rm -rf "$build"
