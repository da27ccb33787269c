# lambda expressions
sq = lambda x: x * x
print(sq(5), sq(-3))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
va = lambda *a, **k: (a, sorted(k.items()))
print(va(1, 2, x=3))
kw = lambda a, *, b: a - b
print(kw(10, b=3))
try:
    kw(1, 2)
except TypeError:
    print("TypeError")
print((lambda: "no args")())
fns = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sq.__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
