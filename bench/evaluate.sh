#!/usr/bin/env bash
# Benchmark: `tenderpanel-cli evaluate` on a 20-bidder x 15-panelist x 12-criterion scenario, as a
# whole process, against the baseline of starting the same program (`tenderpanel-cli --version`),
# measured in the same run. Usage: bench/evaluate.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-200}
cli="$build/app/cli/tenderpanel-cli"
[ -x "$cli" ] || { echo "bench: $cli not found; build first (scripts/build.sh)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_scenario.py 20 15 12 > "$work/large.json"
"$cli" evaluate "$work/large.json" > "$work/result.json" || { echo "bench: evaluate failed" >&2; exit 1; }

# median wall time in microseconds of RUNS executions of a command
median_us() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

base=$(median_us "$cli" --version)
eval_us=$(median_us "$cli" evaluate "$work/large.json")
size=$(wc -c < "$work/large.json")
echo "scenario: 20 bidders x 15 panelists x 12 criteria = 3600 scores, $size bytes"
echo "baseline  tenderpanel-cli --version      median ${base} us"
echo "evaluate  tenderpanel-cli evaluate FILE  median ${eval_us} us"
awk -v b="$base" -v e="$eval_us" 'BEGIN { printf "ratio evaluate/baseline: %.2f (evaluation work beyond process start: %d us)\n", e / b, e - b }'
