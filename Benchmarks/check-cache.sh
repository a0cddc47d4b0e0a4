#!/usr/bin/env bash
# `portal check` with and without its cache, against an earlier portal binary,
# alternated in one run (the machine is shared and noisy). Per round:
#   before       the earlier binary's `portal check` (it has no cache)
#   no cache     this checkout's `portal check --no-cache`
#   cold         this checkout's `portal check` with no .portal-cache/check.cache (it writes one)
#   cached       the same right after: nothing changed
#   one changed  after one report's overview gained a line: one agency folder is read
# Prints every run and the medians.
#
#   BEFORE=/tmp/old/portal ROUNDS=5 Benchmarks/check-cache.sh 10000
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
size=${1:-10000}
rounds=${ROUNDS:-5}
work=${BENCH_DIR:-/tmp/portal-bench}
portal=${AFTER:-$PWD/.build-release/release/portal}
before=${BEFORE:-}
[ -n "${AFTER:-}" ] || scripts/release >/dev/null 2>&1
site="$work/portal-$size"
mkdir -p "$work"
if [ ! -f "$site/content/site.yaml" ]; then
  rm -rf "$site"
  python3 Benchmarks/generate_corpus.py --agencies $((size / 4)) --years 2019-2022 --out "$site" >/dev/null
fi
rm -rf "$site/theme" && cp -r theme "$site/theme"
# Folders changed within the last second are not cached.
sleep 1.5

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # command...: prints "wall peakKB"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
  cat "$work/time.txt" | tail -1
}
declare -A walls peaks
kinds=(before "no cache" cold cached "one changed")
run() { # kind command...
  local kind=$1; shift
  read -r w m < <(measure "$@")
  walls[$kind]+="$w "; peaks[$kind]+="$m "
}
changed="$site/content/agencies/agency-00001/2021/overview.md"
for round in $(seq "$rounds"); do
  [ -n "$before" ] && run before "$before" check --site "$site"
  run "no cache" "$portal" check --no-cache --site "$site"
  rm -f "$site/.portal-cache/check.cache" "$site/.portal-cache/check.json"
  run cold "$portal" check --site "$site"
  run cached "$portal" check --site "$site"
  echo "第${round}轮基准测试修改。" >> "$changed"
  run "one changed" "$portal" check --site "$site"
done
echo "$size reports, $rounds rounds ($(nproc) cores):"
for kind in "${kinds[@]}"; do
  [ -n "${walls[$kind]:-}" ] || continue
  w=$(printf '%s\n' ${walls[$kind]} | median); m=$(printf '%s\n' ${peaks[$kind]} | median)
  printf '  %-12s wall %s s (median %s), peak %d MB\n' "$kind:" "${walls[$kind]% }" "$w" $((${m%.*} / 1024))
done
