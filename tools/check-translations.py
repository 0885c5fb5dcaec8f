#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every string either program shows has its German, French and Spanish translation.

    check-translations.py --lupdate PATH [--root DIR]

Runs lupdate over core/ and app/ into copies of translations/mailfix_{de,fr,es}.ts, so a
string added to the code but not yet to the .ts files counts as missing, then fails on:
a message without a finished translation; a translation whose placeholders (%1, %2, %n)
differ from its source's; a translation of three or more words that is the English source
unchanged; a plural message without a form for each plural of the language. Exit 0 or 1,
one line per problem (at most 40 per language, then a count).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ("de", "fr", "es")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
# Strings that stay the same in every language: protocol names, port numbers, units.
SAME_OK = re.compile(r"^[\W\d_]*$|^(IMAP|POP3?|SMTP|TLS|SSL|STARTTLS|OK|JSON|PEM|Mailfix|iOS)\b")


def words(s):
    return len(re.findall(r"[A-Za-z]{2,}", s))


def check(ts_path, lang):
    problems = []
    root = ET.parse(ts_path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            where = "%s: [%s] %r" % (lang, name, src[:80])
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                if tr is None or tr.get("type") == "unfinished":
                    problems.append(where + ": no translation")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            if not any(f.strip() for f in forms):
                problems.append(where + ": empty translation")
                continue
            want = sorted(set(PLACEHOLDER.findall(src)))
            for f in forms:
                got = sorted(set(PLACEHOLDER.findall(f)))
                # A plural form may leave %n out ("one second" for n = 1).
                if [p for p in got if p != "%n"] != [p for p in want if p != "%n"]:
                    problems.append(where + ": placeholders %s, translation has %s" % (want, got))
                    break
                # One token (a host name, an address, an option) may stay as it is.
                if f.strip() == src.strip() and words(src) >= 3 and not SAME_OK.match(src) and " " in src.strip():
                    problems.append(where + ": still the English text")
                    break
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            src = os.path.join(root, "translations", "mailfix_%s.ts" % lang)
            if not os.path.exists(src):
                print("%s: translations/mailfix_%s.ts is missing" % (lang, lang))
                failed = True
                continue
            dst = os.path.join(tmp, os.path.basename(src))
            shutil.copy(src, dst)
            copies.append((lang, dst))
        if copies:
            r = subprocess.run([a.lupdate, "-no-obsolete", "-locations", "none", "-silent",
                                os.path.join(root, "core"), os.path.join(root, "app"), "-ts"] + [c for _, c in copies],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if r.returncode != 0:
                print("lupdate failed:\n" + r.stdout)
                return 1
            for line in r.stdout.splitlines():
                if "lacks Q_OBJECT" in line or "Warning" in line:
                    # A tr() whose context lupdate cannot tell would never be translated.
                    print("lupdate: " + line.strip())
                    failed = True
        for lang, path in copies:
            problems = check(path, lang)
            for p in problems[:40]:
                print(p)
            if len(problems) > 40:
                print("%s: ... and %d more" % (lang, len(problems) - 40))
            if problems:
                failed = True
            else:
                print("%s: complete" % lang)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
