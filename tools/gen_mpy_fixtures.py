#!/usr/bin/env python3
"""Regenerate tests/compiler/*.mpy with mpy-cross (MicroPython 1.29).

Each tests/compiler/NAME.py is compiled as `mpy-cross -s NAME.py [ARGS] -o NAME.mpy NAME.py`,
so qstr 0 (the source name) does not depend on where the repository lives. ARGS come from an
optional first line `# mpy-cross-args: ...` (e.g. `-O1`, `-msmall-int-bits=63`); the Rust test
reads the same line to pick its compile options.

Usage: tools/gen_mpy_fixtures.py [NAME.py ...]   (default: every .py in tests/compiler)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "tests", "compiler")
ARGS_PREFIX = "# mpy-cross-args:"


def extra_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return first[len(ARGS_PREFIX):].split() if first.startswith(ARGS_PREFIX) else []


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(FIXTURES) if n.endswith(".py"))
    failed = 0
    for name in names:
        name = os.path.basename(name)
        src = os.path.join(FIXTURES, name)
        out = os.path.join(FIXTURES, name[:-3] + ".mpy")
        cmd = ["mpy-cross", "-s", name, *extra_args(src), "-o", out, src]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            failed += 1
            print(f"{name}: mpy-cross failed:\n{r.stderr}", file=sys.stderr)
    print(f"{len(names) - failed} fixtures written, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
