#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The README's provider table, generated from resources/providers.json.

  scripts/providers-table.py           print the table
  scripts/providers-table.py --write   replace the table in README.md
  scripts/providers-table.py --check   exit 1 when README.md's table differs from the data
"""
import argparse
import datetime
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "resources" / "providers.json"
README = ROOT / "README.md"
BEGIN = "<!-- providers-table:begin (scripts/providers-table.py --write) -->"
END = "<!-- providers-table:end -->"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def when(rule):
    """The date as the wording says it: exact when confirmed, 'about' the month otherwise."""
    since = rule.get("since")
    if not since:
        return ""
    d = datetime.date.fromisoformat(since)
    if rule.get("confirmed"):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"about {MONTHS[d.month - 1]} {d.year}"


def servers(p, proto):
    out = []
    for s in p.get(proto, []):
        tls = {"ssl": "SSL", "starttls": "STARTTLS", "plain": "plain"}[s["tls"]]
        out.append(f"{s['host']} {s['port']} {tls}")
    return "<br>".join(out) if out else "—"


def advice(p):
    """What Mailfix tells the provider's users when the login is refused (a summary of core/wording)."""
    login = p["login"]
    rule = login["rule"]
    date = when(login)
    add_as = p.get("add_as", "Other")
    where = p.get("setting_path", "")
    if not p.get("phone_supported", True):
        return ("iPhone Mail cannot reach it: IMAP/SMTP only through Proton Mail Bridge on a computer; "
                "use the Proton Mail app")
    if rule == "provider_signin":
        text = "Passwords from mail apps stopped working"
        text += f" on {date}" if login.get("confirmed") else (f" {date}" if date else "")
        text += f": remove the account and add it again with Add Account > {add_as}"
        if p["id"] in ("gmail", "google_workspace"):
            text += ", or use an app password (2-Step Verification)"
    elif rule == "app_password":
        text = "Needs an app password, not the normal password"
        if date:
            text += f" (since {date})"
        if where:
            text += f": {where}"
        if add_as != "Other":
            text += f"; or add it with Add Account > {add_as}"
    elif rule == "webmail_switch":
        text = "Mail apps must first be allowed in webmail"
        if where:
            text += f": {where}"
    elif rule == "admin_setting":
        text = "A task for the organisation's administrator"
    else:
        text = "Normal password; no provider rule (the generic checks apply)"
    smtp = login.get("smtp")
    if smtp and smtp["rule"] == "admin_setting":
        text += ("; sending: SMTP AUTH turned off for the mailbox or tenant (5.7.139, 5.7.30) is a task for "
                 f"the organisation's administrator (off by default from {when(smtp) or 'a date not known'})")
    return text


def cell(text):
    return text.replace("|", "\\|")


def table():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    rows = ["| Provider | Addresses | Incoming | Outgoing | Login | Confirmed | What Mailfix tells its users |",
            "|---|---|---|---|---|---|---|"]
    for p in data["providers"]:
        domains = p["domains"][:3]
        addresses = ", ".join(domains) + (" …" if len(p["domains"]) > 3 else "")
        if not addresses:
            addresses = "own domains (by MX, server or greeting)" if p.get("custom_domains") else "—"
        incoming = servers(p, "imap")
        if p.get("pop"):
            incoming += "<br>POP: " + servers(p, "pop")
        confirmed = "yes" if p["login"]["confirmed"] else "unconfirmed"
        rows.append("| " + " | ".join(cell(c) for c in [
            p["name"], addresses, incoming, servers(p, "smtp"), p["login"]["rule"], confirmed, advice(p)]) + " |")
    return "\n".join(rows) + "\n"


def readme_table(text):
    try:
        start = text.index(BEGIN) + len(BEGIN)
        end = text.index(END)
    except ValueError:
        return None
    return text[start:end].strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    generated = table()
    if not args.write and not args.check:
        sys.stdout.write(generated)
        return 0
    text = README.read_text(encoding="utf-8")
    current = readme_table(text)
    if args.check:
        if current is None:
            print(f"README.md has no provider table between {BEGIN} and {END}", file=sys.stderr)
            return 1
        if current != generated:
            import difflib
            sys.stderr.writelines(difflib.unified_diff(current.splitlines(True), generated.splitlines(True),
                                                       "README.md", "resources/providers.json"))
            print("README.md's provider table differs from resources/providers.json: "
                  "run scripts/providers-table.py --write", file=sys.stderr)
            return 1
        print(f"README.md's provider table matches resources/providers.json ({generated.count(chr(10)) - 2} providers)")
        return 0
    if current is None:
        print(f"README.md has no markers {BEGIN} / {END}", file=sys.stderr)
        return 1
    start = text.index(BEGIN) + len(BEGIN)
    README.write_text(text[:start] + "\n" + generated + text[text.index(END):], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
