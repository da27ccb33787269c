# large and small magnitudes (no subnormal printing)
print(1.7976931348623157e308, -1.7976931348623157e308, 2.2250738585072014e-308)
print(1e308 * 1.5, 1e308 * 2, -1e308 * 2)
print(1e-300 * 1e-100 == 0.0, 2.2250738585072014e-308 / 2 > 0, 1e-320 > 0)
print(float("1e309"), float("-1e309"), float("1e-400"))
print(2.0 ** 1023, 2.0 ** -1022, (2.0 ** 1023) * 1.9999999999999998)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps, eps == 2.220446049250313e-16)
big = 1.0
n = 0
while big * 2 != float("inf"):
    big *= 2
    n += 1
print(n, big)
