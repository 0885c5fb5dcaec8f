#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to the open wizard: installs what is
# missing to build the two programs (no test tools), builds them without the test
# suite, starts mailfix. Arguments go to mailfix (e.g. --settings FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --run
cmake --preset app >/dev/null
cmake --build --preset app -j"$(nproc 2>/dev/null || echo 2)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: built ./build/app/app/wizard/mailfix, but there is no display to open it on (no DISPLAY or WAYLAND_DISPLAY):" >&2
  echo "  run it in a desktop session or with 'ssh -X', or use the command-line program ./build/app/app/cli/mailfix-cli check --help" >&2
  exit 1
fi
exec ./build/app/app/wizard/mailfix "$@"
