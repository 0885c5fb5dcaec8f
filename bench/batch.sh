#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch benchmark: `mailfix-cli check --batch` over N accounts (default 500) against the
# real Postfix and Dovecot of tests/servers (started here, in a state directory of its
# own; needs root like scripts/test.sh). Every account logs in over IMAP STARTTLS and
# SMTP submission STARTTLS and runs the relay test. Prints wall time, accounts per
# second and peak RSS (/usr/bin/time) for each --jobs value. Not part of CI.
#
#   sudo bench/batch.sh [--accounts N] [--jobs "1 4 16"] [--build DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
accounts=500
jobs_list="4 8 16"
build="${MAILFIX_BUILD_DIR:-$repo/build/default}"
while [ $# -gt 0 ]; do
  case "$1" in
    --accounts) accounts="$2"; shift 2 ;;
    --jobs) jobs_list="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--accounts N] [--jobs \"1 4 16\"] [--build DIR]" >&2; exit 2 ;;
  esac
done
cli="$build/app/cli/mailfix-cli"
[ -x "$cli" ] || { echo "bench: $cli not found; build first (cmake --build --preset default)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

state="$(mktemp -d /tmp/mailfix-batch-bench.XXXXXX)"
chmod 755 "$state"
cleanup() {
  python3 "$repo/tests/servers/mailservers.py" stop --dir "$state" >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
python3 "$repo/tests/servers/mailservers.py" start --dir "$state" >/dev/null

# The accounts: alice's right settings, with passwords, each with its own id.
python3 - "$state/servers.json" "$state/accounts.jsonl" "$accounts" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
a = s["users"]["alice"]
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[3])):
        f.write(json.dumps({
            "id": "acct-%d" % i,
            "account": {"email": a["email"]},
            "incoming": {"type": "imap", "host": s["hostname"], "port": s["imap"]["imap"], "ssl": True,
                         "user": a["user"], "password": a["password"]},
            "outgoing": {"host": s["hostname"], "port": s["smtp"]["submission"], "ssl": True,
                         "user": a["user"], "password": a["password"]},
        }) + "\n")
PY
ca="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ca_file"])' "$state/servers.json")"
relay="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["foreign_recipient"])' "$state/servers.json")"
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["users"]["alice"]["password"])' "$state/servers.json")"

echo "| accounts | --jobs | wall | accounts/s | peak RSS | ok | exit |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for j in $jobs_list; do
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f %M -o "$state/rss" "$cli" check --batch "$state/accounts.jsonl" --jobs "$j" \
    --ca-file "$ca" --relay-recipient "$relay" --timeout 20 >"$state/out.jsonl" 2>"$state/err.txt"
  status=$?
  set -e
  end=$(date +%s.%N)
  ok=$(grep -c '"ok":true' "$state/out.jsonl" || true)
  lines=$(wc -l <"$state/out.jsonl")
  if grep -qF "$password" "$state/out.jsonl" "$state/err.txt"; then
    echo "bench: the password appears in the output" >&2; exit 1
  fi
  [ "$lines" -eq "$accounts" ] || { echo "bench: $lines lines out for $accounts accounts" >&2; tail -3 "$state/err.txt" >&2; exit 1; }
  python3 - "$start" "$end" "$accounts" "$j" "$(tail -1 "$state/rss")" "$ok" "$status" <<'PY'
import sys
start, end, n, j, rss, ok, status = sys.argv[1:]
wall = float(end) - float(start)
print("| %s | %s | %.1f s | %.2f | %.1f MB | %s/%s | %s |" % (n, j, wall, int(n) / wall, int(rss) / 1024, ok, n, status))
PY
done
