# sign handling of floats
for v in [0.0, -0.0, 1.5, -1.5, float("inf"), float("-inf")]:
    print(repr(v), repr(-v), repr(abs(v)), repr(+v), v > 0, v < 0)
import math
print(math.copysign(1.0, -(0.0)), math.copysign(1.0, abs(-0.0)), math.copysign(1.0, 0.0 * -1))
print(repr(round(-0.4)), repr(round(-0.4, 1)), repr(-0.0 * 0), repr(0.0 / -1))
print(repr(math.floor(-0.5)), repr(math.ceil(-0.5)), repr(-0.0 + 0), repr(-0.0 - 0.0))
print(str(-0.0), "%f" % -0.0, format(-0.0, "g"), f"{-0.0:+.1f}")
vals = [-2.5, 2.5, -0.0, 0.0]
print([abs(v) for v in vals], [-v for v in vals])
print(sorted(vals), max(-0.0, 0.0), min(0.0, -0.0))
