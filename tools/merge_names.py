#!/usr/bin/env python3
"""Resolves a git merge conflict in crates/core/src/qstr/names.txt by keeping every name from
both sides (each once, in order of first appearance)."""
import os

path = os.path.join(os.path.dirname(__file__), "..", "crates", "core", "src", "qstr", "names.txt")
lines = open(path).read().split("\n")
out, seen = [], set()
for line in lines:
    if line.startswith(("<<<<<<<", "=======", ">>>>>>>")):
        continue
    key = line.split(" = ")[0]
    if line and not line.startswith("#"):
        if key in seen:
            continue
        seen.add(key)
    out.append(line)
open(path, "w").write("\n".join(out))
