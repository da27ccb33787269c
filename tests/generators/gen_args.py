# generator functions with various parameter kinds
def g(a, b=2, *rest, key=None, **kw):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(kw.items())
print(list(g(1)))
print(list(g(1, 3, 4, 5, key="k", z=26, y=25)))
try:
    g()
except TypeError:
    print("TypeError at call time, not at first next")
def lazy_args(x):
    print("body runs at first next, x =", x)
    yield x
it = lazy_args([1])
print("created")
print(next(it))
gen_lambda = lambda n: (i for i in range(n))
print(list(gen_lambda(3)))
def defaults_shared(acc=[]):
    acc.append(len(acc))
    yield list(acc)
print(list(defaults_shared()), list(defaults_shared()))
