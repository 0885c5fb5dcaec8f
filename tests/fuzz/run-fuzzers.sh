#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (CMake preset "fuzz", clang) and runs each for
# SECONDS (default 60). Prints executions and coverage per target; exits non-zero
# when a target crashes, leaks, times out or fails its assertions.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]
# Environment: MAILFIX_FUZZ_PRESET (default fuzz; asan reuses the sanitizer build),
#              MAILFIX_FUZZ_BUILD_DIR (default build/fuzz), MAILFIX_FUZZ_JOBS (-j, default 2),
#              MAILFIX_FUZZ_TARGETS (space-separated subset), MAILFIX_FUZZ_MAX_LEN (default 8192).
set -euo pipefail

SECONDS_PER_TARGET="${1:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${MAILFIX_FUZZ_BUILD_DIR:-$ROOT/build/fuzz}"
JOBS="${MAILFIX_FUZZ_JOBS:-2}"
MAX_LEN="${MAILFIX_FUZZ_MAX_LEN:-8192}"
SEEDS="$ROOT/tests/fuzz/corpus"
WORK="$BUILD/fuzz-work"

cmake --preset "${MAILFIX_FUZZ_PRESET:-fuzz}" -B "$BUILD" >/dev/null
cmake --build "$BUILD" --target fuzzers -j "$JOBS"

targets="${MAILFIX_FUZZ_TARGETS:-}"
if [[ -z "$targets" ]]; then
  for exe in "$BUILD"/tests/fuzz/fuzz_*; do
    [[ -x "$exe" && -f "$exe" ]] && targets+="$(basename "$exe") "
  done
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp:print_suppressions=0}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false;qt.network.ssl.warning=false}"

status=0
printf '%-20s %12s %8s %8s %8s  %s\n' target execs exec/s cov ft result
for t in $targets; do
  mkdir -p "$WORK/$t" "$WORK/artifacts/$t"
  log="$WORK/$t.log"
  seed=()
  [[ -d "$SEEDS/$t" ]] && seed=("$SEEDS/$t")
  set +e
  "$BUILD/tests/fuzz/$t" -max_total_time="$SECONDS_PER_TARGET" -max_len="$MAX_LEN" -timeout=25 \
      -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$t/" "$WORK/$t" "${seed[@]}" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || true)
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || true)
  result=ok
  if [[ $rc -ne 0 ]]; then
    result="FAILED (rc $rc, see $log)"
    status=1
  fi
  printf '%-20s %12s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
if [[ $status -ne 0 ]]; then
  echo "Crash inputs are in $WORK/artifacts/<target>/; rerun one with: $BUILD/tests/fuzz/<target> <file>" >&2
fi
exit $status
