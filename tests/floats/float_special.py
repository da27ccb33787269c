# infinities, NaN and negative zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), repr(nan))
print(inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("infinity"), -inf == float("-inf"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, nan is nan)
print(max(1.0, inf), min(-inf, 0), abs(-inf), -(-inf))
print(float("-0.0"), -0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
print(int(1e308) > 0, inf != nan)
import math
print(math.isinf(inf), math.isinf(-inf), math.isnan(nan), math.isnan(inf), math.isfinite(1.0))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(3, -inf))
print([x for x in (1.0, nan, inf) if x == x])
for bad in ("inf", "nan"):
    try:
        int(float(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
