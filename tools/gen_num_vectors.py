#!/usr/bin/env python3
"""Generates crates/core/src/num/test_vectors.rs: CPython 3.11's answers for ferropy's numeric
library (float repr and formatting, format specs, bigint arithmetic, int/str conversion, int to
float rounding, true division, round(), hash), so the Rust tests compare with CPython without
needing Python at test time.

Run from the repository root with CPython 3.11:  python3 tools/gen_num_vectors.py
The output is deterministic (seeded); commit it together with any change to this script.
"""

import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "core", "src", "num", "test_vectors.rs")

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

rng = random.Random(20240611)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def rs_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def hexint(v):
    return ("-" if v < 0 else "") + "0x" + format(abs(v), "x")


def outcome(f):
    """The result of f() as a string, or '!ExcName: message'."""
    try:
        return f()
    except Exception as e:  # noqa: BLE001 - any Python exception is a test vector
        return "!%s: %s" % (type(e).__name__, e)


# ---------------------------------------------------------------------------- values


def random_double():
    kind = rng.randrange(10)
    if kind < 3:
        while True:
            x = from_bits(rng.getrandbits(64))
            if math.isfinite(x):
                return x
    if kind == 3:
        return from_bits(rng.getrandbits(52))  # subnormal
    if kind == 4:
        return rng.choice([1, -1]) * rng.randrange(1, 10**rng.randrange(1, 18)) * 10.0 ** rng.randrange(-30, 30)
    if kind == 5:
        return float(rng.randrange(-(2**60), 2**60)) / 2 ** rng.randrange(0, 70)
    if kind == 6:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 8))
    if kind == 7:
        return rng.uniform(-1, 1) * 10.0 ** rng.randrange(-310, 309)
    if kind == 8:
        return float(rng.randrange(2**52, 2**54)) * rng.choice([1, -1])
    return rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e15, 9.5, 0.05, 0.15, 0.25, 0.35, 2.675]) * rng.choice([1, -1, 10, 100, 0.1])


SPECIAL_DOUBLES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-5, 1e-4, 1.5e-4, 1e16, 1e15, 9999999999999998.0,
    1e17, 1.5e300, -1.5e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 123456789012345678.0, 0.5, 2.5, 3.5, -2.5,
    1234567.0, 1e22, 1e23, 9007199254740992.0, 9007199254740993.0, 4.35, 0.1 + 0.2, 100.0, 1e100,
    float("inf"), float("-inf"), float("nan"), 2.675, 1.005, 0.045, 1e-7, 123.456, 99.99, 0.999999, 9.9999995,
    999999.5, 0.0001, 0.00001, 12345678901234567.0, 5e-310, 1.25, 1.35, 1.45, -0.004, -1e-10, 6.02214076e23,
]

doubles = SPECIAL_DOUBLES + [random_double() for _ in range(2000)]

# ---------------------------------------------------------------------------- floats


def gen_float_repr():
    rows = []
    for x in doubles:
        rows.append("(0x%016x, %s)" % (bits(x), rs_str(repr(x))))
    return "pub const FLOAT_REPR: &[(u64, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_printf():
    rows = []
    sample = SPECIAL_DOUBLES + doubles[len(SPECIAL_DOUBLES) :: 25]
    for x in sample:
        for p in range(0, 18):
            for c in "efg":
                if c == "f" and abs(x) > 1e25 and p % 4:
                    continue
                fmt = "%%.%d%s" % (p, c)
                rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(fmt), rs_str(fmt % x)))
    flags = ["", "-", "+", " ", "#", "0", "+0", "-+", "#0", " 0", "-#"]
    for x in sample[:120]:
        for _ in range(6):
            fl = rng.choice(flags)
            width = rng.choice(["", "1", "8", "12", "25"])
            prec = rng.choice(["", ".0", ".1", ".3", ".10"])
            c = rng.choice("eEfFgG")
            if c in "fF" and abs(x) > 1e25:
                continue
            fmt = "%" + fl + width + prec + c
            rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(fmt), rs_str(fmt % x)))
    for x, fmt in [(0.1, "%.2000f"), (5e-324, "%.1500e"), (1 / 3, "%.1200g"), (1 / 3, "%#.1500g"), (1e300, "%.1100e"), (2.5, "%.1100f")]:
        rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(fmt), rs_str(fmt % x)))
    return "pub const PRINTF_FLOAT: &[(u64, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_printf_int():
    rows = []
    ints = [0, 1, -1, 5, -5, 255, -255, 8, 2**63, -(2**70), 10**20] + [random_int(150) for _ in range(120)]
    flags = ["", "-", "+", " ", "#", "0", "+0", "-+", "#0", " 0", "-#", "+#0"]
    for v in ints:
        for _ in range(8):
            fmt = "%" + rng.choice(flags) + rng.choice(["", "1", "6", "12", "30"]) + rng.choice(["", ".0", ".3", ".10", ".40"]) + rng.choice("diuoxX")
            rows.append("(%s, %s, %s)" % (rs_str(hexint(v)), rs_str(fmt), rs_str(fmt % v)))
    return "pub const PRINTF_INT: &[(&str, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def random_spec(types):
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice(["", "*", "0", "x", " ", "\u00e9"]) + rng.choice("<>^="))
    elif r < 0.35:
        parts.append(rng.choice("<>^="))
    if rng.random() < 0.35:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.12:
        parts.append("z")
    if rng.random() < 0.25:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 3, 5, 8, 10, 12, 15, 20, 30])))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 8, 12, 17, 20])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


def gen_format_float():
    rows = []
    sample = SPECIAL_DOUBLES + doubles[len(SPECIAL_DOUBLES) :: 5]
    for x in sample:
        for _ in range(8):
            spec = random_spec("eEfFgGn%" + "eEfFgG%" + "dxsc")
            if ("f" in spec or "F" in spec or "%" in spec) and abs(x) > 1e30:
                continue
            rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(spec), rs_str(outcome(lambda: format(x, spec)))))
    for spec in ["", ".3", "#", "#.3", ".0", "#.0", ".1", ".17", "z", "+", " ", "010", "010,", "<10", "^10", "=+10", ",", "_"]:
        for x in SPECIAL_DOUBLES:
            rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(spec), rs_str(outcome(lambda: format(x, spec)))))
    return "pub const FORMAT_FLOAT: &[(u64, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def random_int(max_bits=3000):
    kind = rng.randrange(8)
    if kind == 0:
        v = rng.randrange(-300, 300)
    elif kind == 1:
        v = rng.getrandbits(rng.randrange(1, 64))
    elif kind == 2:
        v = rng.getrandbits(rng.randrange(60, 130))
    elif kind == 3:
        v = 2 ** rng.randrange(0, max_bits) - rng.choice([0, 1, 2])
    elif kind == 4:
        # limbs of extreme values stress carries and Knuth D's correction steps
        v = 0
        for _ in range(rng.randrange(1, max(2, max_bits // 32))):
            v = (v << 32) | rng.choice([0, 1, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, rng.getrandbits(32)])
    else:
        v = rng.getrandbits(rng.randrange(1, max_bits))
    return -v if rng.random() < 0.4 else v


def gen_format_int():
    rows = []
    ints = [0, 1, -1, 7, -7, 65, 1234, -1234, 1234567, 2**31, 2**63 - 1, -(2**63), 2**64, 10**30, -(10**30), 0x10FFFF, 0x110000]
    ints += [random_int(200) for _ in range(250)]
    for v in ints:
        for _ in range(10):
            spec = random_spec("bcdoxXn" + "bdoxX" + "eEfFgG%" + "s")
            rows.append("(%s, %s, %s)" % (rs_str(hexint(v)), rs_str(spec), rs_str(outcome(lambda: format(v, spec)))))
    for spec in ["", "d", ",", "_", "_x", "#_b", "010,", "09,", "08,", "06,", "+", " ", "=+12,", "*^+12,", "#X", "#o", "c", "05c", ".2", "z"]:
        for v in ints[:17]:
            rows.append("(%s, %s, %s)" % (rs_str(hexint(v)), rs_str(spec), rs_str(outcome(lambda: format(v, spec)))))
    return "pub const FORMAT_INT: &[(&str, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_format_str():
    rows = []
    strs = ["", "a", "abc", "h\u00e9llo", "\u20ac\u20ac", "longer string here"]
    specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "05", ".2", "10.3", "=5", "+", " ", "#", "z", "_", ",", "d", "x<8s", ".0", "\u00e9>4"]
    for s in strs:
        for spec in specs:
            rows.append("(%s, %s, %s)" % (rs_str(s), rs_str(spec), rs_str(outcome(lambda: format(s, spec)))))
    for _ in range(200):
        s = rng.choice(strs)
        spec = random_spec("ssx")
        rows.append("(%s, %s, %s)" % (rs_str(s), rs_str(spec), rs_str(outcome(lambda: format(s, spec)))))
    return "pub const FORMAT_STR: &[(&str, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def float_result(f):
    try:
        v = f()
    except Exception as e:  # noqa: BLE001
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(v, complex):
        return "complex"
    return "0x%016x" % bits(v)


def gen_float_ops():
    rows = []
    vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, 1e308, -1e308, 5e-324, float("inf"), float("-inf"), float("nan"), 7.5, -7.5, 1e-300, 0.1, 10.0, 1.5, -0.5]
    vals += [random_double() for _ in range(60)]
    ops = {
        "%": lambda x, y: x % y,
        "//": lambda x, y: x // y,
        "divmod": lambda x, y: divmod(x, y),
        "**": lambda x, y: x**y,
        "/": lambda x, y: x / y,
    }
    for x in vals:
        for y in rng.sample(vals, 8) + [0.0, 2.0, -1.0]:
            for name, f in ops.items():
                if name == "divmod":
                    r = outcome(lambda: "0x%016x 0x%016x" % tuple(bits(v) for v in f(x, y)))
                else:
                    r = float_result(lambda: f(x, y))
                rows.append("(0x%016x, 0x%016x, %s, %s)" % (bits(x), bits(y), rs_str(name), rs_str(r)))
    return "pub const FLOAT_OPS: &[(u64, u64, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_pow():
    rows = []
    for _ in range(3000):
        kind = rng.randrange(4)
        if kind == 0:
            x, y = rng.uniform(0, 10), rng.uniform(-20, 20)
        elif kind == 1:
            x, y = 10.0 ** rng.uniform(-300, 300), rng.uniform(-1, 1)
        elif kind == 2:
            x, y = 1 + rng.uniform(-1e-6, 1e-6), rng.uniform(-1e8, 1e8)
        else:
            x, y = rng.choice([2.0, 10.0, 0.5, 3.0, 1.5, 7.0]), rng.choice([0.5, -0.5, 1 / 3, 0.25, 1.5, -1.5, 2.5]) * rng.randrange(1, 40)
        if rng.random() < 0.3:
            x = -x
        rows.append("(0x%016x, 0x%016x, %s)" % (bits(x), bits(y), rs_str(float_result(lambda: x**y))))
    return "pub const FLOAT_POW: &[(u64, u64, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_complex():
    rows = []
    parts = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e300, -1e-300, 3.25, float("inf"), float("nan"), 1e16, 123.456, -7.0]
    vals = [complex(rng.choice(parts), rng.choice(parts)) for _ in range(40)]
    vals += [complex(random_double(), random_double()) for _ in range(40)]
    vals += [complex(rng.uniform(-3, 3), rng.uniform(-3, 3)) for _ in range(40)]
    exps = [complex(n, 0) for n in [0, 1, 2, 3, -1, -2, 7, 100, -100, 101]] + [0.5j, 1 + 1j, 0.5 + 0j, -0.5 + 0j, 2.5 - 1j, complex(-2, 0)]

    def cx(f):
        try:
            v = f()
        except Exception as e:  # noqa: BLE001
            return "!%s: %s" % (type(e).__name__, e)
        return "0x%016x 0x%016x" % (bits(v.real), bits(v.imag))

    for a in vals:
        b = rng.choice(vals)
        rows.append("(%s, 0x%016x, 0x%016x, 0x%016x, 0x%016x, %s)" % (rs_str("repr"), bits(a.real), bits(a.imag), 0, 0, rs_str(repr(a))))
        rows.append("(%s, 0x%016x, 0x%016x, 0x%016x, 0x%016x, %s)" % (rs_str("hash"), bits(a.real), bits(a.imag), 0, 0, rs_str(str(hash(a)) if a == a else "nan")))
        rows.append("(%s, 0x%016x, 0x%016x, 0x%016x, 0x%016x, %s)" % (rs_str("abs"), bits(a.real), bits(a.imag), 0, 0, rs_str(float_result(lambda: abs(a)))))
        for name, f in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b)]:
            rows.append("(%s, 0x%016x, 0x%016x, 0x%016x, 0x%016x, %s)" % (rs_str(name), bits(a.real), bits(a.imag), bits(b.real), bits(b.imag), rs_str(cx(f))))
        for e in rng.sample(exps, 5) + [0j]:
            rows.append("(%s, 0x%016x, 0x%016x, 0x%016x, 0x%016x, %s)" % (rs_str("**"), bits(a.real), bits(a.imag), bits(e.real), bits(e.imag), rs_str(cx(lambda: a**e))))
    return "pub const COMPLEX: &[(&str, u64, u64, u64, u64, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_round():
    rows = []
    for x in SPECIAL_DOUBLES + doubles[:: 6]:
        rows.append("(0x%016x, None, %s)" % (bits(x), rs_str(outcome(lambda: hexint(round(x))))))
        for n in [0, 1, 2, 3, -1, -2, 5, 10, 17, -5, -20, 300, -300, 330, -310, 323, 324, -308, -309]:
            if rng.random() < 0.5:
                rows.append("(0x%016x, Some(%d), %s)" % (bits(x), n, rs_str(float_result(lambda: round(x, n)))))
    return "pub const ROUND: &[(u64, Option<i64>, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_parse_float():
    rows = []
    cases = ["1.5", "  -2.5e3 ", "inf", "-Infinity", "+nan", "NaN", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", ".5", "5.", ".", "", "e5", "1e", "1e+", "0x10", "--1", "+-1", "1.5.5", "\u20001.0\u3000", "1e400", "-1e400", "1e-400", "0.1e-320", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1 2", "infinit", "infinityy", "\t\n12\x0c", "\x1c3\x1f", "1e5_", "12_3e1_2", "0_0.0_0", "00012", "1E5", "+.5e-3"]
    for _ in range(150):
        x = random_double()
        cases.append(repr(x))
        cases.append("%.25e" % x)
        cases.append("%.*g" % (rng.randrange(1, 25), x))
    for s in cases:
        rows.append("(%s, %s)" % (rs_str(s), rs_str(float_result(lambda: float(s)))))
    return "pub const PARSE_FLOAT: &[(&str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_float_cmp():
    rows = []
    cases = [(2.0**53, 2**53 + 1), (2.0**53, 2**53), (1e300, 10**300), (0.5, 0), (-0.5, 0), (-0.5, -1), (float("inf"), 10**400), (float("-inf"), -(10**400)), (float("nan"), 1), (1e16, 10**16), (1.5, 1), (-1.5, -1), (-1.5, -2), (2.0**63, 2**63), (-2.0**63, -(2**63)), (2.0**63, 2**63 - 1), (0.0, 0), (-0.0, 0)]
    for _ in range(300):
        x = random_double()
        if math.isfinite(x) and rng.random() < 0.5:
            n = int(x) + rng.choice([-1, 0, 0, 1])
        else:
            n = random_int(1100)
        cases.append((x, n))
    for x, n in cases:
        c = "None" if x != x else ("Some(Less)" if x < n else ("Some(Greater)" if x > n else "Some(Equal)"))
        rows.append("(0x%016x, %s, %s)" % (bits(x), rs_str(hexint(n)), c))
    return "pub const FLOAT_CMP_INT: &[(u64, &str, Option<core::cmp::Ordering>)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_hash():
    rows = []
    for x in SPECIAL_DOUBLES + doubles[:: 4]:
        if x != x:
            continue
        rows.append("(%s, %d)" % (rs_str("f0x%016x" % bits(x)), hash(x)))
    for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61), 2**64, -(2**63), 10**30] + [random_int(500) for _ in range(300)]:
        rows.append("(%s, %d)" % (rs_str(hexint(v)), hash(v)))
    return "pub const HASH: &[(&str, i64)] = &[\n" + ",\n".join(rows) + ",\n];\n"


# ---------------------------------------------------------------------------- ints


def gen_bigint_ops():
    rows = []
    pairs = []
    for _ in range(80):
        pairs.append((random_int(), random_int()))
    for a in [0, 1, -1, 2**32, -(2**32), 2**64 - 1, -(2**63), 0xFFFFFFFF00000000FFFFFFFF]:
        pairs.append((a, random_int()))
        pairs.append((random_int(), a))
    for a, b in pairs:
        ops = [
            ("+", lambda: hexint(a + b)),
            ("-", lambda: hexint(a - b)),
            ("*", lambda: hexint(a * b)),
            ("//", lambda: hexint(a // b)),
            ("%", lambda: hexint(a % b)),
            ("&", lambda: hexint(a & b)),
            ("|", lambda: hexint(a | b)),
            ("^", lambda: hexint(a ^ b)),
            ("cmp", lambda: str((a > b) - (a < b))),
            ("/", lambda: "0x%016x" % bits(a / b)),
            ("gcd", lambda: hexint(math.gcd(a, b))),
        ]
        for name, f in ops:
            rows.append("(%s, %s, %s, %s)" % (rs_str(name), rs_str(hexint(a)), rs_str(hexint(b)), rs_str(outcome(f))))
    for _ in range(250):
        a = random_int()
        s = rng.choice([0, 1, 5, 31, 32, 33, 64, 100, 1000, 3100, -1])
        for name, f in [("<<", lambda: hexint(a << s)), (">>", lambda: hexint(a >> s))]:
            rows.append("(%s, %s, %s, %s)" % (rs_str(name), rs_str(hexint(a)), rs_str(hexint(s)), rs_str(outcome(f))))
        rows.append("(%s, %s, %s, %s)" % (rs_str("~"), rs_str(hexint(a)), rs_str("0x0"), rs_str(hexint(~a))))
        rows.append("(%s, %s, %s, %s)" % (rs_str("float"), rs_str(hexint(a)), rs_str("0x0"), rs_str(float_result(lambda: float(a)))))
    for _ in range(120):
        a = random_int(300)
        e = rng.choice([0, 1, 2, 3, 7, 10, 31, rng.randrange(0, 40), -1, -2])
        rows.append("(%s, %s, %s, %s)" % (rs_str("**"), rs_str(hexint(a)), rs_str(hexint(e)), rs_str(outcome(lambda: hexint(a**e) if e >= 0 else "0x%016x" % bits(a**e)))))
    for _ in range(200):
        a, e, m = random_int(400), random_int(200), random_int(300)
        if rng.random() < 0.2:
            e = -abs(e)
        if rng.random() < 0.05:
            m = rng.choice([0, 1, -1])
        rows.append("(%s, %s, %s, %s)" % (rs_str("powmod"), rs_str(hexint(a)), rs_str(hexint(e) + "," + hexint(m)), rs_str(outcome(lambda: hexint(pow(a, e, m))))))
    return "pub const BIGINT_OPS: &[(&str, &str, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_int_to_float():
    rows = []
    vals = []
    for k in [53, 54, 55, 60, 64, 100, 1023, 1024]:
        base = 2**k
        for d in range(-6, 7):
            vals.append(base + d)
            vals.append(base + d * 2 ** (k - 53) // 2 if k > 53 else base + d)
    for k in range(54, 1030, 7):
        half = 2 ** (k - 54)
        for m in [2**53 + 1, 2**53 + 2, 2**53 - 1]:
            vals.append(m * 2 ** (k - 53) + rng.choice([0, half, half - 1, half + 1, 2 * half]))
    vals += [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024]
    vals += [random_int(1100) for _ in range(200)]
    for v in vals:
        rows.append("(%s, %s)" % (rs_str(hexint(v)), rs_str(float_result(lambda: float(v)))))
    return "pub const INT_TO_FLOAT: &[(&str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def gen_true_div():
    rows = []
    cases = [(1, 3), (2, 3), (10**400, 10**399), (10**400, 3), (1, 10**400), (0, -5), (0, 5), (-7, 2), (2**1024, 2), (2**1025, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**53 + 1, 1), (10**700, 10**300), (1, 0)]
    for _ in range(300):
        a, b = random_int(1300), random_int(1300)
        if b == 0:
            b = 1
        cases.append((a, b))
    for _ in range(100):
        b = random_int(1200)
        a = b * rng.randrange(1, 2**60) + rng.randrange(-3, 4)
        cases.append((a, b or 3))
    for a, b in cases:
        rows.append("(%s, %s, %s)" % (rs_str(hexint(a)), rs_str(hexint(b)), rs_str(float_result(lambda: a / b))))
    return "pub const TRUE_DIV: &[(&str, &str, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def to_base(v, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    s = []
    n = abs(v)
    while n:
        n, r = divmod(n, base)
        s.append(digits[r])
    return ("-" if v < 0 else "") + "".join(reversed(s))


def gen_int_str():
    rows = []
    for _ in range(400):
        v = random_int(rng.choice([64, 500, 3000]))
        base = rng.randrange(2, 37)
        rows.append("(%s, %d, %s)" % (rs_str(hexint(v)), base, rs_str(to_base(v, base))))
    fmt_rows = []
    for v in [0, 1, -1, 255, -255, 2**64, -(2**100) - 1]:
        fmt_rows.append("(%s, %s, %s, %s, %s)" % (rs_str(hexint(v)), rs_str(str(v)), rs_str(bin(v)), rs_str(oct(v)), rs_str(hex(v))))
    for _ in range(40):
        v = random_int()
        fmt_rows.append("(%s, %s, %s, %s, %s)" % (rs_str(hexint(v)), rs_str(str(v)), rs_str(bin(v)), rs_str(oct(v)), rs_str(hex(v))))
    parse_rows = []
    cases = [("0", 10), ("-0", 10), (" 12 ", 10), ("1_000", 10), ("1__000", 10), ("_1", 10), ("1_", 10), ("0x1f", 16), ("0X1F", 0), ("0x_1f", 0), ("0x", 16), ("0b101", 0), ("0b102", 0), ("0o17", 0), ("017", 0), ("00", 0), ("0_0", 0), ("09", 0), ("0x1f", 10), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("", 10), ("  ", 10), ("+", 10), ("-12", 0), ("+0o7", 0), ("0b", 0), ("0o", 8), ("1 2", 10), ("12a", 10), ("\t\n42\r\x0b\x0c", 10), ("\x1c42\x1f", 10), ("\u200042\u3000", 10), ("0x1f", 0), ("0b1", 2), ("0b1", 16), ("0o1", 24), ("1e5", 10), ("- 1", 10), ("--1", 10), ("0_x1", 0), ("0x1_", 0)]
    for _ in range(150):
        base = rng.randrange(2, 37)
        v = random_int(rng.choice([64, 500, 3000]))
        s = to_base(v, base)
        if rng.random() < 0.3 and len(s) > 3:
            i = rng.randrange(1, len(s) - 1)
            if s[i - 1] != "-":
                s = s[:i] + "_" + s[i:]
        if rng.random() < 0.2:
            s = s.upper()
        cases.append((s, base))
    for _ in range(30):
        cases.append((str(random_int()), 0))
    for s, base in cases:
        def parse():
            return hexint(int(s, base))
        parse_rows.append("(%s, %d, %s)" % (rs_str(s), base, rs_str(outcome(parse))))
    return (
        "pub const INT_TO_RADIX: &[(&str, u32, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"
        + "pub const INT_STR_BIN_OCT_HEX: &[(&str, &str, &str, &str, &str)] = &[\n" + ",\n".join(fmt_rows) + ",\n];\n"
        + "pub const PARSE_INT: &[(&str, i64, &str)] = &[\n" + ",\n".join(parse_rows) + ",\n];\n"
    )


def gen_bytes():
    rows = []
    for _ in range(200):
        v = random_int(rng.choice([8, 16, 70, 300]))
        length = rng.choice([0, 1, 2, 4, 8, 9, 16, 40])
        order = rng.choice(["big", "little"])
        signed = rng.random() < 0.5
        r = outcome(lambda: v.to_bytes(length, order, signed=signed).hex())
        rows.append("(%s, %d, %s, %s, %s)" % (rs_str(hexint(v)), length, rs_str(order), "true" if signed else "false", rs_str(r)))
    return "pub const TO_BYTES: &[(&str, usize, &str, bool, &str)] = &[\n" + ",\n".join(rows) + ",\n];\n"


def main():
    assert sys.version_info[:2] == (3, 11), "the vectors are CPython 3.11's"
    parts = [
        "//! Test vectors computed with CPython 3.11 by tools/gen_num_vectors.py (do not edit).\n"
        "//! Ints are written in hex (`-0x1f`), floats as their IEEE bit patterns, and Python\n"
        "//! exceptions as `!ExceptionName: message`.\n\n"
        "#![allow(clippy::unreadable_literal)]\n\n"
        "use core::cmp::Ordering::{Equal, Greater, Less};\n\n",
        gen_float_repr(),
        gen_printf(),
        gen_printf_int(),
        gen_format_float(),
        gen_format_int(),
        gen_format_str(),
        gen_float_ops(),
        gen_pow(),
        gen_complex(),
        gen_round(),
        gen_parse_float(),
        gen_float_cmp(),
        gen_hash(),
        gen_bigint_ops(),
        gen_int_to_float(),
        gen_true_div(),
        gen_int_str(),
        gen_bytes(),
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
