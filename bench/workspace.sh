#!/bin/sh
# Times opening, listing and searching a workspace of N negotiations (default 2000) with
# tenderpanel-cli, against the same queries run by the engine's own client on the same data: `sqlite3`
# on a workspace file, or (ENGINE=postgres) `psql` on a database of a throw-away PostgreSQL server
# started for the run (scripts/pg-test-server.sh; as the unprivileged user postgres when run by root).
# Each figure is the mean wall time of one process run (start-up and connection included on both sides).
#
#   cmake --build BUILD --target tenderpanel-cli workspace_bench
#   bench/workspace.sh [BUILD] [N] [RUNS]
#   ENGINE=postgres bench/workspace.sh [BUILD] [N] [RUNS]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
N=${2:-2000}
RUNS=${3:-10}
CLI=$BUILD/app/cli/tenderpanel-cli
TOOL=$BUILD/bench/workspace_bench
ENGINE=${ENGINE:-sqlite}
for f in "$CLI" "$TOOL"; do [ -x "$f" ] || { echo "error: $f: not built" >&2; exit 2; }; done

DIR=$(mktemp -d)
if [ "$ENGINE" = postgres ]; then
    command -v psql >/dev/null || { echo "error: psql: not installed" >&2; exit 2; }
    trap 'bash "$ROOT/scripts/pg-test-server.sh" stop "$DIR/pg"; rm -rf "$DIR"' EXIT
    bash "$ROOT/scripts/pg-test-server.sh" start "$DIR/pg"
    SERVER=$(cat "$DIR/pg/uri")
    psql -q "$SERVER" -c "CREATE DATABASE bench"
    WS=${SERVER%/*}/bench
    CLIENT=psql
    raw() { psql -qAt "$WS" -c "$1"; }
    PROBE="SELECT COUNT(*) FROM pg_catalog.pg_class"
else
    command -v sqlite3 >/dev/null || { echo "error: sqlite3: not installed" >&2; exit 2; }
    trap 'rm -rf "$DIR"' EXIT
    WS=$DIR/workspace.sqlite
    CLIENT=sqlite3
    raw() { sqlite3 "$WS" "$1"; }
    PROBE="SELECT COUNT(*) FROM sqlite_master"
fi
"$TOOL" generate "$ROOT/tests/data/examples/cixi-2014.json" "$WS" "$N"
if [ "$ENGINE" = postgres ]; then
    echo "workspace: $(raw "SELECT pg_database_size('bench') / 1024") KiB on PostgreSQL, $N negotiations"
else
    echo "workspace: $(du -k "$WS" | cut -f1) KiB, $N negotiations"
fi

# mean milliseconds of RUNS runs of a command
mean_ms() {
    start=$(date +%s%N)
    i=0
    while [ $i -lt "$RUNS" ]; do "$@" >/dev/null; i=$((i + 1)); done
    end=$(date +%s%N)
    echo $(( (end - start) / RUNS / 1000 )) | awk '{ printf "%.1f", $1 / 1000 }'
}

TERM_TEXT="第$((N - 1))批" # the title of the newest negotiation but one
# The same SQL as `list` and `list --search`, as bench/run.py takes it from core/store/SummaryQuery.h: one
# statement a line.
SQL=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import run; print("\n".join(run.list_queries(sys.argv[2])))' \
    "$ROOT/bench" "$TERM_TEXT")
LIST_SQL=$(printf '%s\n' "$SQL" | sed -n 1p)
SEARCH_SQL=$(printf '%s\n' "$SQL" | sed -n 2p)

report() {
    echo "$1 $2 $3 $CLIENT" | awk '{ printf "%-7s tenderpanel %8.1f ms   %-7s %8.1f ms   ratio %5.2f\n", $1, $2, $4, $3, $2 / $3 }'
}

tp_open=$(mean_ms "$TOOL" open "$WS")
sq_open=$(mean_ms raw "$PROBE")
tp_list=$(mean_ms "$CLI" --workspace "$WS" list)
sq_list=$(mean_ms raw "$LIST_SQL")
tp_search=$(mean_ms "$CLI" --workspace "$WS" list --search "$TERM_TEXT")
sq_search=$(mean_ms raw "$SEARCH_SQL")

[ "$("$CLI" --workspace "$WS" list | wc -l)" -eq "$N" ] || { echo "error: list: not $N lines" >&2; exit 1; }
[ "$("$CLI" --workspace "$WS" list --search "$TERM_TEXT" | wc -l)" -eq 1 ] || { echo "error: search: not 1 line" >&2; exit 1; }

report open "$tp_open" "$sq_open"
report list "$tp_list" "$sq_list"
report search "$tp_search" "$sq_search"
