#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every wizard page under Xvfb, against the real test servers,
# for the README and for review: docs/screenshots/*.png.
#   scripts/screenshots.sh [BUILD_DIR]      (default: build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
mailfix=$build/app/wizard/mailfix
out=$root/docs/screenshots
[ -x "$mailfix" ] || { echo "screenshots.sh: no $mailfix (build the mailfix target first)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is not installed" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work" # Postfix and Dovecot run as other users
servers=$work/servers
cleanup() {
    python3 "$root/tests/servers/mailservers.py" stop --dir "$servers" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
python3 "$root/tests/servers/mailservers.py" start --dir "$servers" >"$work/servers.log" 2>&1 || { cat "$work/servers.log" >&2; exit 3; }
mkdir -p "$out"

# Settings for the real servers: one file with everything right, one with the
# outgoing user name and password left empty (the classic relay error).
python3 - "$servers/servers.json" "$work" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
alice = s["users"]["alice"]
good = {
    "account": {"email": alice["email"], "name": "Alice Example", "description": "Work"},
    "incoming": {"type": "imap", "host": s["hostname"], "port": s["imap"]["imap"], "ssl": True,
                 "auth": "password", "user": alice["user"]},
    "outgoing": {"server": True, "host": s["hostname"], "port": s["smtp"]["submission"], "ssl": True,
                 "auth": "password", "user": alice["user"]},
    "ios": {"version": "18"},
}
json.dump(good, open(sys.argv[2] + "/good.json", "w"), indent=2)
good["outgoing"]["user"] = ""
json.dump(good, open(sys.argv[2] + "/relay.json", "w"), indent=2)
# A send-only complaint as a helpdesk call has it: Email and the outgoing server, nothing else.
call = {"account": {"email": alice["email"]},
        "outgoing": {"server": True, "host": s["hostname"], "port": s["smtp"]["submission"], "ssl": True},
        "ios": {"version": "18"}}
json.dump(call, open(sys.argv[2] + "/call.json", "w"), indent=2)
open(sys.argv[2] + "/password", "w").write(alice["password"])
open(sys.argv[2] + "/ca", "w").write(s["ca_file"])
PY
password=$(cat "$work/password")
ca=$(cat "$work/ca")

shot() { # name page settings [extra args...]
    name=$1; page=$2; settings=$3; shift 3
    env XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
        MAILFIX_INCOMING_PASSWORD="$password" "$@" \
        xvfb-run -a -s "-screen 0 1280x900x24" \
        "$mailfix" --settings "$settings" --ca-file "$ca" --screenshot-page "$page" \
        --screenshot-out "$out/$name.png" ${check:-}
}
check= shot 0-what-the-phone-says 6 "$work/good.json"
check= shot 1-start 0 "$work/good.json"
check= shot 2-account 1 "$work/good.json"
check= shot 3-incoming 2 "$work/good.json"
check= shot 4-outgoing 3 "$work/relay.json"
check= shot 5-advanced 4 "$work/good.json"
# The page list and the labels in a longer language: nothing cut off.
check="--lang es" shot 3-incoming-es 2 "$work/good.json"
check=--check shot 6-results-outgoing-user-empty 5 "$work/relay.json"
check=--check shot 7-results-all-good 5 "$work/good.json" MAILFIX_OUTGOING_PASSWORD="$password"
check=--check shot 9-results-send-only-call 5 "$work/call.json"
# Read-aloud mode on the relay call, at its second step.
check="--check --screenshot-read-aloud 2" shot 10-read-aloud 5 "$work/relay.json"
# The same for a customer whose phone is set to Spanish (the steps in the phone's language).
check="--check --screenshot-read-aloud 2 --phone-lang es" shot 10-read-aloud-phone-es 5 "$work/relay.json"
# The call in each language Mailfix speaks (window and phone in that language): the first
# page, the results of the relay call, read-aloud.
for lang in de fr es; do
    check="--lang $lang" shot 0-what-the-phone-says-$lang 6 "$work/good.json"
    check="--check --lang $lang" shot 6-results-outgoing-user-empty-$lang 5 "$work/relay.json"
    check="--check --screenshot-read-aloud 2 --lang $lang" shot 10-read-aloud-$lang 5 "$work/relay.json"
done
# The report's first page as the PDF shows it (rendered by the GUI test with pdftoppm).
# Catch2 splits a test spec at commas, so the test is named by a pattern without them (the
# full name matched nothing, and no report picture was written).
tests=$build/tests/gui/mailfix_gui_tests
if [ -x "$tests" ] && command -v pdftoppm >/dev/null; then
    shots=$work/shots
    mkdir -p "$shots"
    env MAILFIX_SCREENSHOT_DIR="$shots" QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" \
        "$tests" "the report for a ticket: summary and picture first*" >"$work/report-test.log" 2>&1 ||
        { cat "$work/report-test.log" >&2; exit 4; }
    [ -f "$shots/report.pdf" ] || { echo "screenshots.sh: the report test wrote no report" >&2; exit 4; }
    # The redacted report as saved for a ticket: its first page, large enough to read.
    pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$shots/report.pdf" "$out/11-report"
fi
ls -l "$out"
