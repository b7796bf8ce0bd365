#!/usr/bin/env bash
# The score workbook of tenderpanel-cli (`workbook`, .xlsx). Each example's workbook is exported sheet
# by sheet to CSV by LibreOffice (headless), and its figures must be those of `evaluate`: every
# published score, position, share and service area, each panel member's total per bidder and the
# dropped ones, and each score as signed. The package itself is checked with Python's zipfile (sheet
# names, frozen header rows, A4 landscape fitted to the width).
# usage: workbook.sh CLI EXAMPLES_DIR CHECK_SCRIPT
set -uo pipefail
cli=$1 examples=$2 check=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
export TENDERPANEL_WORKSPACE="$work/ws.sqlite" TENDERPANEL_ACTOR=tester
mkdir -p "$HOME" "$work/xlsx"
fail=0
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "FAIL LibreOffice is not installed (libreoffice-calc-nogui: scripts/install-deps.sh)"
  exit 1
fi

examples_used=(cixi-2014 tie-vote reinsurance-2022 zhaoqing-2025)
in=$work/in
mkdir -p "$in"
for example in "${examples_used[@]}"; do cp "$examples/$example.json" "$in/"; done
# And the level criterion: the scores of each criterion are dropped, the totals are shown.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["project"]["trim"]["level"]="criterion"; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False)' \
  "$examples/cixi-2014.json" "$in/cixi-2014-criterion.json"
examples_used+=(cixi-2014-criterion)
for example in "${examples_used[@]}"; do
  "$cli" evaluate "$in/$example.json" --format json >"$work/$example.evaluation.json" 2>"$work/err"
  if ! "$cli" workbook "$in/$example.json" --out "$work/xlsx/$example.xlsx" 2>"$work/err"; then
    echo "FAIL $example: workbook failed"; cat "$work/err"; fail=1; continue
  fi
  # The same input gives the same bytes.
  "$cli" workbook "$in/$example.json" --out "$work/again.xlsx" 2>/dev/null
  if cmp -s "$work/xlsx/$example.xlsx" "$work/again.xlsx"; then
    echo "ok   $example: the same bytes twice"
  else
    echo "FAIL $example: two runs gave different files"; fail=1
  fi
done

# One LibreOffice run exports every sheet of every workbook (the last field, -1: all sheets).
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'
"$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to "$filter" --outdir "$work/csv" \
  "$work"/xlsx/*.xlsx >"$work/lo.log" 2>&1
for example in "${examples_used[@]}"; do
  [ -s "$work/xlsx/$example.xlsx" ] || continue
  python3 "$check" "$in/$example.json" "$work/$example.evaluation.json" "$work/xlsx/$example.xlsx" \
    "$work/csv" || { fail=1; cat "$work/lo.log"; }
done

# From the workspace: the notes carry the head of the audit chain.
"$cli" import "$examples/cixi-2014.json" >"$work/id" 2>"$work/err" || { echo "FAIL import"; cat "$work/err"; fail=1; }
id=$(cat "$work/id")
if "$cli" workbook "$id" --out "$work/ws.xlsx" 2>"$work/err"; then
  "$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to "$filter" --outdir "$work/wscsv" \
    "$work/ws.xlsx" >"$work/lo.log" 2>&1
  notes=$(ls "$work"/wscsv/ws-*.csv | sort | tail -n 1)
  if grep -qE ',[0-9a-f]{64}$' "$work"/wscsv/ws-*.csv && grep -qF "$id" "$work"/wscsv/ws-*.csv; then
    echo "ok   $id: the notes name the negotiation and the head of the audit chain"
  else
    echo "FAIL $id: no audit head in the notes"; cat "$notes"; fail=1
  fi
else
  echo "FAIL $id: workbook failed"; cat "$work/err"; fail=1
fi

# No ranking, no workbook: a scenario still being scored is refused with exit 5, and no file is made.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("scores"); json.dump(d,open(sys.argv[2],"w"))' \
  "$examples/cixi-2014.json" "$work/scoring.json"
"$cli" workbook "$work/scoring.json" --out "$work/scoring.xlsx" 2>"$work/err"
status=$?
if [ $status -eq 5 ] && grep -q "scoring" "$work/err" && [ ! -e "$work/scoring.xlsx" ]; then
  echo "ok   a negotiation still being scored is refused (exit 5)"
else
  echo "FAIL scoring: exit $status, $(cat "$work/err")"; fail=1
fi
exit $fail
