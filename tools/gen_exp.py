#!/usr/bin/env python3
"""Regenerate the expected-output (.exp) files of the Python test corpus.

Every tests/<area>/<topic>.py is run with CPython (`python3 -B -S <name>.py`, cwd = the
test's folder, stdout and stderr merged, PYTHONIOENCODING=utf-8) and its output is
written to <topic>.exp beside it.

Tests whose first line is `# exp: hand-written (<reason>)` are skipped: their .exp is
maintained by hand. They are listed in the report.

Usage:
    python3 tools/gen_exp.py [--check] [--python PYTHON] [PATH ...]

PATH may be a test file or a folder; by default every test under tests/ is handled.
With --check nothing is written: the script lists tests whose output differs from
their .exp (or whose .exp is missing) and exits 1 if there are any.

PYTHONUNBUFFERED=1 is set so that stdout and stderr lines appear in program order.
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
HAND_WRITTEN = "# exp: hand-written"
TIMEOUT = 30


def find_tests(paths):
    found = []
    if not paths:
        paths = [TESTS]
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        found.append(os.path.join(dirpath, name))
        elif p.endswith(".py") and os.path.isfile(p):
            found.append(p)
        elif os.path.isfile(p[: -len(".exp")] + ".py") and p.endswith(".exp"):
            found.append(p[: -len(".exp")] + ".py")
        else:
            sys.exit("gen_exp.py: no such test: %s" % p)
    # de-duplicate, keep order
    seen = set()
    out = []
    for t in found:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def hand_written_reason(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    if first.startswith(HAND_WRITTEN):
        return first[len(HAND_WRITTEN):].strip() or "(no reason given)"
    return None


def run_test(python, path):
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    # stdout and stderr share one pipe: keep them in program order
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    proc = subprocess.run(
        [python, "-B", "-S", os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        timeout=TIMEOUT,
    )
    return proc.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare instead of writing; exit 1 on any mismatch")
    ap.add_argument("--python", default="python3", help="CPython 3.11 interpreter to use")
    ap.add_argument("paths", nargs="*", help="tests or folders (default: all of tests/)")
    args = ap.parse_args()

    tests = find_tests(args.paths)
    hand = []
    written = 0
    unchanged = 0
    mismatches = []
    for path in tests:
        rel = os.path.relpath(path, ROOT)
        exp_path = path[:-3] + ".exp"
        reason = hand_written_reason(path)
        if reason is not None:
            hand.append((rel, reason))
            if not os.path.exists(exp_path):
                mismatches.append((rel, "hand-written .exp is missing"))
            continue
        out = run_test(args.python, path)
        old = None
        if os.path.exists(exp_path):
            with open(exp_path, "rb") as f:
                old = f.read()
        if args.check:
            if old is None:
                mismatches.append((rel, ".exp is missing"))
            elif old != out:
                mismatches.append((rel, "output differs from .exp"))
        else:
            if old == out:
                unchanged += 1
            else:
                with open(exp_path, "wb") as f:
                    f.write(out)
                written += 1

    if hand:
        print("hand-written .exp (skipped):")
        for rel, reason in hand:
            print("  %s %s" % (rel, reason))
    if args.check:
        if mismatches:
            print("MISMATCH:")
            for rel, why in mismatches:
                print("  %s: %s" % (rel, why))
            print("%d of %d tests mismatch" % (len(mismatches), len(tests)))
            return 1
        print("all %d tests match their .exp" % len(tests))
        return 0
    for rel, why in mismatches:
        print("WARNING: %s: %s" % (rel, why))
    print("%d .exp written, %d unchanged, %d hand-written skipped"
          % (written, unchanged, len(hand)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
