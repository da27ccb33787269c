# when str/repr switch to exponent notation
for e in range(-8, 19):
    p = float("1e%d" % e)
    print(e, p, 1.5 * p, -p, p / 3)
print(1e16, 9999999999999998.0, 1e15 + 0.5, 123456789012345680.0)
print(0.0001, 0.00001, 0.000123, 1.5e-5)
for v in [123456789012345.6, 1234567890123456.7, 12345678901234567.8]:
    print(repr(v), str(v), repr(-v))
for v in [0.001234, 0.0001234, 0.00001234]:
    print(repr(v), repr(v * 10))
