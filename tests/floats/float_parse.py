# parsing floats from strings
good = ["1", "-1", "+1.5", " 2.5 ", "1e3", "1E-3", "-1.5e+2", ".5", "5.", "-.5e1",
        "inf", "-inf", "+Infinity", "INF", "nan", "-NaN", "1_000.5", "0.000_001",
        "1e308", "1e-308", "123456789012345678901234567890", "0.1", "00012.50", "1e400", "-1e400"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", ".", "0x10", "inf5", "1 2"]
for s in bad:
    try:
        float(s)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
print(float("2.5"), float(7), float(True), float(-0))
try:
    float([1])
except TypeError:
    print("TypeError")
