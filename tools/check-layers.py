#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file of core/ includes a core folder that its layer may not use
(tools/layers.txt lists the allowed edges), or is missing from the source list of
core/CMakeLists.txt. Prints every offending include or file."""
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
core = os.path.join(root, "core")
allowed = {}
for line in open(os.path.join(root, "tools", "layers.txt"), encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, _, deps = line.partition(":")
    allowed[name.strip()] = set(deps.split())

# The build lists every source by name; a file it does not list is never compiled.
cmake_text = open(os.path.join(core, "CMakeLists.txt"), encoding="utf-8").read()
cmake_sources = cmake_text[cmake_text.find("set(MAILFIX_CORE_SOURCES"):]
cmake_sources = cmake_sources[: cmake_sources.find(")") + 1]
folders = {d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d))}
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
bad = []
for dirpath, _, files in os.walk(core):
    for fn in sorted(files):
        if not fn.endswith((".h", ".cpp")):
            continue
        path = os.path.join(dirpath, fn)
        rel = os.path.relpath(path, core)
        layer = rel.split(os.sep)[0] if os.sep in rel else "top"
        if not re.search(r"(^|\s)" + re.escape(rel.replace(os.sep, "/")) + r"(\s|\)|$)", cmake_sources):
            bad.append("%s: not listed in core/CMakeLists.txt (the sources are listed by name)" % rel)
        if layer not in allowed:
            bad.append("%s: folder core/%s is not in tools/layers.txt" % (rel, layer))
            continue
        for n, text in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
            m = include.match(text)
            if not m:
                continue
            target = m.group(1)
            first = target.split("/")[0]
            if "/" not in target:
                # Same folder ("Foo.h") or a top-level core header ("Checker.h").
                if layer != "top" and os.path.exists(os.path.join(core, target)) \
                        and not os.path.exists(os.path.join(dirpath, target)):
                    bad.append("core/%s:%d includes the top of core (%s)" % (rel, n, target))
                continue
            if first not in folders or first == layer:
                continue
            if first not in allowed[layer]:
                bad.append("core/%s:%d: %s may not include %s (%s)" % (rel, n, layer, first, target))
if bad:
    print("include layers: %d include(s) point up or sideways:" % len(bad))
    print("\n".join("  " + b for b in bad))
    sys.exit(1)
print("include layers: every include of core/ points down (tools/layers.txt)")
