#!/usr/bin/env bash
# Side by side: `portal build` and Hugo (Debian's hugo) on the same synthetic reports.
# For each size: generate the corpus, convert it to a Hugo site, then three
# alternating rounds of each; prints wall time, CPU time and peak memory, medians
# and the ratio portal/Hugo. Also times `portal check`.
#
#   Benchmarks/compare-hugo.sh 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
swift build -c release --product portal >/dev/null
portal=$PWD/.build/release/portal
work=${BENCH_DIR:-/tmp/portal-bench}
mkdir -p "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label, command...: prints "wall cpu peakKB"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${@:2}" >/dev/null 2>&1
  awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$work/time.txt"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2)"
for size in "$@"; do
  agencies=$((size / 4))
  site="$work/portal-$size"; hugo_site="$work/hugo-$size"
  python3 Benchmarks/generate_corpus.py --agencies "$agencies" --years 2019-2022 --out "$site" >/dev/null
  python3 Benchmarks/hugo_site.py "$site" "$hugo_site"
  declare -a pw=() pc=() pm=() hw=() hc=() hm=() cw=()
  for round in 1 2 3; do
    read -r w c m < <(measure portal "$portal" build --site "$site"); pw+=("$w"); pc+=("$c"); pm+=("$m")
    read -r w c m < <(cd "$hugo_site" && measure hugo hugo --quiet -d "$work/hugo-out-$size"); hw+=("$w"); hc+=("$c"); hm+=("$m")
    read -r w c m < <(measure check "$portal" check --site "$site"); cw+=("$w")
  done
  P=$(printf '%s\n' "${pw[@]}" | median); H=$(printf '%s\n' "${hw[@]}" | median)
  PM=$(printf '%s\n' "${pm[@]}" | median); HM=$(printf '%s\n' "${hm[@]}" | median)
  echo "$size reports:"
  echo "  portal build: wall ${pw[*]} s (median $P), cpu $(printf '%s\n' "${pc[@]}" | median) s, peak $((PM / 1024)) MB"
  echo "  hugo:         wall ${hw[*]} s (median $H), cpu $(printf '%s\n' "${hc[@]}" | median) s, peak $((HM / 1024)) MB"
  echo "  portal check: wall ${cw[*]} s (median $(printf '%s\n' "${cw[@]}" | median))"
  echo "  ratio portal/hugo: wall $(echo "scale=2; $P / $H" | bc), memory $(echo "scale=2; $PM / $HM" | bc)"
  echo "  output: portal $(du -sm "$site/public" | cut -f1) MB, hugo $(du -sm "$work/hugo-out-$size" | cut -f1) MB"
done
