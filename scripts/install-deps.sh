#!/usr/bin/env bash
# Installs everything TenderPanel needs to build, run and test on Debian 12 (run as root).
set -euo pipefail
SUDO=
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "install-deps.sh: run as root (or install sudo)" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake ninja-build pkg-config git lld
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
  libqt6opengl6-dev libgl-dev libegl-dev libvulkan-dev nlohmann-json3-dev libsimdjson-dev libsqlite3-dev
  nettle-dev
  fonts-noto-cjk python3-fonttools xvfb xauth poppler-utils sqlite3 python3 python3-jsonschema libreoffice-writer-nogui
  libqpdf-dev qpdf libqrencode-dev zbar-tools libxlsxwriter-dev libreoffice-calc-nogui
  postgresql postgresql-client
  desktop-file-utils appstream libxml2-utils
)
if [ "${TENDERPANEL_DEPS_SKIP_UPDATE:-0}" != 1 ]; then
  $SUDO apt-get update
fi
$SUDO apt-get install -y --no-install-recommends "${packages[@]}"
