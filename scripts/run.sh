#!/usr/bin/env bash
# Installs what TenderPanel needs (Debian 12), builds it and starts the desktop application on the
# default workspace (a SQLite file in the user's data folder; TENDERPANEL_WORKSPACE picks another).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DTENDERPANEL_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/gui/tenderpanel "$@"
fi
exec build/app/gui/tenderpanel "$@"
