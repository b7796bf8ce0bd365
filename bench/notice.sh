#!/usr/bin/env bash
# Benchmark: the Cixi result notice as PDF with `tenderpanel-cli notice` versus the spreadsheet route
# (a 7 x 3 table of panel totals with TRIMMEAN formulas converted to PDF by LibreOffice Calc).
# usage: bench/notice.sh [RUNS]   (TP_CLI=path/to/tenderpanel-cli to choose the binary)
# Installs libreoffice-calc-nogui (or libreoffice-calc) with apt-get when soffice is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
cli=${TP_CLI:-}
for candidate in build/app/cli/tenderpanel-cli build-report/app/cli/tenderpanel-cli; do
  [ -z "$cli" ] && [ -x "$candidate" ] && cli=$candidate
done
[ -n "$cli" ] || { echo "notice.sh: build tenderpanel-cli first (or set TP_CLI)" >&2; exit 2; }
scenario=tests/data/examples/cixi-2014.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

if ! command -v soffice >/dev/null 2>&1; then
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui ||
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc
fi

# The spreadsheet a clerk would build: one row per bidder, one column per panel member (total of
# the member's criterion scores), and =TRIMMEAN(...; 2/7) dropping the highest and lowest.
python3 - "$scenario" "$work/scores.fods" "$work/scores.csv" <<'PY'
import json, sys
from decimal import Decimal
from xml.sax.saxutils import escape
s = json.load(open(sys.argv[1], encoding="utf-8"))
panel = [p["id"] for p in s["panel"]]
names = {b["id"]: b["name"] for b in s["bidders"]}
totals = {}
for e in s["scores"]:
    key = (e["bidder"], e["panelist"])
    totals[key] = totals.get(key, Decimal(0)) + Decimal(str(e["score"]))
bidders = [b for b in names if any(k[0] == b for k in totals)]
n = len(panel)
last = chr(ord("A") + n)
rows = []
csv = ["bidder," + ",".join(panel) + ",score"]
for r, b in enumerate(bidders, start=2):
    cells = "".join(f'<table:table-cell office:value-type="float" office:value="{totals[(b, p)]}"/>' for p in panel)
    rows.append(f'<table:table-row><table:table-cell office:value-type="string"><text:p>{escape(names[b])}</text:p>'
                f'</table:table-cell>{cells}<table:table-cell table:formula="of:=ROUND(TRIMMEAN([.B{r}:.{last}{r}];2/{n});2)"/>'
                f'</table:table-row>')
    csv.append(names[b] + "," + ",".join(str(totals[(b, p)]) for p in panel) + f",=ROUND(TRIMMEAN(B{r}:{last}{r};2/{n});2)")
head = '<table:table-row><table:table-cell office:value-type="string"><text:p>谈判人</text:p></table:table-cell>' + \
       "".join(f'<table:table-cell office:value-type="string"><text:p>{p}</text:p></table:table-cell>' for p in panel) + \
       '<table:table-cell office:value-type="string"><text:p>得分</text:p></table:table-cell></table:table-row>'
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="scores">{head}{"".join(rows)}</table:table></office:spreadsheet></office:body>
</office:document>
'''
open(sys.argv[2], "w", encoding="utf-8").write(doc)
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(csv) + "\n")
PY

profile="file://$work/lo-profile"
spreadsheet() { soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/scores.fods" >/dev/null 2>&1; }
notice() { "$cli" notice "$scenario" --kind result --out "$work/notice.pdf" 2>/dev/null || { echo "notice.sh: $cli notice failed (an old build?)" >&2; return 1; }; }

spreadsheet # first start creates the LibreOffice profile; not timed
notice
pdftotext "$work/lo/scores.pdf" - | grep -q '85.7' || { echo "notice.sh: the spreadsheet did not compute 85.7" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" -n tenderpanel "$cli notice $scenario --kind result --out $work/notice.pdf" \
    -n libreoffice "soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $work/lo $work/scores.fods"
  exit 0
fi

mean_ms() { # mean_ms FUNCTION RUNS
  local start end total=0
  for _ in $(seq "$2"); do
    start=$(date +%s%N); "$1"; end=$(date +%s%N)
    total=$((total + end - start))
  done
  echo $((total / $2 / 1000000))
}
tp=$(mean_ms notice "$runs")
lo=$(mean_ms spreadsheet "$runs")
echo "runs: $runs"
echo "tenderpanel-cli notice (result, PDF):     ${tp} ms"
echo "LibreOffice TRIMMEAN sheet -> PDF:        ${lo} ms"
awk -v a="$lo" -v b="$tp" 'BEGIN { if (b > 0) printf "ratio (LibreOffice / TenderPanel):        %.1fx\n", a / b }'
