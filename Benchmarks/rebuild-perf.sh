#!/usr/bin/env bash
# A profile of one steady-state one-change rebuild (issue 15), by part:
# copies CORPUS to WORK once and primes it (a build, a second that leaves
# the spare, a first rebuild), then adds a line to one agency's 2021
# overview.md, records `portal build` with perf and prints
# Benchmarks/rebuild-profile.py's shares (each later run changes another agency).
#
#   CORPUS=/tmp/portal-rebuild-bench/corpus-10000 Benchmarks/rebuild-perf.sh /tmp/old/portal /tmp/prof-old
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary=${1:?the portal binary}
work=${2:?a folder for the site copy and the profile}
corpus=${CORPUS:?a generated corpus (Benchmarks/generate_corpus.py)}
site="$work/site"
if [ ! -d "$site" ]; then
  mkdir -p "$work"
  cp -r "$corpus" "$site"
  (cd "$site" && "$binary" build >/dev/null 2>&1 && "$binary" build >/dev/null 2>&1)
  echo "示例：预热。" >> "$site/content/agencies/agency-00001/2021/overview.md"
  sleep 1.2
  (cd "$site" && "$binary" build >/dev/null 2>&1)
fi
agencies=$(ls "$site/content/agencies" | wc -l)
round=$(date +%s)
slug=$(ls "$site/content/agencies" | sed -n "$((round % agencies + 1))p")
echo "示例：第${round}次修改。" >> "$site/content/agencies/$slug/2021/overview.md"
# Past the signatures' settling second: the changed folder is read, the others kept.
sleep 1.2
(cd "$site" && perf record --no-buildid-cache -F 999 -g -o "$work/rebuild.perf" "$binary" build >/dev/null 2>"$work/perf.log")
perf script -i "$work/rebuild.perf" > "$work/rebuild.script" 2>/dev/null
python3 "$here/rebuild-profile.py" "$work/rebuild.script"
