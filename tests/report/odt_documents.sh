#!/usr/bin/env bash
# The editable documents of tenderpanel-cli: notice, report, letters and the robustness analysis as
# OpenDocument text (.odt).
# Each .odt is converted to PDF by LibreOffice (headless), and the text of that PDF must carry the
# same bidder names, scores and dates as the program's own PDF of the same document.
# usage: odt_documents.sh CLI EXAMPLES_DIR COMPARE_SCRIPT
set -uo pipefail
cli=$1 examples=$2 compare=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
fail=0
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "FAIL LibreOffice is not installed (libreoffice-writer-nogui: scripts/install-deps.sh)"
  exit 1
fi

examples_used=(cixi-2014 tie-vote zhaoqing-2025)
kinds=(result report letters robustness)
for example in "${examples_used[@]}"; do
  args=()
  for kind in "${kinds[@]}"; do
    args+=(--kind "$kind" --out "$work/$example-$kind.pdf" --kind "$kind" --out "$work/odt/$example-$kind.odt")
  done
  mkdir -p "$work/odt"
  if ! "$cli" notice "$examples/$example.json" "${args[@]}" 2>"$work/err"; then
    echo "FAIL $example: notice failed"; cat "$work/err"; fail=1
  fi
done
# One LibreOffice run converts them all (it takes seconds to start).
"$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/lo" \
  "$work"/odt/*.odt >"$work/lo.log" 2>&1
for example in "${examples_used[@]}"; do
  for kind in "${kinds[@]}"; do
    odt="$work/odt/$example-$kind.odt"
    # A zip whose first entry is the stored mimetype, as the OpenDocument format requires.
    if [ "$(head -c 77 "$odt" | tail -c 47)" != "mimetypeapplication/vnd.oasis.opendocument.text" ]; then
      echo "FAIL $example $kind: not an OpenDocument text"; fail=1; continue
    fi
    converted="$work/lo/$example-$kind.pdf"
    if [ ! -s "$converted" ]; then
      echo "FAIL $example $kind: LibreOffice did not convert the .odt"; cat "$work/lo.log"; fail=1; continue
    fi
    if python3 "$compare" "$examples/$example.json" "$work/$example-$kind.pdf" "$converted"; then
      echo "ok   $example $kind: LibreOffice reads the .odt with the names, scores and dates of the PDF"
    else
      fail=1
    fi
    # The file names the system's Noto Serif CJK SC, never the programs' own face, which a word processor
    # elsewhere lacks; LibreOffice then sets the text in Noto Serif CJK.
    named=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("content.xml").decode())' "$odt")
    if grep -q 'TenderPanel Serif' <<<"$named" || ! grep -q 'font-family="Noto Serif CJK SC"' <<<"$named"; then
      echo "FAIL $example $kind: the .odt does not name Noto Serif CJK SC alone"; fail=1
    elif ! pdffonts "$converted" | grep -q 'NotoSerifCJK'; then
      echo "FAIL $example $kind: LibreOffice did not set the .odt in Noto Serif CJK"; pdffonts "$converted"; fail=1
    else
      echo "ok   $example $kind: the .odt is set in Noto Serif CJK SC by LibreOffice"
    fi
  done
done
# The comparison notices a document that says something else.
if python3 "$compare" "$examples/cixi-2014.json" "$work/cixi-2014-report.pdf" "$work/lo/cixi-2014-result.pdf" \
  >/dev/null; then
  echo "FAIL the comparison took the notice for the report"; fail=1
else
  echo "ok   the comparison tells the notice from the report"
fi

# Only .pdf, .html and .odt are made; the refusal speaks the user's language.
for lang in en zh_CN; do
  if TENDERPANEL_LANG=$lang "$cli" notice "$examples/cixi-2014.json" --kind result --out "$work/x.doc" 2>"$work/err"; then
    echo "FAIL .doc accepted"; fail=1; continue
  fi
  case $lang in
    en) want="needs a path ending in .pdf, .html or .odt" ;;
    *) want="需要一个以 .pdf、.html 或 .odt 结尾的路径" ;;
  esac
  if grep -qF -- "error: --out: $want" "$work/err"; then
    echo "ok   .doc refused ($lang)"
  else
    echo "FAIL .doc refused with: $(cat "$work/err")"; fail=1
  fi
done
[ ! -e "$work/x.doc" ] || { echo "FAIL x.doc was written"; fail=1; }
exit $fail
