# conversions between float and int
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e15 + 0.5, 1e20, -1e20, 123456789.987654321, 2.0 ** 63]:
    print(repr(v), int(v))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print(float(3), float(-3), float(2 ** 100), float(-(2 ** 100)), float(10 ** 30))
print(float(True), float("3"), int(float("3.99")), int(-0.5))
print(1e300 == 10 ** 300, 1e300 < 10 ** 300, int(1e300) < 10 ** 300)
print(float(9007199254740993), float(-9007199254740993), float(9007199254740995))
for s in ["1e2", "-0.0", "2.5e-3"]:
    print(s, float(s), int(float(s)))
