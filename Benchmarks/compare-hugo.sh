#!/usr/bin/env bash
# Side by side: `portal build` and Hugo (Debian's hugo) on the same synthetic reports.
# For each size: generate the corpus, convert it to a Hugo site, then ROUNDS
# alternating rounds of: a clean portal build (into a new output folder, so
# nothing is kept from earlier builds), a Hugo build, `portal check` cold (no
# check cache) and cached (right after), a portal rebuild of that round's output
# after one report changed, and `portal check` after that change. Outputs are
# deleted only after the last round: this file system (ext4 without a
# journal) is slow to create files for minutes after many were deleted,
# which would otherwise be charged to the next clean build.
# Prints wall time, CPU time and peak memory, medians, and the ratios; the
# output's size both as apparent bytes and as disk usage, and their ratios.
#
#   Benchmarks/compare-hugo.sh 1000 10000 50000      # ROUNDS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
portal=$(scripts/release)   # the binary users install: statically linked Swift runtime
work=${BENCH_DIR:-/tmp/portal-bench}
rounds=${ROUNDS:-3}
mkdir -p "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # command...: prints "wall cpu peakKB"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$work/time.txt"
}
list() { printf '%s\n' "$@" | median; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2); rounds: $rounds"
for size in "$@"; do
  agencies=$((size / 4))
  site="$work/portal-$size"; hugo_site="$work/hugo-$size"
  # The corpus is deterministic: one made by an earlier run is used again.
  if [ ! -f "$site/content/site.yaml" ] || [ ! -d "$hugo_site/content" ]; then
    rm -rf "$site" "$hugo_site"
    python3 Benchmarks/generate_corpus.py --agencies "$agencies" --years 2019-2022 --out "$site" >/dev/null
    python3 Benchmarks/hugo_site.py "$site" "$hugo_site"
  fi
  # The corpus gets this checkout's theme (a corpus made earlier may hold an older one).
  rm -rf "$site/theme" && cp -r theme "$site/theme"
  rm -rf "$work/hugo-out-$size" "$site/public" "$site/.portal-cache"
  pw=(); pc=(); pm=(); hw=(); hc=(); hm=(); cw=(); cm=(); kw=(); km=(); ow=(); rw=(); rm_=()
  for round in $(seq "$rounds"); do
    out="$work/out-$size-$round"
    # Clean: the site's caches of the last round go too (with them a build into a new folder reads and checks nothing).
    rm -rf "$site/.portal-cache"
    read -r w c m < <(measure "$portal" build --site "$site" --output "$out"); pw+=("$w"); pc+=("$c"); pm+=("$m")
    read -r w c m < <(cd "$hugo_site" && measure hugo --quiet -d "$work/hugo-out-$size"); hw+=("$w"); hc+=("$c"); hm+=("$m")
    # Cold: no check cache (the run writes one); cached: right after, nothing changed.
    rm -f "$site/.portal-cache/check.cache" "$site/.portal-cache/check.json"
    read -r w c m < <(measure "$portal" check --site "$site"); cw+=("$w"); cm+=("$m")
    read -r w c m < <(measure "$portal" check --site "$site"); kw+=("$w"); km+=("$m")
    # One report changes (its overview gains a line); the rest is as the last build left it.
    echo "第${round}轮基准测试修改。" >> "$site/content/agencies/agency-00000/2021/overview.md"
    read -r w c m < <(measure "$portal" build --site "$site" --output "$out"); rw+=("$w"); rm_+=("$m")
    # The check cache predates the change: one agency folder is read and checked.
    read -r w c m < <(measure "$portal" check --site "$site"); ow+=("$w")
  done
  P=$(list "${pw[@]}"); H=$(list "${hw[@]}"); PM=$(list "${pm[@]}"); HM=$(list "${hm[@]}"); R=$(list "${rw[@]}")
  echo "$size reports:"
  echo "  portal build:   wall ${pw[*]} s (median $P), cpu $(list "${pc[@]}") s, peak $((PM / 1024)) MB"
  echo "  hugo:           wall ${hw[*]} s (median $H), cpu $(list "${hc[@]}") s, peak $((HM / 1024)) MB"
  echo "  portal check, cold:   wall ${cw[*]} s (median $(list "${cw[@]}")), peak $(( $(list "${cm[@]}") / 1024 )) MB"
  echo "  portal check, cached: wall ${kw[*]} s (median $(list "${kw[@]}")), peak $(( $(list "${km[@]}") / 1024 )) MB"
  echo "  portal check, one agency changed: wall ${ow[*]} s (median $(list "${ow[@]}"))"
  echo "  portal rebuild: wall ${rw[*]} s (median $R), peak $(( $(list "${rm_[@]}") / 1024 )) MB, $(echo "scale=1; 100 * $R / $P" | bc) % of a full build"
  echo "  ratio portal/hugo: wall $(echo "scale=2; $P / $H" | bc), memory $(echo "scale=2; $PM / $HM" | bc)"
  # Apparent bytes (what a download or a copy moves; a folder counts as its
  # 4 KB entry) and disk usage (4 KB blocks: a 16.1 KB file takes 20 KB).
  pb=$(du -sb "$out" | cut -f1); hb=$(du -sb "$work/hugo-out-$size" | cut -f1)
  pk=$(du -sk "$out" | cut -f1); hk=$(du -sk "$work/hugo-out-$size" | cut -f1)
  echo "  output, apparent: portal $(echo "scale=1; $pb / 1000000" | bc) MB, hugo $(echo "scale=1; $hb / 1000000" | bc) MB ($(echo "scale=2; $pb / $hb" | bc)×)"
  echo "  output, on disk:  portal $pk KB, hugo $hk KB ($(echo "scale=2; $pk / $hk" | bc)×); files: portal $(find "$out" -type f | wc -l), hugo $(find "$work/hugo-out-$size" -type f | wc -l)"
  echo "  largest HTML page: $(find "$out" -name '*.html' -printf '%s %P\n' | sort -n | tail -1 | awk '{printf "%.0f KB (%s)", $1 / 1024, $2}')"
  if [ -f Benchmarks/search-bytes.py ]; then
    # 公开 is in nearly every report; 示例 in every agency's name (the corpus's place name); 12号 in a few.
    for query in 公开 示例 12号; do
      echo "  search “$query”: $(python3 Benchmarks/search-bytes.py "$out" "$query")"
    done
  fi
  rm -rf "$work"/out-"$size"-* "$site/.portal-cache"
done
