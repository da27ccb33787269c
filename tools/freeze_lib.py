#!/usr/bin/env python3
"""Regenerate the frozen library: compile every crates/core/python/*.py to the .mpy beside it
with `ferropy compile` (source name = the frozen path, e.g. "functools.py").

Uses $FERROPY, else target/debug/ferropy (build it with `cargo build -p ferropy`). The core's
test `frozen_mpy_files_are_up_to_date_with_their_sources` fails until this has been run after a
change to a library source or to the compiler's output. New modules must also be added to
LIBRARY in crates/core/src/modules/frozen.rs.
"""

import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.join(REPO, "crates", "core", "python")


def main():
    ferropy = os.environ.get("FERROPY") or os.path.join(REPO, "target", "debug", "ferropy")
    for name in sorted(os.listdir(LIB)):
        if not name.endswith(".py"):
            continue
        out = os.path.join(LIB, name[:-3] + ".mpy")
        subprocess.run([ferropy, "compile", "-s", name, "-o", out, os.path.join(LIB, name)], check=True)
        print("froze", os.path.relpath(out, REPO))


if __name__ == "__main__":
    sys.exit(main())
