# decorators with arguments
def repeat(times):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(times)]
        return w
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
@repeat(0)
def never():
    return 1
print(never())
def prefix(p, sep=": "):
    def deco(f):
        def w(*a, **k):
            return p + sep + str(f(*a, **k))
        return w
    return deco
@prefix("result")
def mul(a, b):
    return a * b
@prefix("sum", sep=" = ")
def total(*xs):
    return sum(xs)
print(mul(6, 7))
print(total(1, 2, 3))
def validate(**types):
    def deco(f):
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError("bad " + k)
            return f(**kw)
        return w
    return deco
@validate(a=int, b=str)
def fmt(a, b):
    return b * a
print(fmt(a=3, b="x"))
try:
    fmt(a="3", b="x")
except TypeError as e:
    print("TypeError:", e)
# decorator expression can be any expression
decos = {"twice": lambda f: lambda x: f(f(x))}
@decos["twice"]
def inc(x):
    return x + 1
print(inc(5))
