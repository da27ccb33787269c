# transcendental functions, printed rounded to avoid last-bit libm differences
import math
def r(x):
    return round(x, 10)
print(r(math.sin(0)), r(math.sin(math.pi / 6)), r(math.sin(math.pi / 2)), r(math.cos(math.pi)))
print(r(math.tan(math.pi / 4)), r(math.atan(1) * 4), r(math.atan2(1, -1)), r(math.asin(1)))
print(r(math.acos(0.5)), r(math.exp(1)), r(math.exp(-2)), r(math.log(math.e ** 3)))
print(r(math.log(100, 10)), r(math.log10(1e-5)), r(math.log2(1024)), r(math.log(8, 2)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)), r(math.pow(2, 0.5)))
print(r(math.degrees(math.pi)), r(math.radians(90)), r(math.expm1(1e-5) * 1e5))
xs = [0.1 * i for i in range(50)]
print(all(abs(math.sin(x) ** 2 + math.cos(x) ** 2 - 1) < 1e-12 for x in xs))
for bad in (0, -1):
    try:
        math.log(bad)
    except ValueError:
        print("ValueError")
try:
    math.asin(2)
except ValueError:
    print("ValueError asin")
try:
    math.exp(1000)
except OverflowError:
    print("OverflowError")
