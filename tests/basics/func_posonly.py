# positional-only parameters (before "/")
def f(a, b=2, /, c=3, *, d=4, **kw):
    return a, b, c, d, kw
print(f(1), f(1, 5, 6, d=7), f(1, c=8))
# names of positional-only parameters are free for **kwargs
print(f(1, a=9, b=10))
try:
    f(a=1)
except TypeError:
    print("TypeError")
def g(x, /):
    return x
for call in (lambda: g(x=1), lambda: g(), lambda: g(1, 2)):
    try:
        call()
    except TypeError:
        print("TypeError")
print(g(*[5]), g(**{}) if False else g(6))
h = lambda p, /, q: (p, q)
print(h(1, q=2), h(1, 2))
class C:
    def m(self, v, /):
        return v
    def n(self, /, *args):
        return args
    @staticmethod
    def s(a, /, b):
        return a - b
print(C().m(5), C().n(1, 2), C.s(5, b=1))
def closure(a, /):
    def inner():
        return a
    return inner
print(closure(3)())
def defaults(a=1, b=2, /):
    return a, b
print(defaults(), defaults(7))
