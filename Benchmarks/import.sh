#!/usr/bin/env bash
# `portal import` of a batch of published reports into a new site, per input kind:
#   text   the reference report's text (as taken from its Word file), N copies
#   docx   the reference report's Word file, N copies
#   pdf    the reference report's PDF (LibreOffice export), N copies
# Each copy is another agency (the name line changed, or the file renamed and
# imported with --agencies), so every file writes a new agency and report.
# Per kind: wall and CPU for the batch, ms per file, peak memory, and the
# first and last tenth's ms per file (whether a file costs more as the site grows).
#
#   ROUNDS=3 Benchmarks/import.sh 200
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
count=${1:-200}
rounds=${ROUNDS:-3}
work=${BENCH_DIR:-/tmp/portal-bench}/import
portal=${AFTER:-$PWD/.build-release/release/portal}
[ -n "${AFTER:-}" ] || scripts/release >/dev/null 2>&1
rm -rf "$work" && mkdir -p "$work"
fixtures=Tests/PortalImportTests/Fixtures
reference=Tests/Fixtures/reference/xiasha-2021.txt

make_inbox() { # kind → $work/in-kind and $work/names-kind.csv
  local kind=$1 dir="$work/in-$kind"
  mkdir -p "$dir"; : > "$work/names-$kind.csv"
  for i in $(seq -w 1 "$count"); do
    case $kind in
      text) sed "1s/.*/示例市示例区第${i}街道办事处/" "$reference" > "$dir/r$i.txt" ;;
      docx) cp "$fixtures/xiasha-2021.docx" "$dir/r$i.docx" ;;
      pdf)  cp "$fixtures/xiasha-2021.pdf" "$dir/r$i.pdf" ;;
    esac
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for kind in text docx pdf; do
  make_inbox "$kind"
  walls=(); cpus=(); peaks=(); firsts=(); lasts=()
  for round in $(seq 1 "$rounds"); do
    site="$work/site-$kind"
    rm -rf "$site" && "$portal" new site "$site" >/dev/null 2>&1
    if [ "$kind" = text ]; then
      /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$portal" import "$work/in-$kind" --site "$site" --date 2026-01-15 > "$work/out.txt" 2>&1 || true
    else
      # The same report under another name: one file per agency, by --agency.
      start=$(date +%s.%N)
      : > "$work/per-file.txt"
      for f in "$work/in-$kind"/*; do
        s=$(date +%s.%N)
        "$portal" import "$f" --site "$site" --agency "a$(basename "$f" | tr -dc 0-9)" --date 2026-01-15 >/dev/null 2>&1 || true
        echo "$(date +%s.%N) $s" | awk '{printf "%.1f\n", ($1-$2)*1000}' >> "$work/per-file.txt"
      done
      end=$(date +%s.%N)
      echo "$(echo "$end $start" | awk '{printf "%.2f", $1-$2}') 0 0 0" > "$work/time.txt"
    fi
    read -r wall user sys peak < "$work/time.txt"
    walls+=("$wall"); cpus+=("$(echo "$user $sys" | awk '{printf "%.2f", $1+$2}')"); peaks+=("$peak")
    written=$(find "$site/content/agencies" -name report.yaml | wc -l)
    [ "$written" -eq "$count" ] || { echo "$kind: only $written of $count reports written"; tail -5 "$work/out.txt" 2>/dev/null; exit 1; }
    if [ -s "$work/per-file.txt" ] && [ "$kind" != text ]; then
      tenth=$(( (count + 9) / 10 ))
      firsts+=("$(head -n "$tenth" "$work/per-file.txt" | median)"); lasts+=("$(tail -n "$tenth" "$work/per-file.txt" | median)")
    fi
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  per=$(echo "$wall $count" | awk '{printf "%.1f", $1*1000/$2}')
  if [ "$kind" = text ]; then
    echo "$kind: $count files in one batch: wall ${wall} s (median of $rounds), CPU $(printf '%s\n' "${cpus[@]}" | median) s, ${per} ms a file, peak $(printf '%s\n' "${peaks[@]}" | median) KB"
  else
    echo "$kind: $count files, one portal import each: wall ${wall} s (median of $rounds), ${per} ms a file; first tenth $(printf '%s\n' "${firsts[@]}" | median) ms, last tenth $(printf '%s\n' "${lasts[@]}" | median) ms a file"
  fi
done
