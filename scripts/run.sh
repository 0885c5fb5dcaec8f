#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to the open wizard: installs what is
# missing, builds, starts mailfix. Arguments go to mailfix (e.g. --settings FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --run
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc 2>/dev/null || echo 2)" --target mailfix mailfix-cli
exec ./build/default/app/wizard/mailfix "$@"
