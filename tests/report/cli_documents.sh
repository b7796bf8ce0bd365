#!/usr/bin/env bash
# The document commands of tenderpanel-cli end to end: notice/report/letters/robustness as PDF and HTML, the
# OCDS release validated against the official schema, archive seal + verify, and exit codes.
# usage: cli_documents.sh CLI EXAMPLES_DIR RELEASE_SCHEMA VALIDATOR
set -uo pipefail
cli=$1 examples=$2 schema=$3 validator=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The user's own settings and default workspace stay out of the test.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
# The workspace: a file, or (TP_TEST_ENGINE=postgres) a new database on the test server.
ws="$work/ws.sqlite"
if [ "${TP_TEST_ENGINE:-}" = postgres ]; then
  server=$(cat "$TP_TEST_PG_STATE/uri")
  database="tp_documents_$$"
  psql -q "$server" -c "CREATE DATABASE $database" || exit 1
  ws="${server%/*}/$database"
fi
fail=0
check() { # check NAME EXPECTED_EXIT COMMAND...
  local name=$1 expected=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  if [ "$rc" -ne "$expected" ]; then
    echo "FAIL $name: exit $rc, expected $expected"; cat "$work/err"; fail=1
  else
    echo "ok   $name"
  fi
}

# A python3 that has jsonschema (the Debian package installs it for /usr/bin/python3).
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import jsonschema' 2>/dev/null; then python=$candidate; break; fi
done

for example in cixi-2014 reinsurance-2022 tie-vote; do
  file="$examples/$example.json"
  for kind in result report letters robustness; do
    check "$example notice $kind pdf" 0 "$cli" notice "$file" --kind $kind --out "$work/$example-$kind.pdf"
    check "$example notice $kind html" 0 "$cli" notice "$file" --kind $kind --out "$work/$example-$kind.html"
    head -c 5 "$work/$example-$kind.pdf" | grep -q '%PDF-' || { echo "FAIL $example $kind is not a PDF"; fail=1; }
  done
  check "$example ocds" 0 "$cli" ocds "$file" --out "$work/$example-ocds.json"
  if [ -n "$python" ]; then
    if "$python" "$validator" "$schema" "$work/$example-ocds.json"; then
      echo "ok   $example ocds validates against $(basename "$schema")"
    else
      echo "FAIL $example ocds does not validate"; fail=1
    fi
  else
    echo "FAIL no python3 with jsonschema (install python3-jsonschema)"; fail=1
  fi
  check "$example archive seal" 0 "$cli" archive seal "$file" --out "$work/$example.tparchive"
  digest=$(cat "$work/out")
  check "$example archive verify" 0 "$cli" archive verify "$work/$example.tparchive"
  [ "$(cat "$work/out")" = "ok $digest" ] || { echo "FAIL verify printed $(cat "$work/out"), sealed $digest"; fail=1; }
  check "$example archive seal again" 0 "$cli" archive seal "$file" --out "$work/$example-2.tparchive"
  cmp -s "$work/$example.tparchive" "$work/$example-2.tparchive" || { echo "FAIL sealing twice differs"; fail=1; }
  # The robustness analysis is in the archive of a final result, as `notice --kind robustness` makes it.
  tar -xOf "$work/$example.tparchive" robustness.pdf | cmp -s - "$work/$example-robustness.pdf" ||
    { echo "FAIL $example: the archive's robustness.pdf is not the robustness analysis"; fail=1; }
done
pdftotext "$work/cixi-2014-robustness.pdf" - | tr -d ' ' | grep -q '6\.70' ||
  { echo "FAIL the cixi robustness analysis lacks the margin 6.70"; fail=1; }

# Several documents from one command: the same bytes as one command per document; the --kind and --out
# pairs must match, and a path is given once.
for example in cixi-2014 tie-vote; do
  file="$examples/$example.json"
  check "$example notice, four kinds at once" 0 "$cli" notice "$file" --kind letters --kind result --kind report \
    --kind result --kind robustness --out "$work/one-letters.pdf" --out "$work/one-result.pdf" \
    --out "$work/one-report.pdf" --out "$work/one-result.html" --out "$work/one-robustness.pdf"
  for kind in result report letters robustness; do
    cmp -s "$work/one-$kind.pdf" "$work/$example-$kind.pdf" ||
      { echo "FAIL $example $kind.pdf from one command differs from its own command's"; fail=1; }
  done
  cmp -s "$work/one-result.html" "$work/$example-result.html" ||
    { echo "FAIL $example result.html from one command differs from its own command's"; fail=1; }
done
check "notice, a --kind without its --out" 2 "$cli" notice "$examples/cixi-2014.json" --kind result --kind report \
  --out "$work/unpaired.pdf"
[ ! -e "$work/unpaired.pdf" ] || { echo "FAIL an unpaired --kind still wrote a file"; fail=1; }
check "notice, the same --out twice" 2 "$cli" notice "$examples/cixi-2014.json" --kind result --kind report \
  --out "$work/twice.pdf" --out "$work/twice.pdf"
check "notice, --bidder without letters" 2 "$cli" notice "$examples/cixi-2014.json" --kind result --kind report \
  --out "$work/b1.pdf" --out "$work/b2.pdf" --bidder B1

# The document details a scenario file carries are printed: the notice and the letters name the contact,
# the report the opening and the draw's witnesses.
python3 - "$examples/cixi-2014.json" "$work/details.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["project"].update({"basis": "谈判文件(慈医保〔2014〕12号)", "challenge_address": "三北大街1号302室",
                     "contact_person": "孙敏", "contact_phone": "0574-63900002"})
s["opening"] = {"opened_at": "2014-08-04T15:05:00+08:00", "witnesses": ["周平", "吴刚"]}
s["draw"]["witnesses"] = ["冯洁"]
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
for kind in result letters report; do
  check "details $kind html" 0 "$cli" notice "$work/details.json" --kind $kind --out "$work/details-$kind.html"
done
grep -q '孙敏' "$work/details-result.html" && grep -q '三北大街1号302室' "$work/details-result.html" &&
  grep -q '0574-63900002' "$work/details-letters.html" && grep -q '周平、吴刚' "$work/details-report.html" &&
  grep -q '冯洁' "$work/details-report.html" ||
  { echo "FAIL the document details of the scenario file are not printed"; fail=1; }

# One changed byte: exit 4 naming what differs.
cp "$work/cixi-2014.tparchive" "$work/bad.tparchive"
old=$(dd if="$work/bad.tparchive" bs=1 skip=3000 count=1 status=none)
if [ "$old" = X ]; then new=Y; else new=X; fi
printf '%s' "$new" | dd of="$work/bad.tparchive" bs=1 seek=3000 conv=notrunc status=none
check "tampered archive" 4 "$cli" archive verify "$work/bad.tparchive"
grep -q '^error: ' "$work/err" || { echo "FAIL no error line"; fail=1; }

# Service areas (Zhaoqing): every document of each winner names its area and places; the OCDS
# release has one award per winner with its area as the award's item; the archive verifies.
zq="$examples/zhaoqing-2025.json"
for kind in result report letters; do
  check "zhaoqing notice $kind" 0 "$cli" notice "$zq" --kind $kind --out "$work/zq-$kind.pdf"
  pdftotext "$work/zq-$kind.pdf" - | tr -d ' \n\f' >"$work/zq-$kind.txt"
  for text in 第一服务区域 端州区\(含市直\) 鼎湖区 高要区 第二服务区域 四会市 广宁县 肇庆高新区 第三服务区域 怀集县 封开县 德庆县; do
    grep -q "$text" "$work/zq-$kind.txt" || { echo "FAIL zhaoqing $kind lacks $text"; fail=1; }
  done
  grep -q 'null' "$work/zq-$kind.txt" && { echo "FAIL zhaoqing $kind prints null"; fail=1; }
done
grep -q '%' "$work/zq-result.txt" && { echo "FAIL the zhaoqing notice shows a share"; fail=1; }
check "zhaoqing ocds" 0 "$cli" ocds "$zq" --out "$work/zq-ocds.json"
if [ -n "$python" ]; then
  "$python" "$validator" "$schema" "$work/zq-ocds.json" || { echo "FAIL zhaoqing ocds does not validate"; fail=1; }
  "$python" - "$work/zq-ocds.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
awards = r.get("awards", [])
want = {"第一服务区域": "端州区(含市直)、鼎湖区、高要区", "第二服务区域": "四会市、广宁县、肇庆高新区",
        "第三服务区域": "怀集县、封开县、德庆县"}
ok = len(awards) == 3 and len({a["suppliers"][0]["id"] for a in awards}) == 3
for award, (name, places) in zip(awards, want.items()):
    items = award.get("items", [])
    ok = ok and len(items) == 1 and name in items[0]["description"] and places in items[0]["description"]
    ok = ok and name in award["description"] and places in award["description"] and "%" not in award["title"]
print("ok   zhaoqing ocds: one award per winner, each with its area" if ok else "FAIL zhaoqing ocds awards")
sys.exit(0 if ok else 1)
PY
fi
check "zhaoqing archive seal" 0 "$cli" archive seal "$zq" --out "$work/zq.tparchive"
digest=$(cat "$work/out")
check "zhaoqing archive verify" 0 "$cli" archive verify "$work/zq.tparchive"
[ "$(cat "$work/out")" = "ok $digest" ] || { echo "FAIL zhaoqing verify printed $(cat "$work/out"), sealed $digest"; fail=1; }
tar -xOf "$work/zq.tparchive" record.json > "$work/zq-record.json"
grep -q '"areas"' "$work/zq-record.json" || { echo "FAIL the zhaoqing record lacks its areas"; fail=1; }

# Usage and input errors.
check "missing file" 2 "$cli" notice "$work/none.json" --kind result --out "$work/x.pdf"
check "bad kind" 2 "$cli" notice "$examples/cixi-2014.json" --kind poster --out "$work/x.pdf"
check "bad extension" 2 "$cli" notice "$examples/cixi-2014.json" --kind result --out "$work/x.doc"
check "verify missing file" 2 "$cli" archive verify "$work/none.tparchive"
check "unknown archive action" 2 "$cli" archive open "$work/x"
[ ! -e "$work/x.pdf" ] || { echo "FAIL a file was written on error"; fail=1; }

# Not finished yet: a tie without its vote cannot be published or sealed.
"$python" - "$examples/tie-vote.json" "$work/open-tie.json" <<'PY' 2>/dev/null || sed 's/"votes"/"x_votes"/' "$examples/tie-vote.json" > "$work/open-tie.json"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d.pop("votes", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
check "notice before the vote" 5 "$cli" notice "$work/open-tie.json" --kind result --out "$work/t.pdf"
check "report before the vote" 0 "$cli" notice "$work/open-tie.json" --kind report --out "$work/t.pdf"
check "seal before the vote" 5 "$cli" archive seal "$work/open-tie.json" --out "$work/t.tparchive"
# The robustness analysis needs a ranking: before the vote it has one, a failed negotiation has none.
check "robustness before the vote" 0 "$cli" notice "$work/open-tie.json" --kind robustness --out "$work/t-rob.pdf"
python3 - "$examples/cixi-2014.json" "$work/failed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["project"]["min_bidders"] = 9
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
check "robustness of a failed negotiation" 5 "$cli" notice "$work/failed.json" --kind robustness --out "$work/f.pdf"
grep -Eq 'error: .*(status failed|状态 failed)' "$work/err" ||
  { echo "FAIL the refusal of a failed negotiation's analysis says: $(cat "$work/err")"; fail=1; }
[ ! -e "$work/f.pdf" ] || { echo "FAIL a failed negotiation's analysis was written"; fail=1; }
check "failed archive seal" 0 "$cli" archive seal "$work/failed.json" --out "$work/failed.tparchive"
tar -tf "$work/failed.tparchive" | grep -q robustness && { echo "FAIL a failed negotiation's archive has an analysis"; fail=1; }
check "failed archive verify" 0 "$cli" archive verify "$work/failed.tparchive"

# A workspace negotiation (ID) gives the notice of its scenario file plus the record anchor (the
# audit chain head) at its end; the report carries the head in its footers.
id=$("$cli" --workspace "$ws" import "$examples/cixi-2014.json" 2>/dev/null)
head=$("$cli" --workspace "$ws" audit verify 2>/dev/null | awk '{print $3}')
check "notice by id" 0 "$cli" --workspace "$ws" notice "$id" --kind result --out "$work/id-notice.pdf"
pdftotext "$work/id-notice.pdf" "$work/id-notice.txt"
pdftotext "$work/cixi-2014-result.pdf" "$work/file-notice.txt"
diff "$work/file-notice.txt" "$work/id-notice.txt" | grep -q '^<' &&
  { echo "FAIL notice by id is not the notice by file plus the anchor"; fail=1; }
[ -n "$head" ] && grep -q "$head" "$work/id-notice.txt" ||
  { echo "FAIL notice by id lacks the record anchor $head"; fail=1; }
grep -q '记录锚点' "$work/file-notice.txt" && { echo "FAIL notice from a file has a record anchor"; fail=1; }
check "report by id" 0 "$cli" --workspace "$ws" notice "$id" --kind report --out "$work/id-report.pdf"
pdftotext "$work/id-report.pdf" "$work/id-report.txt"
[ -n "$head" ] && grep -q "$head" "$work/id-report.txt" ||
  { echo "FAIL report by id lacks the audit head $head"; fail=1; }
# A workspace negotiation is sealed as the last step of its procedure, once its notice is published
# (tst_workspace_documents seals a published one by its id).
check "seal by id before publication" 5 "$cli" --workspace "$ws" archive seal "$id" --out "$work/id.tparchive"
[ ! -e "$work/id.tparchive" ] || { echo "FAIL an unpublished negotiation was sealed"; fail=1; }
check "unknown id" 2 "$cli" --workspace "$ws" notice 999 --kind result --out "$work/x.pdf"

exit $fail
