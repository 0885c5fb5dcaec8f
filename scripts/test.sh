#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to a passing suite: installs what is
# missing, builds, runs every test tier against real Postfix and Dovecot on loopback,
# then the sanitizer build and the fuzzers. Environment:
#   MAILFIX_FUZZ_SECONDS  seconds per fuzz target (default 60, 0 skips fuzzing)
#   MAILFIX_SKIP_ASAN=1   skip the AddressSanitizer/UBSan pass and the fuzzers
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs=$(nproc 2>/dev/null || echo 2)

./scripts/install-deps.sh --test

step() { printf '\n== %s ==\n' "$*"; }

step "build (RelWithDebInfo)"
cmake --preset default >/dev/null
cmake --build --preset default -j"$jobs"

step "tests: unit, real servers, hostile, GUI"
ctest --preset default -j1 --timeout 300

if [ "${MAILFIX_SKIP_ASAN:-0}" != 1 ]; then
  # One clang build serves both: the suite under ASan+UBSan, and the fuzz targets.
  step "tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$jobs"
  ctest --preset asan -j1 --timeout 300

  fuzz_seconds=${MAILFIX_FUZZ_SECONDS:-60}
  if [ "$fuzz_seconds" != 0 ]; then
    step "fuzzing, ${fuzz_seconds}s per target"
    MAILFIX_FUZZ_PRESET=asan MAILFIX_FUZZ_BUILD_DIR="$root/build/asan" tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
  fi
fi
