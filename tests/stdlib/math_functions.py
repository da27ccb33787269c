# math: values (repr, so every bit counts, for the functions CPython's C library rounds
# correctly), special values, domain and range errors, and the integer functions.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for x in (0.5, 1, 2, 10, 100, 1e-3, 12.25, 2.0 ** 0.5):
    print(x, math.sqrt(x), math.exp(x), math.log(x), math.log2(x), "%.15g" % math.log10(x),
        math.log1p(x))
print(math.exp(1), math.log(10), math.log(2), math.log(1e300), math.exp(-745), math.exp(709))
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log10(10**400), math.log2(2**2000))
print(math.pow(2, 0.5), math.pow(10, -2), math.pow(-2, 3), math.pow(1, math.nan),
    math.pow(math.nan, 0))
print(math.hypot(3, 4), math.hypot(1e300, 1e300), math.hypot(), math.hypot(1, 2, 2),
    math.dist((0, 0), (3, 4)))
print(math.fabs(-2), math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7, math.inf),
    math.remainder(7, 4))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.75, 4), math.modf(-2.5), math.modf(math.inf))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.ceil(1.2), math.floor(-1.2), math.trunc(-1.7), math.ceil(5),
    type(math.floor(2.0)).__name__)
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10,
    abs_tol=1e-9))
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf),
    math.isclose(math.inf, 1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]),
    math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=7), math.prod([2, 3],
    start=2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), "%.15g" % math.cbrt(27.0), math.exp2(10))

# trigonometry is correctly rounded too
for x in (0.1, 0.5, 1, 2, 3, 10, 100, -7.25):
    print(math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.atan2(x, 3))
print([math.asin(x) for x in (0.1, 0.5, -0.9)], [math.acos(x) for x in (0.1, 0.5, -0.9)])

# the functions whose values depend on the C library: a dozen digits
for name in ("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "atanh",
             "erf", "erfc", "expm1"):
    f = getattr(math, name)
    print(name, ["%.12g" % f(x) for x in (-0.75, -0.1, 0.0, 0.3, 0.9)])
print(["%.12g" % math.acosh(x) for x in (1, 1.5, 10)])
print(["%.12g" % math.gamma(x) for x in (0.5, 1, 5, 10.5, -1.5)],
    ["%.12g" % math.lgamma(x) for x in (0.5, 3, 100)])

# integer functions
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2, 3, 4))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5, 2), math.perm(4),
    math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))

# errors
def check(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
    except ValueError:
        r = "ValueError"
    except OverflowError:
        r = "OverflowError"
    except ZeroDivisionError:
        r = "ZeroDivisionError"
    except TypeError:
        r = "TypeError"
    print(name, args if len(repr(args)) < 40 else "...", r)

for f, args in (("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (2, 1)),
                ("exp", (1000,)), ("pow", (0, -1)), ("pow", (-8, 1 / 3)), ("pow", (10, 400)),
                ("acos", (2,)), ("atanh", (1,)), ("cosh", (1000,)), ("ldexp", (1.0, 5000)),
                ("sin", (math.inf,)), ("fmod", (1, 0)), ("gamma", (0,)), ("gamma", (-2,)),
                ("gamma", (200,)), ("lgamma", (0,)), ("ceil", (math.inf,)), ("floor", (math.nan,)),
                ("factorial", (-1,)), ("factorial", (2.5,)), ("sqrt", ("1",)), ("isqrt", (-1,)),
                ("comb", (-1, 2)), ("fsum", ([math.inf, -math.inf],)), ("log10", (-(10**400),)),
                ("isclose", (1, 2)), ("dist", ((1, 2), (1,)))):
    check(f, *args)

class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 6
print(math.sqrt(F()), math.factorial(I()), math.gcd(I(), 4))
