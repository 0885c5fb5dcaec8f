#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translate translations/mailfix_<lang>.ts through JSON, a list that is easy to edit:

    ts-json.py dump LANG [--all] > todo.json     the unfinished messages (--all: every one)
    ts-json.py apply LANG done.json              writes the translations in, marks them finished

Each entry: {"context": ..., "source": ..., "translation": "..."} or, for a plural
message (numerus), "translation": ["form for one", "form for many"]. Entries whose
translation is empty are left unfinished. tools/check-translations.py checks the result.
"""

import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def path(lang):
    return os.path.join(ROOT, "translations", "mailfix_%s.ts" % lang)


def dump(lang, everything):
    root = ET.parse(path(lang)).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            unfinished = tr is None or tr.get("type") == "unfinished"
            if not unfinished and not everything:
                continue
            e = {"context": name, "source": m.findtext("source")}
            if m.get("numerus") == "yes":
                e["translation"] = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else ["", ""]
            else:
                e["translation"] = (tr.text or "") if tr is not None and not unfinished else ""
            out.append(e)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def apply(lang, file):
    entries = json.load(open(file, encoding="utf-8"))
    want = {(e["context"], e["source"]): e["translation"] for e in entries}
    tree = ET.parse(path(lang))
    root = tree.getroot()
    done = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = want.get((name, m.findtext("source")))
            if t is None or (isinstance(t, str) and not t.strip()) or (isinstance(t, list) and not any(t)):
                continue
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            tr.attrib.pop("type", None)
            for f in list(tr):
                tr.remove(f)
            if m.get("numerus") == "yes":
                forms = t if isinstance(t, list) else [t, t]
                tr.text = None
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                tr.text = t if isinstance(t, str) else t[0]
            done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    # lupdate's layout: <context> at the margin, so one level less than ET's.
    # (Only lines that start with a tag: a line inside a message keeps its spaces.)
    body = "\n".join(l[4:] if l.startswith("    <") else l for l in body.split("\n")).replace("'", "&apos;")
    with open(path(lang), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print("%s: %d translations written" % (lang, done), file=sys.stderr)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(sys.argv[2], "--all" in sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
