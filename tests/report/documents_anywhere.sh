#!/usr/bin/env bash
# A document's bytes do not depend on where the program is installed. The program is installed under
# eight prefixes of different names and depths; each installation and the build tree's program write the
# notice, the report and the letters of the examples, which must be the same bytes, set in the program's
# own face. (A document whose bytes followed the path of its fonts would come out the same in two
# places by chance about half the time; in nine places, hardly ever.) An archive sealed by one
# installation must verify with another and with the build tree's program, since `archive verify`
# renders the documents again and compares their bytes.
# usage: documents_anywhere.sh BUILD_DIR CLI EXAMPLES_DIR
set -uo pipefail
build=$1 cli=$2 examples=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fail=0

prefixes=()
for name in a b/c d/e/f opt/tenderpanel usr/local x/y/z/w long-folder-name-1 long-folder-name-22; do
  prefixes+=("$work/$name")
done
for prefix in "${prefixes[@]}"; do
  if ! cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
    echo "FAIL cmake --install --prefix $prefix"
    cat "$work/install.log"
    exit 1
  fi
done
programs=("$cli")
names=("build tree")
for prefix in "${prefixes[@]}"; do
  programs+=("$prefix/bin/tenderpanel-cli")
  names+=("installation in ${prefix#"$work"/}")
done
last=$((${#programs[@]} - 1))

kinds=(result report letters)
for example in cixi-2014 zhaoqing-2025; do
  for i in $(seq 0 "$last"); do
    args=()
    for kind in "${kinds[@]}"; do
      args+=(--kind "$kind" --out "$work/$i-$example-$kind.pdf")
    done
    if ! "${programs[$i]}" notice "$examples/$example.json" "${args[@]}" 2>"$work/err"; then
      echo "FAIL $example: notice by the ${names[$i]} failed"
      cat "$work/err"
      fail=1
    fi
  done
  for kind in "${kinds[@]}"; do
    for i in $(seq 1 "$last"); do
      if ! cmp -s "$work/0-$example-$kind.pdf" "$work/$i-$example-$kind.pdf"; then
        echo "FAIL $example $kind: the ${names[$i]} wrote other bytes than the ${names[0]}"
        fail=1
      fi
    done
    if ! pdffonts "$work/$last-$example-$kind.pdf" | grep -q 'TenderPanelSerifSC-Regular'; then
      echo "FAIL $example $kind: the ${names[$last]} did not set it in its own face"
      fail=1
    fi
  done

  archive="$work/$example.tparchive"
  if ! "${programs[1]}" archive seal "$examples/$example.json" --out "$archive" >/dev/null 2>"$work/err"; then
    echo "FAIL $example: archive seal by the ${names[1]} failed"
    cat "$work/err"
    fail=1
    continue
  fi
  for i in "$last" 0; do
    if ! "${programs[$i]}" archive verify "$archive" >"$work/out" 2>&1; then
      echo "FAIL $example: the archive sealed by the ${names[1]} does not verify with the ${names[$i]}"
      cat "$work/out"
      fail=1
    fi
  done
done

[ "$fail" = 0 ] && echo "PASS the same documents from the build tree and from ${#prefixes[@]} installations"
exit "$fail"
