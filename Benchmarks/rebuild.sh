#!/usr/bin/env bash
# A rebuild after one change against a clean build, two `portal` binaries
# side by side (issue 15: a one-change rebuild < 5 % of a full build).
# Each binary builds its own copy of the corpus (the caches are keyed by the
# program, so sharing one would start every build over). ROUNDS alternating
# rounds of, for each binary: a clean build (`--no-cache`, into a new output
# folder), then a cached `portal build` after one narrative of one report
# changed (another agency each round). The cached output is primed twice
# before the rounds (the second build keeps the first as the spare that
# later rebuilds bring up to date: the steady state). Outputs are deleted only at the end (see compare-hugo.sh).
# Prints wall, CPU (user + sys) and peak memory, medians, and rebuild / clean.
#
#   OLD=/tmp/old/portal NEW=$(scripts/release) ROUNDS=3 Benchmarks/rebuild.sh 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
old=${OLD:?the binary to compare against}
new=${NEW:-$PWD/.build-release/release/portal}
work=${BENCH_DIR:-/tmp/portal-rebuild-bench}
rounds=${ROUNDS:-3}
mkdir -p "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label command...: appends "label wall cpu peakKB" to the results
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk -v l="$label" '{printf "%s %s %.2f %s\n", l, $1, $2+$3, $4}' "$work/time.txt" | tee -a "$work/results.txt"
}

for size in "$@"; do
  agencies=$((size / 4))
  corpus="$work/corpus-$size"
  [ -f "$corpus/content/site.yaml" ] || python3 Benchmarks/generate_corpus.py --agencies "$agencies" --years 2019-2022 --out "$corpus" >/dev/null
  : > "$work/results.txt"
  for which in old new; do
    rm -rf "$work/$which-$size"
    cp -r "$corpus" "$work/$which-$size"
    binary=${!which}
    (cd "$work/$which-$size" && "$binary" build >/dev/null 2>&1 && "$binary" build >/dev/null 2>&1)
  done
  for round in $(seq 1 "$rounds"); do
    for which in old new; do
      binary=${!which}
      site="$work/$which-$size"
      (cd "$site" && measure "$which-clean" "$binary" build --no-cache --output "$site/clean-$round")
      # The same change for both binaries: a line added to one report's narrative.
      slug=$(printf 'agency-%05d' $((round * 7 % agencies)))
      echo "示例：第${round}轮修改。" >> "$site/content/agencies/$slug/2021/overview.md"
      sleep 1.2
      (cd "$site" && measure "$which-rebuild" "$binary" build)
    done
  done
  echo "== $size reports, $rounds rounds (medians: wall s, CPU s, peak MB)"
  for which in old new; do
    for kind in clean rebuild; do
      for column in 2 3 4; do
        awk -v k="$which-$kind" -v c=$column '$1 == k {print $c}' "$work/results.txt" | median
      done | paste -sd' ' | awk -v k="$which $kind" '{printf "%-12s wall %6.2f  CPU %6.2f  peak %5.0f MB\n", k, $1, $2, $3 / 1024}'
    done
    # Ratios per round (measured within the round), then their median.
    paste <(awk -v k="$which-rebuild" '$1 == k {print $2, $3}' "$work/results.txt") \
          <(awk -v k="$which-clean" '$1 == k {print $2, $3}' "$work/results.txt") |
      awk '{printf "%.4f %.4f\n", $1 / $3, $2 / $4}' > "$work/ratios.txt"
    printf '%-12s rebuild / clean: wall %.1f %%, CPU %.1f %%\n' "$which" \
      "$(cut -d' ' -f1 "$work/ratios.txt" | median | awk '{print $1 * 100}')" \
      "$(cut -d' ' -f2 "$work/ratios.txt" | median | awk '{print $1 * 100}')"
  done
  for which in old new; do rm -rf "$work/$which-$size"; done
done
