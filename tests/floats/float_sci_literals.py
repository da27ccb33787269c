# float literal syntax
print(1., .5, 1.5, 1e3, 1E3, 1e+3, 1e-3, 1_0.0_1, 0.0, 00.5, 1e0, 0e0, 1.e2, .1e-1)
print(12345678901234567890., 0.000000000000000000001, 123e-2, 9.99e99)
print(type(1.).__name__, type(1e3).__name__, 1e3 == 1000, 0x10 * 1.0)
print(1e1000, 1e308, -1e-5, 1_000e-3)
vals = [1e-1, 2.5e2, 3.0E+1, 4e00, 5e-00]
print(vals, sum(vals))
print(0.1e1 == 1.0, 10e-1 == 1.0, 1_0e1_0)
print(repr(1e5), repr(1e15), repr(1e16), repr(1.5e-4), repr(1.5e-5))
print(type(1e0 + 0).__name__, 5e-1 * 2)
