#!/usr/bin/env bash
# Installs what TenderPanel needs (Debian 12), builds everything once and runs every test headless,
# builds the Debian package and installs it on a clean Debian 12 root, then builds the core tests
# once more with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
bash scripts/build.sh
# CTest starts and stops the PostgreSQL test server (fixture "postgres"); if the run is cut short,
# the server is stopped here all the same.
trap 'bash scripts/pg-test-server.sh stop build/pg-test >/dev/null 2>&1 || true' EXIT
(cd build && ctest --output-on-failure -j "$(nproc)" --timeout 900)

# The Debian package, installed on a clean Debian 12 root (debootstrap; needs root).
if [ "$(id -u)" -eq 0 ] && [ "${TENDERPANEL_SKIP_PACKAGE_TEST:-0}" != 1 ]; then
  bash scripts/test-package.sh build
else
  echo "package test skipped (needs root; TENDERPANEL_SKIP_PACKAGE_TEST=1 skips it on purpose)"
fi

# Sanitizers: the rules, the scenario reader and the model, built apart from the main build.
BUILD_DIR=build-asan BUILD_TYPE=Debug bash scripts/build.sh -DTENDERPANEL_SANITIZE=ON \
  -DTENDERPANEL_BUILD_GUI=OFF -DTENDERPANEL_CORE_TESTS_ONLY=ON
(cd build-asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j "$(nproc)" --timeout 900)
