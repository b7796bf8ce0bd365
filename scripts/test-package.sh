#!/usr/bin/env bash
# Usage: scripts/test-package.sh [BUILD_DIR]   (run as root; BUILD_DIR defaults to build, already built)
# Makes the Debian package with `cpack -G DEB` in BUILD_DIR, installs it with apt on a clean
# Debian 12 (bookworm, minbase) root and checks that the programs run and the desktop files are valid.
# Environment: TENDERPANEL_CI_CACHE (default /var/cache/tenderpanel-ci) keeps the bootstrapped root
# between runs; TENDERPANEL_DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-build}
cache_dir=${TENDERPANEL_CI_CACHE:-/var/cache/tenderpanel-ci}
mirror=${TENDERPANEL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root_tar=$cache_dir/bookworm-minbase.tar
app_id=org.tenderpanel.TenderPanel
example=$here/tests/data/examples/cixi-2014.json

if [ "$(id -u)" -ne 0 ]; then
    echo "test-package.sh: run as root (debootstrap and chroot need it)" >&2
    exit 2
fi
if [ ! -f "$build_dir/CPackConfig.cmake" ]; then
    echo "test-package.sh: $build_dir is not a configured TenderPanel build directory" >&2
    exit 2
fi
build_dir=$(cd "$build_dir" && pwd)

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
finish() {
    echo
    if [ "$failures" -eq 0 ]; then
        echo "test-package.sh: all checks passed"
        exit 0
    fi
    echo "test-package.sh: $failures check(s) failed"
    exit 1
}

# Host tools.
missing=()
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
command -v dpkg-shlibdeps >/dev/null 2>&1 || missing+=(dpkg-dev)
command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing host tools: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The package.
echo "== cpack -G DEB in $build_dir"
out_dir=$build_dir/deb
rm -rf "$out_dir"
if ! (cd "$build_dir" && cpack -G DEB -B "$out_dir"); then
    fail "cpack -G DEB"
    finish
fi
debs=("$out_dir"/tenderpanel_*.deb)
if [ ! -f "${debs[0]}" ] || [ ${#debs[@]} -ne 1 ]; then
    fail "cpack made exactly one tenderpanel_<version>_<arch>.deb in $out_dir"
    finish
fi
deb=${debs[0]}
pass "cpack made $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Architecture Depends
version=$(dpkg-deb --field "$deb" Version)

# A clean Debian 12 root, bootstrapped once and then unpacked from the cache.
root=$(mktemp -d /var/tmp/tenderpanel-root.XXXXXX)
cleanup() {
    if mountpoint -q "$root/proc"; then
        umount "$root/proc" || umount -l "$root/proc" || true
    fi
    if mountpoint -q "$root/proc"; then
        echo "test-package.sh: $root/proc is still mounted; leaving $root in place" >&2
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

mkdir -p "$cache_dir"
start=$SECONDS
(
    flock 9
    if [ ! -s "$root_tar" ]; then
        echo "== debootstrap --variant=minbase bookworm (no cached root in $cache_dir)"
        fresh=$(mktemp -d /var/tmp/tenderpanel-bootstrap.XXXXXX)
        chmod 0755 "$fresh"
        if ! debootstrap --variant=minbase bookworm "$fresh" "$mirror"; then
            rm -rf --one-file-system "$fresh"
            exit 1
        fi
        chroot "$fresh" apt-get clean
        tar -C "$fresh" --numeric-owner -cf "$root_tar.tmp" .
        mv "$root_tar.tmp" "$root_tar"
        rm -rf --one-file-system "$fresh"
        echo "debootstrap: fresh root made and cached in $((SECONDS - start)) s"
    fi
) 9>"$cache_dir/.lock" || {
    fail "debootstrap bookworm minbase from $mirror"
    finish
}
unpack_start=$SECONDS
tar -C "$root" --numeric-owner -xf "$root_tar"
chmod 0755 "$root"
echo "root: unpacked from $root_tar in $((SECONDS - unpack_start)) s (total $((SECONDS - start)) s)"

mount -t proc proc "$root/proc"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/tmp/tp"
cp "$deb" "$example" "$root/tmp/tp/"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

echo "== apt-get install $(basename "$deb") in the clean root"
if in_root sh -c "apt-get update && apt-get install -y /tmp/tp/$(basename "$deb")"; then
    pass "apt-get install $(basename "$deb") on a clean Debian 12"
else
    fail "apt-get install $(basename "$deb") on a clean Debian 12"
    finish
fi

echo "== checks"
if out=$(in_root tenderpanel-cli --version 2>&1) && [[ $out == *"$version"* ]]; then
    pass "tenderpanel-cli --version: $out"
else
    fail "tenderpanel-cli --version: $out"
fi

cli_help=$(in_root tenderpanel-cli --help 2>&1) || true
if grep -q '^  evaluate' <<<"$cli_help"; then
    if out=$(in_root tenderpanel-cli evaluate "/tmp/tp/$(basename "$example")" 2>&1); then
        pass "tenderpanel-cli evaluate $(basename "$example") (exit 0)"
    else
        rc=$?
        printf '%s\n' "$out" | tail -n 20
        fail "tenderpanel-cli evaluate $(basename "$example") (exit $rc)"
    fi
else
    if in_root tenderpanel-cli --help >/dev/null 2>&1; then
        pass "tenderpanel-cli --help (exit 0)"
    else
        fail "tenderpanel-cli --help"
    fi
    echo "SKIP: tenderpanel-cli evaluate: this build has no evaluate command"
fi

# A result notice from the installed command line: its document module, and the PDF module that
# corrects the text maps (both in /usr/lib/<arch>/tenderpanel), are found and loaded.
notice=/tmp/tp/notice.pdf
if out=$(in_root sh -c "XDG_RUNTIME_DIR=/tmp/tp tenderpanel-cli notice /tmp/tp/$(basename "$example") --kind result \
        --out $notice" 2>&1) && [ "$(head -c 5 "$root$notice")" = "%PDF-" ] &&
    ! grep -q tenderpanel-qpdf <<<"$out"; then
    pass "tenderpanel-cli notice $(basename "$example") --kind result: a PDF"
else
    printf '%s\n' "$out" | tail -n 20
    fail "tenderpanel-cli notice $(basename "$example") --kind result"
fi
# The documents' typeface is installed with the programs and found there (the build tree is out of reach
# of the chroot).
if [ -s "$root$notice" ] && pdffonts "$root$notice" 2>/dev/null | grep -q '^TenderPanelSerifSC-Regular '; then
    pass "the notice is set in TenderPanel Serif SC from /usr/share/tenderpanel/fonts"
else
    pdffonts "$root$notice" 2>&1 | tail -n 10
    fail "the notice is not set in TenderPanel Serif SC"
fi

# A score workbook from the installed command line: the module of libxlsxwriter is found and loaded.
workbook=/tmp/tp/scores.xlsx
if out=$(in_root tenderpanel-cli workbook "/tmp/tp/$(basename "$example")" --out $workbook 2>&1) &&
    [ "$(head -c 2 "$root$workbook")" = "PK" ]; then
    pass "tenderpanel-cli workbook $(basename "$example"): an .xlsx"
else
    printf '%s\n' "$out" | tail -n 20
    fail "tenderpanel-cli workbook $(basename "$example")"
fi

# A workspace from the installed command line: import (the core module) and the list, which the program
# prints itself; its first ID is in the JSON list, which the core module prints.
ws=/tmp/tp/ws.sqlite
if in_root tenderpanel-cli --workspace $ws import "/tmp/tp/$(basename "$example")" >/dev/null 2>&1 &&
    text=$(in_root tenderpanel-cli --workspace $ws list 2>&1) && [[ $text == N-*$'\t'* ]] &&
    json=$(in_root tenderpanel-cli --workspace $ws list --format json 2>&1) &&
    [[ $json == *"\"id\": \"${text%%$'\t'*}\""* ]]; then
    pass "tenderpanel-cli import and list: ${text%%$'\t'*}"
else
    printf '%s\n%s\n' "${text:-}" "${json:-}" | tail -n 20
    fail "tenderpanel-cli import and list"
fi

rc=0
out=$(in_root sh -c 'QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/tp timeout 10 tenderpanel --version' 2>&1) || rc=$?
if [ "$rc" -eq 0 ] && [[ $out == *"$version"* ]]; then
    pass "tenderpanel --version (offscreen): $out"
elif [ "$rc" -eq 124 ]; then
    pass "tenderpanel starts (offscreen; still running after 10 s, stopped by timeout)"
else
    printf '%s\n' "$out" | tail -n 20
    fail "tenderpanel (offscreen) exited with $rc"
fi

desktop=$root/usr/share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    pass "installed /usr/share/applications/$app_id.desktop"
    if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate $app_id.desktop"
    else
        printf '%s\n' "$out"
        fail "desktop-file-validate $app_id.desktop"
    fi
    exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    if in_root sh -c "command -v '$exec_cmd'" >/dev/null; then
        pass "Exec=$exec_cmd is on PATH"
    else
        fail "Exec=$exec_cmd is not on PATH"
    fi
else
    fail "/usr/share/applications/$app_id.desktop not installed"
fi

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    if appstreamcli validate --no-net "$metainfo"; then
        pass "appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml"
    else
        fail "appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml"
    fi
else
    fail "/usr/share/metainfo/$app_id.metainfo.xml not installed"
fi

if [ -f "$root/usr/share/mime/packages/$app_id.xml" ]; then
    pass "installed /usr/share/mime/packages/$app_id.xml"
else
    fail "/usr/share/mime/packages/$app_id.xml not installed"
fi
if grep -q 'application/x-tenderpanel-archive:\*\.tparchive' "$root/usr/share/mime/globs2" 2>/dev/null; then
    pass "MIME database maps *.tparchive to application/x-tenderpanel-archive"
else
    fail "MIME database has no *.tparchive glob (shared-mime-info trigger)"
fi

icons=(/usr/share/icons/hicolor/scalable/apps/$app_id.svg)
for size in 16 24 32 48 64 128 256 512; do
    icons+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing_icons=()
for icon in "${icons[@]}"; do
    [ -s "$root$icon" ] || missing_icons+=("$icon")
done
if [ ${#missing_icons[@]} -eq 0 ]; then
    pass "icons installed (scalable SVG and 8 PNG sizes)"
else
    fail "icons missing: ${missing_icons[*]}"
fi

if [ -s "$root/usr/share/doc/tenderpanel/copyright" ]; then
    pass "installed /usr/share/doc/tenderpanel/copyright"
else
    fail "/usr/share/doc/tenderpanel/copyright not installed"
fi

finish
