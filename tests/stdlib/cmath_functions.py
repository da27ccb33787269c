# cmath: MicroPython's functions and CPython's extras, printed to ten digits.
import cmath

def show(z):
    if isinstance(z, complex):
        return "(%.10g, %.10g)" % (z.real, z.imag)
    if isinstance(z, tuple):
        return "(%.10g, %.10g)" % z
    return "%.10g" % z

print(show(cmath.pi), show(cmath.e), show(cmath.tau), cmath.inf, cmath.infj, cmath.nanj)
values = [1 + 2j, -1 + 0.5j, -3 - 4j, 0.5 - 0.25j, 2, -2.5, 1j, -1j]
for name in ("exp", "log", "log10", "sqrt", "cos", "sin", "tan", "cosh", "sinh", "tanh",
    "phase", "polar"):
    f = getattr(cmath, name)
    print(name, [show(f(z)) for z in values])
print(show(cmath.rect(2, 0.5)), show(cmath.rect(1, 0)), show(cmath.log(8, 2)),
    show(cmath.log(1j, 1 + 1j)))
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.exp(0), cmath.phase(-1), cmath.polar(-2))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, cmath.inf)), cmath.isnan(complex(cmath.nan,
    0)))
try:
    cmath.log(0)
except ValueError:
    print("ValueError")
try:
    cmath.sqrt("x")
except TypeError:
    print("TypeError")

class C:
    def __complex__(self):
        return 3 + 4j
print(cmath.polar(C()))
