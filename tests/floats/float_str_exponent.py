# when str/repr switch to exponent notation
for e in range(-8, 19):
    p = float("1e%d" % e)
    print(e, p, 1.5 * p, -p, p / 3)
print(1e16, 9999999999999998.0, 1e15 + 0.5, 123456789012345680.0)
print(0.0001, 0.00001, 0.000123, 1.5e-5)
