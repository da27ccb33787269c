# exact math module functions on floats
import math
print(math.pi, math.e, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-0.5))
print(math.fabs(-3), math.copysign(2, -1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.75, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.factorial(20))
for bad in (-1.0, float("-inf")):
    try:
        math.sqrt(bad)
    except ValueError:
        print("ValueError")
try:
    math.floor(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    math.floor(float("nan"))
except ValueError:
    print("ValueError nan")
print(math.sqrt(2) ** 2, math.hypot(3, 4))
