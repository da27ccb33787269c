#!/usr/bin/env python3
"""Adds every `q::name` the core and host crates use but `qstr/names.txt` lacks to the end of
the file (ferropy's static qstrs). Names ending in `_` map to the string without it (Rust keywords)."""
import os, re, sys

root = os.path.join(os.path.dirname(__file__), "..", "crates", "core", "src")
names_path = os.path.join(root, "qstr", "names.txt")
known = set()
for line in open(names_path):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    known.add(line.split(" = ")[0])
used = set()
host = os.path.join(os.path.dirname(__file__), "..", "crates", "ferropy", "src")
for top in (root, host):
    for dirpath, _, files in os.walk(top):
        for f in files:
            if f.endswith(".rs"):
                used.update(re.findall(r"\bq::([A-Za-z_][A-Za-z0-9_]*)", open(os.path.join(dirpath, f)).read()))
missing = sorted(used - known)
with open(names_path, "a") as out:
    for name in missing:
        if name.endswith("_") and not name.startswith("_"):
            out.write('%s = "%s"\n' % (name, name[:-1]))
        else:
            out.write(name + "\n")
for name in missing:
    print("added", name)
