#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to a passing suite: installs what is
# missing, builds, runs every test tier against real Postfix and Dovecot on loopback,
# then the sanitizer build and the fuzzers. Environment:
#   MAILFIX_FUZZ_SECONDS  seconds per fuzz target (default 20, 0 skips fuzzing; longer runs: tests/fuzz/run-fuzzers.sh)
#   MAILFIX_SKIP_ASAN=1   skip the AddressSanitizer/UBSan pass and the fuzzers
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs=$(nproc 2>/dev/null || echo 2)

./scripts/install-deps.sh --test

step() { printf '\n== %s ==\n' "$*"; }

step "include layers of core/ (tools/layers.txt)"
python3 tools/check-layers.py

step "build (RelWithDebInfo)"
cmake --preset default >/dev/null
cmake --build --preset default -j"$jobs"

# The real-server tiers start Postfix and Dovecot, whose master processes must be
# started by root (they drop privileges themselves). Everything else runs as you.
AS_ROOT=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    echo "The real Postfix and Dovecot of the test suite need root: running ctest through sudo."
    AS_ROOT=(sudo --preserve-env=PATH,HOME,LANG,LC_ALL,CI)
  else
    echo "test.sh: the real-server tests (integration, GUI) start Postfix and Dovecot, which needs root," >&2
    echo "  and there is no sudo here. Run this command as root (su -c ./scripts/test.sh);" >&2
    echo "  running only the tiers that need no root now (unit, hostile)." >&2
    ctest --preset default -j1 --timeout 300 -R '^(unit|hostile):'
    echo "test.sh: integration and GUI tiers NOT run (need root)." >&2
    echo "test.sh: Debian package step NOT run (installing a .deb needs root)." >&2
    exit 1
  fi
fi

step "tests: unit, real servers, hostile, GUI"
"${AS_ROOT[@]}" ctest --preset default -j1 --timeout 300

# The Debian package as a user gets it: built with cpack, installed with apt-get,
# both programs run from /usr/bin, the desktop entry and metainfo validated, removed.
step "Debian package: build, install, run, validate, remove"
if dpkg-query -W -f='${Status}' mailfix 2>/dev/null | grep -q "install ok installed"; then
  echo "test.sh: package step skipped: a mailfix package is already installed here; it is not replaced."
else
  (cd build/default && rm -f mailfix_*.deb && cpack -G DEB >/dev/null)
  deb=$(ls "$root"/build/default/mailfix_*.deb)
  echo "built $deb"
  pkg_fail() { echo "test.sh: package step failed: $*" >&2; "${AS_ROOT[@]}" apt-get remove -y -qq mailfix >/dev/null 2>&1 || true; exit 1; }
  "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null \
    || pkg_fail "apt-get install $deb"
  /usr/bin/mailfix-cli --version || pkg_fail "/usr/bin/mailfix-cli --version"
  QT_QPA_PLATFORM=offscreen /usr/bin/mailfix --version || pkg_fail "/usr/bin/mailfix --version"
  desktop-file-validate /usr/share/applications/io.mailfix.Mailfix.desktop || pkg_fail "desktop-file-validate"
  appstreamcli validate --no-net /usr/share/metainfo/io.mailfix.Mailfix.metainfo.xml || pkg_fail "appstreamcli validate"
  for page in mailfix-cli mailfix; do
    [ -f /usr/share/man/man1/$page.1.gz ] && gzip -t /usr/share/man/man1/$page.1.gz \
      || pkg_fail "no compressed manual page /usr/share/man/man1/$page.1.gz"
  done
  "${AS_ROOT[@]}" apt-get remove -y -qq mailfix >/dev/null || pkg_fail "apt-get remove mailfix"
  echo "package installed, validated and removed"
fi

if [ "${MAILFIX_SKIP_ASAN:-0}" != 1 ]; then
  # One clang build serves both: the suite under ASan+UBSan, and the fuzz targets.
  step "tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$jobs"
  "${AS_ROOT[@]}" ctest --preset asan -j1 --timeout 300

  fuzz_seconds=${MAILFIX_FUZZ_SECONDS:-20}
  if [ "$fuzz_seconds" != 0 ]; then
    step "fuzzing, ${fuzz_seconds}s per target"
    MAILFIX_FUZZ_PRESET=asan MAILFIX_FUZZ_BUILD_DIR="$root/build/asan" tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
  fi
fi
