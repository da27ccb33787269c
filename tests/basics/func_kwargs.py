# **kwargs collects extra keyword arguments into an ordered dict
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1), type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2, c=3), g(a=5), g(c=1, a=0))
try:
    g(1, a=2)
except TypeError:
    print("TypeError")
def h(*a, **k):
    return a, k
print(h(1, 2, x=3))
print(h(*[1], **{"y": 2}))
d = {"z": 26, "a": 1}
print(f(**d), f(**d) is d)
def change(**kw):
    kw["new"] = True
    return kw
orig = {"old": 1}
print(change(**orig), orig)
def kwfirst(**kw):
    return list(kw)
print(kwfirst(z=1, y=2, x=3))
try:
    f(**{1: 2})
except TypeError:
    print("TypeError non-str key")
