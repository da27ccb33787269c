# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=1, b=2))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def g(*args, sep="-", end="."):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+"), g(end="!"))
def h(*, only):
    return only * 2
print(h(only=21))
try:
    h(21)
except TypeError:
    print("TypeError only")
def mix(a, b=2, *rest, k1, k2=20, **kw):
    return a, b, rest, k1, k2, sorted(kw.items())
print(mix(1, k1=10))
print(mix(1, 2, 3, 4, k1=5, z=6, y=7))
