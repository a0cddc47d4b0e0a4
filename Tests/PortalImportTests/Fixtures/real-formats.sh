#!/bin/bash
# real-formats.sh OUT [COUNT]: make-real-formats.py's Word files of the real openings, LibreOffice's PDF of each and
# Chromium's print of every third one's page; each format (and the text of the same paragraphs) imported into its
# own copy of the example site; compare-real-formats.py then lists every difference from the text's import by kind.
# PORTAL names the binary (.build/debug/portal by default). VARIANTS.md, "Round forty", says what it found.
# TIKA=1 also imports Apache Tika's text of each PDF (NAME-lo.pdf.tika.txt, NAME-chromium.pdf.tika.txt; the jar as
# make-tika-text.sh says): the text a pipeline takes out of a published PDF ("Session 35 (lead)"); with ZEROS=1 the
# tables' blank cells are zeros (make-real-formats.py), which plain text can carry.
# CELLS=random (SEED=n) fills each report's tables with varied figures and writes NAME.cells.json, the cells as printed
# (make-real-formats.py); TIKA=1 then also takes each Word file through Tika (NAME.docx.tika.txt), and compare-cells.py
# checks every format's cells against NAME.cells.json: right / refused / silent (a cell wrong), per format (round 45).
# FORM=2019 with CELLS=random makes the reports the 2019 trial form's (their years moved to 2019 or 2020, tables 二 三 四
# the trial form's, the oracle in its row ids; make-real-formats.py): VARIANTS.md, "Round fifty-one".
set -u
here=$(cd "$(dirname "$0")/../../.." && pwd); fixtures="$here/Tests/PortalImportTests/Fixtures"
out=$(realpath -m "$1"); portal=${PORTAL:-$here/.build/debug/portal}
mkdir -p "$out"
if [ ! -d "$out/made" ]; then
  python3 "$fixtures/make-real-formats.py" "$out/made" "${2:-1000}" > "$out/names.txt" || exit 1
  (cd "$out/made" && timeout 1800 soffice --headless --convert-to pdf --outdir "$out/made/lo" ./*.docx >/dev/null 2>&1)
  for f in "$out"/made/*.html; do
    [ -f "$f" ] && timeout 60 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="${f%.html}-chromium.pdf" "$f" >/dev/null 2>&1
  done
  for f in "$out"/made/lo/*.pdf; do mv "$f" "${f%.pdf}-lo.pdf"; done; mv "$out"/made/lo/* "$out/made/" 2>/dev/null
fi
if [ "${TIKA:-0}" = 1 ] && ! ls "$out"/made/*.pdf.tika.txt >/dev/null 2>&1; then
  words=(); [ "${CELLS:-}" = random ] && words=("$out"/made/*.docx)
  mkdir -p "$out/tika" && java -cp "${TIKA_JAR:-/opt/tika/tika-app-3.3.1.jar}" "$fixtures/TikaText.java" "$out/tika" "$out"/made/*.pdf "${words[@]}" >/dev/null
  for f in "$out"/tika/*.pdf.txt "$out"/tika/*.docx.txt; do [ -f "$f" ] && mv "$f" "$out/made/$(basename "${f%.txt}").tika.txt"; done
fi
rm -rf "$out/sites"; mkdir -p "$out/sites"
import_one() {  # one format of one report into its own copy of the example site
  local f=$1 s="$out/sites/$(basename "$1")"
  mkdir -p "$s" && cp -r "$here/content" "$s/" && (cd "$s" && "$portal" import "$f" --site . > out.txt 2>&1; echo "exit $?" >> out.txt)
}
export -f import_one; export out here portal
ls "$out"/made/*.txt "$out"/made/*.docx "$out"/made/*-lo.pdf "$out"/made/*-chromium.pdf 2>/dev/null | xargs -P 2 -I{} bash -c 'import_one {}'
python3 "$fixtures/compare-real-formats.py" "$out"
[ "${CELLS:-}" = random ] && python3 "$fixtures/compare-cells.py" "$out"
