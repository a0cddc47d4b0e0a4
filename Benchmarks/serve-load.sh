#!/usr/bin/env bash
# Load test of `portal serve` on loopback (127.0.0.1 only) with wrk:
# a report page and the largest JSON download of the example portal.
# Three rounds per path; prints each round and the medians.
#
#   Benchmarks/serve-load.sh [seconds-per-round]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
scripts/setup
if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
bin=$(scripts/release)

site=$(mktemp -d)
cp -r content theme "$site"/
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --site "$site" --port "$port" --no-watch 2>"$site/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$site"' EXIT
for _ in $(seq 100); do
  grep -q "built" "$site/serve.log" 2>/dev/null && break
  sleep 0.1
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(uname -m); wrk -t2 -c32 -d${seconds}s, 3 rounds per path"
for path in /agencies/xiasha/2021/ /data/portal.json; do
  size=$(curl -s "http://127.0.0.1:$port$path" | wc -c)
  rps=(); p50=(); p99=(); errors=0
  for round in 1 2 3; do
    out=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
    rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
    p50+=("$(echo "$out" | awk '$1=="50%" {print $2}')")
    p99+=("$(echo "$out" | awk '$1=="99%" {print $2}')")
    bad=$(echo "$out" | awk '/Non-2xx/ {print $NF} /Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' | paste -sd+ | bc 2>/dev/null || true)
    errors=$((errors + ${bad:-0}))
    echo "  $path round $round: ${rps[-1]} req/s, p50 ${p50[-1]}, p99 ${p99[-1]}"
  done
  echo "$path ($size bytes): median $(printf '%s\n' "${rps[@]}" | median) req/s; p50 latencies ${p50[*]}; p99 ${p99[*]}; errors $errors"
done
