#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Mailfix benchmark: full check vs the round-trip floor vs swaks + openssl, wizard first
# paint, peak memory. One command on Linux (Debian 12); needs root for the test servers
# (tests/servers/mailservers.py), like scripts/test.sh.
#
#   bench/run.sh [-n RUNS] [--rtt MS] [--build DIR] [--no-wizard]
#
# Builds a Release build in build/bench unless --build (or MAILFIX_BUILD_DIR) names one
# that holds app/cli/mailfix-cli and app/wizard/mailfix. Writes bench/results/latest.md
# (git-ignored) and latest.json. Exit status 0 when every run succeeded and Postfix's
# pipelining guard never fired; targets are shown, not asserted.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
runs=7
rtt=50
build="${MAILFIX_BUILD_DIR:-}"
wizard=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n|--runs) runs="$2"; shift 2 ;;
    --rtt) rtt="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --no-wizard) wizard=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "usage: $0 [-n RUNS] [--rtt MS] [--build DIR] [--no-wizard]" >&2; exit 2 ;;
  esac
done

missing=()
for c in python3 swaks openssl postconf dovecot xvfb-run; do
  command -v "$c" >/dev/null || missing+=("$c")
done
perl -MNet::SSLeay -e1 2>/dev/null || missing+=("perl Net::SSLeay (libnet-ssleay-perl, swaks TLS)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: missing: ${missing[*]}" >&2
  echo "bench: run scripts/install-deps.sh --test first" >&2
  exit 2
fi

if [ -z "$build" ]; then
  build="$repo/build/bench"
  if [ ! -x "$build/app/cli/mailfix-cli" ] || [ ! -x "$build/app/wizard/mailfix" ]; then
    echo "bench: building a Release build in $build" >&2
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  ninja -C "$build" mailfix-cli mailfix >/dev/null
  git -C "$repo" describe --always --dirty > "$build/.bench-commit" 2>/dev/null || true
fi
cli="$build/app/cli/mailfix-cli"
wiz="$build/app/wizard/mailfix"
[ -x "$cli" ] || { echo "bench: $cli not found" >&2; exit 2; }
build_commit="$(cat "$build/.bench-commit" 2>/dev/null || echo "unknown (prebuilt $build)")"
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || true)"
case "$build_type" in
  Release|RelWithDebInfo|MinSizeRel) ;;
  *) echo "bench: warning: $build is a '${build_type:-unknown}' build; measure a Release build" >&2 ;;
esac

state="$(mktemp -d /tmp/mailfix-bench.XXXXXX)"
chmod 755 "$state"
cleanup() {
  python3 "$repo/tests/servers/mailservers.py" stop --dir "$state" >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

python3 "$repo/tests/servers/mailservers.py" start --dir "$state" >/dev/null

mkdir -p "$here/results"
args=(--servers "$state/servers.json" --cli "$cli" --runs "$runs" --rtt "$rtt" --build-type "${build_type:-?}"
      --build-commit "$build_commit"
      --out "$here/results/latest.md" --json-out "$here/results/latest.json")
[ "$wizard" = 1 ] && [ -x "$wiz" ] && args+=(--wizard "$wiz")
status=0
python3 "$here/bench.py" "${args[@]}" || status=$?
echo "bench: report written to $here/results/latest.md" >&2
exit $status
