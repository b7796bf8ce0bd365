#!/bin/sh
# Usage: validate-desktop.sh PACKAGING_DIR
# Runs desktop-file-validate, appstreamcli and xmllint on the files in PACKAGING_DIR/linux and checks
# that every icon the package installs is there. A missing validator is a failure.
set -u
dir=${1:?usage: validate-desktop.sh PACKAGING_DIR}
id=org.tenderpanel.TenderPanel
status=0

fail() {
    echo "FAIL: $*"
    status=1
}

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        fail "$1 not found (install $2: scripts/install-deps.sh)"
        return 1
    fi
}

if need desktop-file-validate desktop-file-utils; then
    if out=$(desktop-file-validate "$dir/linux/$id.desktop" 2>&1) && [ -z "$out" ]; then
        echo "PASS: desktop-file-validate $id.desktop"
    else
        printf '%s\n' "$out"
        fail "desktop-file-validate $id.desktop"
    fi
fi

if need appstreamcli appstream; then
    if appstreamcli validate --no-net "$dir/linux/$id.metainfo.xml"; then
        echo "PASS: appstreamcli validate $id.metainfo.xml"
    else
        fail "appstreamcli validate $id.metainfo.xml"
    fi
fi

if need xmllint libxml2-utils; then
    if xmllint --noout "$dir/linux/$id.mime.xml"; then
        echo "PASS: xmllint $id.mime.xml"
    else
        fail "xmllint $id.mime.xml"
    fi
fi

for f in "$dir/icons/$id.svg" \
    "$dir"/icons/hicolor/16x16/apps/$id.png "$dir"/icons/hicolor/24x24/apps/$id.png \
    "$dir"/icons/hicolor/32x32/apps/$id.png "$dir"/icons/hicolor/48x48/apps/$id.png \
    "$dir"/icons/hicolor/64x64/apps/$id.png "$dir"/icons/hicolor/128x128/apps/$id.png \
    "$dir"/icons/hicolor/256x256/apps/$id.png "$dir"/icons/hicolor/512x512/apps/$id.png; do
    if [ -s "$f" ]; then
        echo "PASS: icon ${f#"$dir"/}"
    else
        fail "icon ${f#"$dir"/} missing"
    fi
done

exit $status
