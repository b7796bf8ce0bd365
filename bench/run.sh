#!/usr/bin/env bash
# Every performance figure of TenderPanel against its baseline, in one table (see "Benchmarks" in the README).
#
#   bench/run.sh                 builds build-bench (RelWithDebInfo) and measures; BUILD=DIR uses another build
#   RUNS=9 bench/run.sh          runs of each side of each pair (default 5)
#   BENCH_SMOKE=1 BUILD=DIR bench/run.sh
#                                smallest sizes, one run, no build and no LibreOffice: checks that every row is
#                                produced (the bench_smoke test)
#
# It generates the data (workspaces of 2,000 and 20,000 negotiations, kept in BUILD/bench-data; the scenarios),
# runs each pair in alternation and prints: figure | ours (median) | baseline (median) | ratio | goal | met?
# A missing baseline tool is an error (LibreOffice is installed with apt-get when run as root), never a skipped row.
#
# GUI start is the time from the process start to the first paint of the home list: with
# TENDERPANEL_EXIT_AT_FIRST_PAINT=1 the application (and the bare Qt program bench/bare_home.cpp, the baseline)
# prints the milliseconds since TENDERPANEL_START_NS, the clock read by this script just before it starts
# the process, once the home list's first paint is flushed to the window, and quits. The script checks that
# figure against its own clock around the whole process. The GUI runs on Xvfb (xvfb-run), or on Qt's offscreen
# platform when xvfb-run is missing (the table says which). Peak memory is the process's peak resident set (wait4).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
export BUILD
targets=(tenderpanel tenderpanel-cli workspace_bench save_bench bare_home json_floor fresh_memory)

if [ "${BENCH_SMOKE:-0}" != 1 ]; then
  if [ ! -f "$BUILD/build.ninja" ] && [ ! -f "$BUILD/Makefile" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
  fi
  cmake --build "$BUILD" -j "${JOBS:-$(nproc)}" --target "${targets[@]}" >&2
  if ! command -v soffice >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || {
      echo "bench: error: soffice (LibreOffice Calc, a baseline) is missing: apt-get install libreoffice-calc" >&2
      exit 1
    }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui ||
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc
    command -v soffice >/dev/null 2>&1 || { echo "bench: error: soffice: installation failed" >&2; exit 1; }
  fi
fi

# The command-line program uses its default platform (offscreen); the GUI programs get BENCH_GUI_PLATFORM.
unset QT_QPA_PLATFORM
export LC_ALL=C.UTF-8
if command -v xvfb-run >/dev/null 2>&1; then
  BENCH_GUI_PLATFORM=xcb exec xvfb-run -a -s "-screen 0 1920x1080x24" python3 "$ROOT/bench/run.py"
else
  BENCH_GUI_PLATFORM=offscreen exec python3 "$ROOT/bench/run.py"
fi
