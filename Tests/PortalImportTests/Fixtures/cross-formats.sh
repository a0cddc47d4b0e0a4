#!/bin/bash
# cross-formats.sh PAGE.html [WORK]: one real report in the formats agencies publish it in — the page, Chromium's print
# of it (a browser's PDF), LibreOffice's Word file of it and LibreOffice's PDF of that Word file — each imported into its
# own copy of the example site; then each one's tables and narratives compared with the page's import. A difference is
# either the import reading a format otherwise (a bug to fix) or the format losing something (LibreOffice clips a figure
# too wide for its column: the PDF no longer holds it). Needs chromium and soffice; PORTAL names the binary
# (.build/debug/portal by default). VARIANTS.md, "Session 34 (lead)", says what it found.
set -u
here=$(cd "$(dirname "$0")/../../.." && pwd)
src=$(realpath "$1"); n=$(basename "$src" .html); d=${2:-/tmp/cross-formats}/$n
rm -rf "$d"; mkdir -p "$d"; cp "$src" "$d/$n.html"; cd "$d" || exit 1
timeout 120 chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$n-chromium.pdf" "$n.html" 2>/dev/null
timeout 120 soffice --headless --convert-to docx:"MS Word 2007 XML" "$n.html" >/dev/null 2>&1
mkdir lo && timeout 120 soffice --headless --convert-to pdf --outdir lo "$n.docx" >/dev/null 2>&1 && mv "lo/$n.pdf" "$n-lo.pdf"
portal=${PORTAL:-$here/.build/debug/portal}
for f in "$n.html" "$n-chromium.pdf" "$n.docx" "$n-lo.pdf"; do
  [ -f "$f" ] || { echo "== $f: not made"; continue; }
  mkdir "site-$f"; cp -r "$here/content" "site-$f/"
  (cd "site-$f" && "$portal" import "../$f" --site . > out.txt 2>&1; echo "exit $?" >> out.txt)
  echo "== $f: $(head -1 "site-$f/out.txt" | cut -c1-160)"; grep -E "error|warning" "site-$f/out.txt" | head -4 | cut -c1-200
done
base="site-$n.html"; folder=$(grep -o '→ content/agencies/[^ ]*' "$base/out.txt" | head -1 | cut -c5-)
[ -n "$folder" ] || { echo "the page itself was not imported"; exit 0; }
for f in "$n-chromium.pdf" "$n.docx" "$n-lo.pdf"; do
  [ -d "site-$f/$folder" ] || { echo "-- $f: not imported"; continue; }
  cells=$(diff <(sed -n '/^proactive:/,$p' "$base/$folder/report.yaml") <(sed -n '/^proactive:/,$p' "site-$f/$folder/report.yaml") | grep -c '^[<>]')
  prose=$(for m in preamble overview problems other; do cmp -s "$base/$folder/$m.md" "site-$f/$folder/$m.md" || echo -n "$m "; done)
  echo "-- $f: table lines differing: $cells; narratives differing: ${prose:-none}"
done
