#!/usr/bin/env python3
"""Regenerate crates/ferropy/hot-symbols.txt: the functions of the ferropy binary that run when
it starts and runs programs, in the order the linker should place them at the start of .text.

Why: the binary's code is mapped from the file, and the kernel maps the pages around each page
a run touches (fault-around). With the code a run needs scattered over 2.4 MB of text, nearly
all of it ends up resident; packed together at the front, a run maps only that part (see
docs/performance.md, "Code layout").

How: runs `ferropy -c pass`, every bench/*.py at its tiny size (with -X gcstress, so that it
collects) and every tests/*/*.py script
under callgrind (which counts the instructions each function executes), and orders the
functions that ran: first those the programs (start-up and the benchmarks, which stand for
ordinary programs) use, by how many of them use each, so the start-up path, the compiler and
the VM core come first and a program's code lies within the front part; then those only
the tests reach (every corner of every module), by how many tests use each; ties by
instructions executed. Symbol names are as in the binary's symbol
table (mangled); the ones a later change renames are simply ignored by the linker, so the file
only needs regenerating when the hot set has changed a lot.

Uses $FERROPY, else target/release/ferropy. Needs valgrind. Takes a few minutes:
    cargo build --release -p ferropy && tools/hot_symbols.py
"""

import collections
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "crates", "ferropy", "hot-symbols.txt")


def self_costs(path):
    """Self instruction counts per function name in one uncompressed callgrind output file."""
    costs = collections.Counter()
    current = None
    skip_next = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("fn="):
                current = re.sub(r"'\d+$", "", line[3:].strip())
                costs[current] += 0
            elif line.startswith("calls="):
                skip_next = True
            elif line[:1].isdigit() or line[:1] in "+-*":
                if skip_next:
                    skip_next = False
                    continue
                parts = line.split()
                if current is not None and len(parts) >= 2 and parts[1].isdigit():
                    costs[current] += int(parts[1])
    return costs


def profile(ferropy, args, cwd):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = [
            "valgrind", "--tool=callgrind", "--demangle=no", "--compress-strings=no",
            "--compress-pos=no", "--callgrind-out-file=" + out, ferropy, *args,
        ]
        try:
            subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=300)
        except subprocess.TimeoutExpired:
            return collections.Counter()
        if not os.path.exists(out):
            return collections.Counter()
        return self_costs(out)


def runs():
    """(arguments, working directory, whether it is a program rather than a test) of every
    profiled run."""
    yield ["-c", "pass"], REPO, True
    for path in sorted(glob.glob(os.path.join(REPO, "bench", "*.py"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if text.startswith("# bench/run: skip"):
            continue
        tiny = re.search(r"^TINY_N = (.+)$", text, re.M)
        # Collecting before every allocation, so the tiny run collects as a full-size one
        # does: the collector is code every real program runs.
        yield ["-X", "gcstress", path] + ([tiny.group(1).strip()] if tiny else []), REPO, True
    for path in sorted(glob.glob(os.path.join(REPO, "tests", "*", "*.py"))):
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        extra = first[len("# cmdline:"):].split() if first.startswith("# cmdline:") else []
        yield extra + [os.path.basename(path)], os.path.dirname(path), False


def main():
    ferropy = os.environ.get("FERROPY") or os.path.join(REPO, "target", "release", "ferropy")
    programs = collections.Counter()
    tests = collections.Counter()
    total = collections.Counter()
    todo = list(runs())
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda r: (r[2], profile(ferropy, r[0], r[1])), todo)
        for is_program, costs in results:
            for name, cost in costs.items():
                (programs if is_program else tests)[name] += 1
                total[name] += cost
    names = sorted(total, key=lambda n: (-programs[n], -tests[n], -total[n], n))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print(f"{len(todo)} runs, {len(names)} functions -> {os.path.relpath(OUT, REPO)}")


if __name__ == "__main__":
    sys.exit(main())
